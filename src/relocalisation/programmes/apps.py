from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "relocalisation.programmes"
    label = "programmes"
    verbose_name = "Dispositifs"

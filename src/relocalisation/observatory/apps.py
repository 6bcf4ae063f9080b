from django.apps import AppConfig


class ObservatoryConfig(AppConfig):
    name = "relocalisation.observatory"
    label = "observatory"
    verbose_name = "Observatoire"

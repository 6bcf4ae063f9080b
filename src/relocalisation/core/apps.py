from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "relocalisation.core"
    label = "core"
    verbose_name = "Socle"

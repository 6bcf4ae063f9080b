from django.apps import AppConfig


class TerritoriesConfig(AppConfig):
    name = "relocalisation.territories"
    label = "territories"
    verbose_name = "Territoires"

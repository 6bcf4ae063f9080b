from django.apps import AppConfig


class LandConfig(AppConfig):
    name = "relocalisation.land"
    label = "land"
    verbose_name = "Foncier"

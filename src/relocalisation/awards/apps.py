from django.apps import AppConfig


class AwardsConfig(AppConfig):
    name = "relocalisation.awards"
    label = "awards"
    verbose_name = "Lauréats"

from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "relocalisation.activities"
    label = "activities"
    verbose_name = "Activités"

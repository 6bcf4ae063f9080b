from django.apps import AppConfig


class DetectionConfig(AppConfig):
    name = "relocalisation.detection"
    label = "detection"
    verbose_name = "Détection"

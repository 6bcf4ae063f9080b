from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "relocalisation.applications"
    label = "applications"
    verbose_name = "Candidatures"

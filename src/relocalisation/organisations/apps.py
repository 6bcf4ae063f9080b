from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "relocalisation.organisations"
    label = "organisations"
    verbose_name = "Organisations"

from django.apps import AppConfig


class IngestionConfig(AppConfig):
    name = "relocalisation.ingestion"
    label = "ingestion"
    verbose_name = "Imports et communiqués"

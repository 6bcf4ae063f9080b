from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "relocalisation.review"
    label = "review"
    verbose_name = "Instruction et comités"

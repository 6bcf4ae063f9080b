from django.apps import AppConfig


class ObservatoryConfig(AppConfig):
    name = "relocalisation.observatory"
    label = "observatory"
    verbose_name = "Observatoire"

    def ready(self) -> None:
        from relocalisation.observatory.cache import connect_signals

        connect_signals()

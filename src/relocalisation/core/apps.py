from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "relocalisation.core"
    label = "core"
    verbose_name = "Socle"

    def ready(self) -> None:
        # Generic production mechanisms: one TaskRecord per background task, audit of operators' writes.
        from relocalisation.core import audit, tasks

        tasks.connect_signals()
        audit.connect_signals()

"""``relocalisation task_worker``: django-tasks-db's ``db_worker`` (same options) with heartbeats,
recovery of tasks whose worker died, and retries with back-off. Use it instead of ``db_worker``."""
import os

from django.db import connections

from django_tasks_db.management.commands import db_worker

from relocalisation.core.worker import RobustWorker


class Command(db_worker.Command):
    help = "Exécute les tâches de fond (plusieurs processus possibles) avec reprise sur panne."

    def handle(self, *args, **options):
        # The worker loop calls close_old_connections() around every task: with CONN_MAX_AGE=0 that
        # is a new PostgreSQL connection per task (~tens of ms). A worker is one long-lived thread:
        # keep its connection, health-checked before reuse.
        for alias in connections:
            connections.settings[alias]["CONN_MAX_AGE"] = None
            connections.settings[alias]["CONN_HEALTH_CHECKS"] = True
        original = db_worker.Worker
        db_worker.Worker = RobustWorker  # the parent's handle() builds its worker from this name
        try:
            if not options.get("worker_id") or options["worker_id"] == self._default_id:
                options["worker_id"] = f"{os.uname().nodename[:40]}-{os.getpid()}"[:64]
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original

    def add_arguments(self, parser):
        super().add_arguments(parser)
        self._default_id = parser.get_default("worker_id")

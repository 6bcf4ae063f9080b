"""The task worker: django-tasks-db's worker plus a heartbeat, a reaper and retries with back-off.

django-tasks-db claims each task with SELECT … FOR UPDATE SKIP LOCKED (so several workers never run
the same task), but a task whose worker dies stays RUNNING forever and a failed task is never
retried. This subclass adds both (see core.tasks and docs/tasks.md)."""
import logging
import threading

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import close_old_connections, connection
from django.utils import timezone
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker

from relocalisation.core import tasks as core_tasks

logger = logging.getLogger("relocalisation.tasks")


class RobustWorker(Worker):
    def run(self) -> None:
        from relocalisation.core.models import WorkerHeartbeat

        hostname, pid = core_tasks.worker_identity()
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={"hostname": hostname, "pid": pid, "started_at": timezone.now(), "last_seen": timezone.now()},
        )
        stop = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(stop,), name="heartbeat", daemon=True)
        beat.start()
        try:
            super().run()
        finally:
            stop.set()
            beat.join(timeout=5)
            try:
                WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
            except Exception:  # the database may be what stopped us
                logger.exception("could not remove heartbeat of %s", self.worker_id)

    def _heartbeat(self, stop: threading.Event) -> None:
        """Own thread, own connection: beats even while a long task runs; reaps dead workers' tasks."""
        from relocalisation.core.models import WorkerHeartbeat

        interval = float(settings.TASKS_WORKER_HEARTBEAT_SECONDS)
        try:
            while not stop.wait(interval):
                try:
                    WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(last_seen=timezone.now())
                    reaped = core_tasks.reap_orphaned_tasks()
                    if reaped:
                        logger.warning("re-queued or failed %s task(s) of dead workers", reaped)
                except Exception:
                    logger.exception("heartbeat failed")
                    close_old_connections()
        finally:
            connection.close()

    def run_task(self, db_task_result) -> None:
        # Same as upstream, except that a failure goes through core.tasks.handle_failure (retries).
        try:
            self.running_task = True
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                return_value = task.call(TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs)
            else:
                return_value = task.call(*task_result.args, **task_result.kwargs)
            db_task_result.set_successful(return_value)
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except BaseException as exc:
            requeued = core_tasks.handle_failure(db_task_result, exc)
            core_tasks.clear_task_context()
            if not requeued:
                db_task_result.refresh_from_db()
                try:
                    sender = type(db_task_result.task.get_backend())
                    finished = db_task_result.task_result
                except (ImportError, SuspiciousOperation):
                    logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
                else:
                    task_finished.send(sender=sender, task_result=finished)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
        finally:
            self.running_task = False
            self._run_tasks += 1

"""Background tasks that survive faults, and what operators see of them (docs/tasks.md).

- Every task enqueued through django-tasks gets a ``TaskRecord`` (signal receivers below), owned by
  the user of the current request; ``enqueue_tracked`` sets a French label and a result link.
- Inside a task, ``report_progress(done, total, message)`` updates its record.
- The task worker (``relocalisation task_worker``, core.worker) retries a failed task with
  exponential back-off up to ``max_attempts`` (``retry_policy``), then marks it failed with its
  error in French. ``PermanentTaskError`` skips the retries.
- A worker that dies mid-task (SIGKILL, crash, lost machine) stops its heartbeat; after the lease
  the reaper (run by every live worker) treats its RUNNING task as a failed attempt.
"""
from __future__ import annotations

import logging
import socket
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta
from traceback import format_exception

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from relocalisation.core import context

logger = logging.getLogger("relocalisation.tasks")

_pending: ContextVar[dict | None] = ContextVar("pending_task_record", default=None)


class PermanentTaskError(Exception):
    """Raised by a task when retrying cannot help (bad input): fail at once, message shown as is."""


class WorkerLost(Exception):
    """The worker running the task stopped without finishing it."""


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    backoff_seconds: float
    backoff_factor: float
    max_backoff_seconds: float

    def delay(self, attempt: int) -> timedelta:
        """Delay before attempt ``attempt + 1`` after ``attempt`` failed (1-based)."""
        seconds = self.backoff_seconds * self.backoff_factor ** (attempt - 1)
        return timedelta(seconds=min(seconds, self.max_backoff_seconds))


_policies: dict[str, dict] = {}


def retry_policy(**overrides):
    """Decorator placed above ``@task()``: ``@retry_policy(max_attempts=5)``."""

    def register(task_obj):
        _policies[task_obj.module_path] = overrides
        return task_obj

    return register


def policy_for(task_path: str) -> RetryPolicy:
    if task_path not in _policies:
        try:  # importing the task's module registers its @retry_policy (e.g. in the reaper)
            import_string(task_path)
        except ImportError:
            pass
    base = dict(getattr(settings, "TASKS_RETRY", {}))
    base.update(_policies.get(task_path, {}))
    return RetryPolicy(
        max_attempts=max(1, int(base.get("max_attempts", 3))),
        backoff_seconds=float(base.get("backoff_seconds", 30)),
        backoff_factor=float(base.get("backoff_factor", 2)),
        max_backoff_seconds=float(base.get("max_backoff_seconds", 3600)),
    )


# --- enqueueing and progress ---------------------------------------------------------------

def enqueue_tracked(task_obj, *args, label: str = "", owner=None, result_url: str = "", **kwargs):
    """Enqueue ``task_obj`` and give its TaskRecord a French label, an owner and a result link."""
    token = _pending.set({"label": label, "owner": owner, "result_url": result_url})
    try:
        return task_obj.enqueue(*args, **kwargs)
    finally:
        _pending.reset(token)


def report_progress(done: int, total: int | None = None, message: str = "") -> None:
    """Called from inside a task (any thread of a worker): updates the record of the running task.
    Each call is one UPDATE: call it every few hundred rows, not for every row."""
    from relocalisation.core.models import TaskRecord

    record_id = context.current_task_record.get()
    if record_id is None:
        return
    fields = {"progress_done": max(0, int(done)), "progress_message": message[:255]}
    if total is not None:
        fields["progress_total"] = max(0, int(total))
    TaskRecord.objects.filter(pk=record_id).update(**fields)


def french_error(exc_or_path, message: str = "") -> str:
    """A short French sentence for the operator; the traceback stays in the task result."""
    if isinstance(exc_or_path, BaseException):
        name, message = type(exc_or_path).__name__, str(exc_or_path)
    else:
        name = str(exc_or_path).rsplit(".", 1)[-1]
    if name == "SystemExit":
        return "Le processus de traitement a été arrêté pendant la tâche."
    if name in ("WorkerLost", "PermanentTaskError"):
        return message
    if message:
        return f"{message} ({name})"
    return f"Erreur inattendue ({name})."


# --- signal receivers: one TaskRecord per task, whatever the backend -------------------------

def _on_enqueued(sender, task_result, **kwargs):
    from relocalisation.core.models import TaskRecord

    pending = _pending.get() or {}
    task_obj = task_result.task
    owner = pending.get("owner") or context.current_user()
    doc = (task_obj.func.__doc__ or "").strip().splitlines()
    TaskRecord.objects.get_or_create(
        task_result_id=str(task_result.id),
        defaults={
            "task_path": task_obj.module_path[:255],
            "label": (pending.get("label") or (doc[0] if doc else task_obj.name))[:255],
            "owner": owner if getattr(owner, "pk", None) else None,
            "result_url": pending.get("result_url", "")[:255],
            "max_attempts": policy_for(task_obj.module_path).max_attempts,
        },
    )


_started_tokens: ContextVar[tuple | None] = ContextVar("task_started_tokens", default=None)


def _on_started(sender, task_result, **kwargs):
    from relocalisation.core.models import TaskRecord

    record = TaskRecord.objects.filter(task_result_id=str(task_result.id)).select_related("owner").first()
    if record is None:
        return
    TaskRecord.objects.filter(pk=record.pk).update(
        status=TaskRecord.Status.RUNNING, started_at=timezone.now(), attempts=record.attempts + 1,
        next_attempt_at=None,
    )
    # The task runs in this thread right after the signal: progress and audit find their context.
    _started_tokens.set((context.current_task_record.set(record.pk), context.task_actor.set(record.owner)))


def clear_task_context() -> None:
    tokens = _started_tokens.get()
    if tokens is not None:
        context.current_task_record.reset(tokens[0])
        context.task_actor.reset(tokens[1])
        _started_tokens.set(None)


def _on_finished(sender, task_result, **kwargs):
    from django_tasks import TaskResultStatus

    from relocalisation.core.models import TaskRecord

    clear_task_context()
    records = TaskRecord.objects.filter(task_result_id=str(task_result.id))
    now = timezone.now()
    if task_result.status == TaskResultStatus.SUCCESSFUL:
        records.update(status=TaskRecord.Status.SUCCEEDED, finished_at=now, next_attempt_at=None, error="")
        return
    # The task worker already wrote the French error when it gave up (handle_failure).
    error = task_result.errors[-1] if task_result.errors else None
    last_line = ((error.traceback if error else "") or "").strip().splitlines()[-1:] or [""]
    message = last_line[0].split(": ", 1)[1] if ": " in last_line[0] else ""
    records.exclude(status=TaskRecord.Status.FAILED).update(
        status=TaskRecord.Status.FAILED, finished_at=now, next_attempt_at=None,
        error=french_error(error.exception_class_path if error else "Exception", message),
    )


def connect_signals() -> None:
    from django_tasks.signals import task_enqueued, task_finished, task_started

    task_enqueued.connect(_on_enqueued, dispatch_uid="relocalisation_task_enqueued")
    task_started.connect(_on_started, dispatch_uid="relocalisation_task_started")
    task_finished.connect(_on_finished, dispatch_uid="relocalisation_task_finished")


# --- failures, retries and the reaper (database backend) ------------------------------------

def handle_failure(db_task_result, exc: BaseException) -> bool:
    """Record a failed attempt of ``db_task_result`` (a DBTaskResult). Returns True when the task
    was re-queued for another attempt, False when it is now FAILED for good."""
    from django_tasks_db.models import DBTaskResult
    from django_tasks import TaskResultStatus

    from relocalisation.core.models import TaskRecord

    policy = policy_for(db_task_result.task_path)
    attempt = max(1, len(db_task_result.worker_ids))
    message = french_error(exc)
    retry = attempt < policy.max_attempts and not isinstance(exc, PermanentTaskError)
    now = timezone.now()
    with transaction.atomic(using=DBTaskResult.objects.db):
        if retry:
            run_after = now + policy.delay(attempt)
            DBTaskResult.objects.filter(pk=db_task_result.pk).update(
                status=TaskResultStatus.READY, run_after=run_after,
                exception_class_path=f"{type(exc).__module__}.{type(exc).__qualname__}",
                traceback="".join(format_exception(exc)),
            )
            TaskRecord.objects.filter(task_result_id=str(db_task_result.pk)).update(
                status=TaskRecord.Status.QUEUED, next_attempt_at=run_after,
                error=f"Tentative {attempt} sur {policy.max_attempts} échouée : {message} "
                      f"Nouvel essai prévu.",
            )
        else:
            db_task_result.set_failed(exc)
            prefix = (f"Échec définitif après {attempt} tentative{'s' if attempt > 1 else ''} : "
                      if not isinstance(exc, PermanentTaskError) else "Échec : ")
            TaskRecord.objects.filter(task_result_id=str(db_task_result.pk)).update(
                status=TaskRecord.Status.FAILED, finished_at=now, next_attempt_at=None,
                error=prefix + message,
            )
    logger.warning("task %s attempt %s failed: %s (retry=%s)", db_task_result.pk, attempt, message, retry)
    return retry


def reap_orphaned_tasks(now=None) -> int:
    """RUNNING tasks whose worker has not beaten for longer than the lease are failed attempts:
    re-queued (with back-off) or failed with a French error. Safe to run from several workers."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import WorkerHeartbeat

    now = now or timezone.now()
    lease = timedelta(seconds=float(settings.TASKS_WORKER_LEASE_SECONDS))
    live = set(WorkerHeartbeat.objects.filter(last_seen__gte=now - lease).values_list("worker_id", flat=True))
    reaped = 0
    with transaction.atomic(using=DBTaskResult.objects.db):
        candidates = (DBTaskResult.objects.select_for_update(skip_locked=True)
                      .filter(status=TaskResultStatus.RUNNING, started_at__lt=now - lease))
        for result in candidates:
            worker = result.worker_ids[-1] if result.worker_ids else "?"
            if worker in live:
                continue
            handle_failure(result, WorkerLost(
                f"Le processus de traitement « {worker} » s'est arrêté pendant la tâche "
                f"(arrêt brutal ou panne) ; la tâche n'a pas pu se terminer."))
            reaped += 1
    WorkerHeartbeat.objects.filter(last_seen__lt=now - timedelta(days=1)).delete()
    return reaped


def worker_identity() -> tuple[str, int]:
    import os

    return socket.gethostname()[:255], os.getpid()


@contextmanager
def tracked_label(label: str):
    """``with tracked_label("Import du fichier x"): my_task.enqueue(...)``."""
    token = _pending.set({"label": label})
    try:
        yield
    finally:
        _pending.reset(token)

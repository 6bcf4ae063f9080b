"""Liveness and readiness probes (answered by core.middleware.HealthCheckMiddleware).

- ``/healthz``: the process answers (no database access).
- ``/readyz``: 200 when the database answers, every migration is applied and the task queue is not
  stuck; 503 otherwise. "Stuck" means: a task has been waiting to run for longer than
  ``TASKS_STUCK_AFTER_SECONDS`` and no task worker has sent a heartbeat within the lease
  (``TASKS_WORKER_LEASE_SECONDS``). A long queue with live workers is load, not a fault.
"""
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone

_migrations_ok_until = 0.0  # positive result cached per process: migrations are not un-applied


def _response(payload: dict, status: int) -> JsonResponse:
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def healthz(request):
    return _response({"status": "ok"}, 200)


def _check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def _check_migrations() -> dict:
    global _migrations_ok_until
    if time.monotonic() < _migrations_ok_until:
        return {"ok": True}
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        return {"ok": False, "pending": [f"{m.app_label}.{m.name}" for m, _ in plan][:20],
                "message": "Des migrations ne sont pas appliquées."}
    _migrations_ok_until = time.monotonic() + 60
    return {"ok": True}


def _check_tasks() -> dict:
    from django.db.models import Min
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import WorkerHeartbeat

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not isinstance(backend, DatabaseBackend):
        return {"ok": True, "backend": type(backend).__name__}
    now = timezone.now()
    lease = timedelta(seconds=float(settings.TASKS_WORKER_LEASE_SECONDS))
    stuck_after = timedelta(seconds=float(settings.TASKS_STUCK_AFTER_SECONDS))
    live_workers = WorkerHeartbeat.objects.filter(last_seen__gte=now - lease).count()
    oldest = DBTaskResult.objects.ready().aggregate(oldest=Min("enqueued_at"))["oldest"]
    waiting = (now - oldest).total_seconds() if oldest else 0
    # A deferred task (run_after in the future) is not in ready(); a re-queued one counts from enqueue.
    stuck = waiting > stuck_after.total_seconds() and live_workers == 0
    result = {"ok": not stuck, "live_workers": live_workers, "oldest_ready_seconds": round(waiting)}
    if stuck:
        result["message"] = "Des tâches attendent sans qu'aucun processus de traitement ne tourne."
    return result


def readyz(request):
    checks = {}
    try:
        checks["database"] = _check_database()
    except Exception as exc:
        connection.close()  # start afresh on the next probe
        checks["database"] = {"ok": False, "error": type(exc).__name__,
                              "message": "La base de données ne répond pas."}
    if checks["database"]["ok"]:
        for name, check in (("migrations", _check_migrations), ("tasks", _check_tasks)):
            try:
                checks[name] = check()
            except Exception as exc:
                checks[name] = {"ok": False, "error": type(exc).__name__}
    ready = all(c["ok"] for c in checks.values()) and len(checks) == 3
    return _response({"status": "ready" if ready else "unavailable", "checks": checks}, 200 if ready else 503)

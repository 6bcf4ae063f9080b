"""/healthz and /readyz: JSON, right status codes, cheap and unauthenticated."""
import json
import os
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from relocalisation.core import health

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_healthz_needs_no_database_nor_valid_host(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")  # a probe's Host is not in ALLOWED_HOSTS
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_is_ready_with_database_migrations_and_queue(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ready"
    assert set(body["checks"]) == {"database", "migrations", "tasks"}


@pytest.mark.django_db
def test_readyz_fails_when_a_migration_is_not_applied(client):
    health._migrations_ok_until = 0.0
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_migrations WHERE app = 'core' AND name = '0002_issue8_auditlog_append_only'")
    response = client.get("/readyz")
    health._migrations_ok_until = 0.0
    assert response.status_code == 503
    assert "core.0002_issue8_auditlog_append_only" in response.json()["checks"]["migrations"]["pending"]


@pytest.mark.django_db
def test_readyz_fails_when_tasks_wait_and_no_worker_is_alive(client):
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import WorkerHeartbeat
    from tests.production.worker_tasks import record_run

    with override_settings(TASKS=DB_TASKS):
        result = record_run.enqueue(1)
        DBTaskResult.objects.filter(id=result.id).update(enqueued_at=timezone.now() - timedelta(hours=1))
        stuck = client.get("/readyz")
        assert stuck.status_code == 503
        assert stuck.json()["checks"]["tasks"]["live_workers"] == 0
        WorkerHeartbeat.objects.create(worker_id="w1", hostname="h", pid=1)
        busy = client.get("/readyz")  # a long queue with a live worker is load, not a fault
        assert busy.status_code == 200 and busy.json()["checks"]["tasks"]["live_workers"] == 1


def test_readyz_fails_when_the_database_is_down(tmp_path):
    """Settings pointing at a closed port: 503 with a JSON body, quickly, no exception."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]  # nothing listens once the socket is closed
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "relocalisation.settings.test", "PYTHONPATH": str(ROOT / "src"),
           "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port}/relocalisation",
           "RELOCALISATION_VAR": str(tmp_path)}
    code = ("import json, django; django.setup(); from django.test import Client; "
            "r = Client().get('/readyz'); print(r.status_code); print(r.content.decode())")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    status, body = result.stdout.strip().splitlines()[-2:]
    assert status == "503"
    payload = json.loads(body)
    assert payload["status"] == "unavailable"
    assert payload["checks"]["database"] == {"ok": False, "error": "OperationalError",
                                             "message": "La base de données ne répond pas."}

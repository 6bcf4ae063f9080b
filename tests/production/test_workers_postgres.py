"""Background work that survives faults, with real worker processes on PostgreSQL (issue 8).

Skipped on SQLite: one SQLite file cannot show several workers claiming rows concurrently."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test import override_settings

from tests.production import worker_tasks

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
HEARTBEAT, LEASE, BACKOFF = 0.3, 1.5, 0.3

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True), pytest.mark.timeout(180)]


@pytest.fixture
def runs_table(is_postgres):
    if not is_postgres:
        pytest.skip("workers concurrents : PostgreSQL seulement")
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {worker_tasks.RUNS_TABLE}")
        cursor.execute(f"CREATE TABLE {worker_tasks.RUNS_TABLE} (n integer, kind text, pid integer, at timestamptz)")
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {worker_tasks.RUNS_TABLE}")


@pytest.fixture
def workers(tmp_path):
    """Starts `relocalisation task_worker` processes on the test database; stops them all at the end."""
    started = []
    settings_dict = connection.settings_dict
    url = (f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD'] or ''}@{settings_dict['HOST'] or '127.0.0.1'}"
           f":{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "relocalisation.settings", "DATABASE_URL": url, "DEBUG": "0",
           "TASK_BACKEND": "django_tasks_db.DatabaseBackend", "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
           "TASKS_WORKER_HEARTBEAT_SECONDS": str(HEARTBEAT), "TASKS_WORKER_LEASE_SECONDS": str(LEASE),
           "TASKS_RETRY_BACKOFF_SECONDS": str(BACKOFF), "RELOCALISATION_VAR": str(tmp_path / "var")}

    def start(*args):
        log = open(tmp_path / f"worker-{len(started)}.log", "w")
        process = subprocess.Popen(
            [sys.executable, "-m", "relocalisation.manage", "task_worker", "--no-reload", "--no-startup-delay",
             "--interval", "0.05", *args], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def wait_for(predicate, timeout=40.0, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def runs(kind):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT n, pid, at FROM {worker_tasks.RUNS_TABLE} WHERE kind = %s ORDER BY at", [kind])
        return cursor.fetchall()


def enqueue(task_obj, *args):
    with override_settings(TASKS=DB_TASKS):
        return task_obj.enqueue(*args)


def test_three_workers_run_each_of_1000_tasks_exactly_once(runs_table, workers):
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import TaskRecord

    with transaction.atomic():
        for n in range(1000):
            enqueue(worker_tasks.record_run, n)
    processes = [workers("--batch") for _ in range(3)]
    for process in processes:
        assert process.wait(timeout=120) == 0  # ~10 s on an idle 2-core machine

    executions = runs("run")
    counts = {}
    for n, _pid, _at in executions:
        counts[n] = counts.get(n, 0) + 1
    assert len(executions) == 1000
    assert set(counts) == set(range(1000)) and set(counts.values()) == {1}
    assert len({pid for _n, pid, _at in executions}) >= 2  # really shared between processes
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1000
    assert TaskRecord.objects.filter(status=TaskRecord.Status.SUCCEEDED, attempts=1).count() == 1000


def test_worker_killed_mid_task_loses_no_task(runs_table, workers):
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import TaskRecord

    retried = enqueue(worker_tasks.block_first_time, 1, 60)
    not_retried = enqueue(worker_tasks.block_no_retry, 2, 60)
    victims = [workers(), workers()]
    assert wait_for(lambda: len(runs("block")) == 1 and len(runs("block1")) == 1), "les tâches n'ont pas démarré"
    for victim in victims:
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
    assert DBTaskResult.objects.filter(status="RUNNING").count() == 2  # what the dead workers left

    survivor = workers()

    def settled():
        return set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL", "FAILED"}

    assert wait_for(settled), list(DBTaskResult.objects.values_list("task_path", "status"))
    survivor.send_signal(signal.SIGTERM)
    assert survivor.wait(timeout=15) == 0

    # Retried: ran a second time (by the survivor) and succeeded.
    assert DBTaskResult.objects.get(id=retried.id).status == "SUCCESSFUL"
    assert len(runs("block")) == 2
    record = TaskRecord.objects.get(task_result_id=str(retried.id))
    assert record.status == TaskRecord.Status.SUCCEEDED and record.attempts == 2

    # Not retryable: failed, with the reason visible to the operator, in French.
    failed = DBTaskResult.objects.get(id=not_retried.id)
    assert failed.status == "FAILED" and "WorkerLost" in failed.exception_class_path
    record = TaskRecord.objects.get(task_result_id=str(not_retried.id))
    assert record.status == TaskRecord.Status.FAILED
    assert record.error.startswith("Échec définitif après 1 tentative : Le processus de traitement")
    assert "s'est arrêté pendant la tâche" in record.error
    assert len(runs("block1")) == 1


def test_failing_task_is_retried_with_backoff_then_failed_in_french(runs_table, workers):
    from django_tasks_db.models import DBTaskResult

    from relocalisation.core.models import TaskRecord

    flaky = enqueue(worker_tasks.always_fails, 1)
    invalid = enqueue(worker_tasks.invalid_input, 2)
    worker = workers()
    assert wait_for(lambda: DBTaskResult.objects.filter(status="FAILED").count() == 2)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=15) == 0

    attempts = [at for _n, _pid, at in runs("fail")]
    assert len(attempts) == 3
    gaps = [(b - a).total_seconds() for a, b in zip(attempts, attempts[1:])]
    assert gaps[0] >= BACKOFF and gaps[1] >= 2 * BACKOFF  # exponential back-off
    record = TaskRecord.objects.get(task_result_id=str(flaky.id))
    assert record.status == TaskRecord.Status.FAILED and record.attempts == 3
    assert record.error == ("Échec définitif après 3 tentatives : "
                            "Le fichier est illisible : colonne « siret » absente. (ValueError)")
    assert "ValueError" in DBTaskResult.objects.get(id=flaky.id).traceback

    # Bad input is not retried.
    assert len(runs("invalid")) == 1
    record = TaskRecord.objects.get(task_result_id=str(invalid.id))
    assert record.status == TaskRecord.Status.FAILED and record.attempts == 1
    assert record.error == "Échec : Les données fournies sont invalides : rien n'a été importé."

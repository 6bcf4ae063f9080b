"""Tasks used by the production tests (run by real worker processes on PostgreSQL, or immediately).

They record each execution in the table ``wt_task_runs`` (created by the tests), so a test can
count how many times each task really ran."""
import os
import time

from django.db import connection
from django_tasks import task

from relocalisation.core.tasks import PermanentTaskError, report_progress, retry_policy

RUNS_TABLE = "wt_task_runs"


def _record(n: int, kind: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {RUNS_TABLE} (n, kind, pid, at) VALUES (%s, %s, %s, CURRENT_TIMESTAMP)",
                       [n, kind, os.getpid()])


def _runs(n: int, kind: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {RUNS_TABLE} WHERE n = %s AND kind = %s", [n, kind])
        return cursor.fetchone()[0]


@task()
def record_run(n: int) -> int:
    """Tâche de test : enregistre son exécution"""
    _record(n, "run")
    return n


@task()
def with_progress(total: int) -> int:
    """Calcul de test avec avancement"""
    for done in range(0, total + 1, max(1, total // 4)):
        report_progress(done, total, f"{done} lignes traitées")
    return total


@retry_policy(max_attempts=3)
@task()
def always_fails(n: int) -> None:
    """Import de test qui échoue toujours"""
    _record(n, "fail")
    raise ValueError("Le fichier est illisible : colonne « siret » absente.")


@task()
def invalid_input(n: int) -> None:
    """Import de test aux données invalides"""
    _record(n, "invalid")
    raise PermanentTaskError("Les données fournies sont invalides : rien n'a été importé.")


@retry_policy(max_attempts=2)
@task()
def block_first_time(n: int, seconds: float) -> int:
    """Tâche de test bloquée à la première tentative"""
    first = _runs(n, "block") == 0
    _record(n, "block")
    if first:
        time.sleep(seconds)  # the test kills the worker during this sleep
    return n


@retry_policy(max_attempts=1)
@task()
def block_no_retry(n: int, seconds: float) -> int:
    """Tâche de test sans nouvel essai"""
    _record(n, "block1")
    time.sleep(seconds)
    return n

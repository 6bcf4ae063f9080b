"""Generic task records (ImmediateBackend in tests) and the operators' progress page /taches/."""
import pytest
from django.contrib.auth import get_user_model

from relocalisation.core.models import TaskRecord
from relocalisation.core.tasks import enqueue_tracked
from tests.production import worker_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def runs_table():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {worker_tasks.RUNS_TABLE} (n integer, kind text, pid integer, at timestamp)")


@pytest.fixture
def operator():
    return get_user_model().objects.create_user("instructeur@example.org", password="x" * 12, is_staff=True)


@pytest.fixture
def other_operator():
    return get_user_model().objects.create_user("autre@example.org", password="x" * 12, is_staff=True)


def test_every_task_gets_a_record_with_progress(operator):
    result = enqueue_tracked(worker_tasks.with_progress, 100, label="Import des lauréats 2026", owner=operator)
    record = TaskRecord.objects.get(task_result_id=str(result.id))
    assert record.label == "Import des lauréats 2026" and record.owner == operator
    assert record.status == TaskRecord.Status.SUCCEEDED and record.attempts == 1
    assert (record.progress_done, record.progress_total, record.percent) == (100, 100, 100)
    assert record.progress_message == "100 lignes traitées" and record.finished_at is not None


def test_untracked_task_gets_its_docstring_as_label():
    result = worker_tasks.with_progress.enqueue(4)
    assert TaskRecord.objects.get(task_result_id=str(result.id)).label == "Calcul de test avec avancement"


def test_failed_task_shows_its_error_in_french(runs_table, operator):
    result = enqueue_tracked(worker_tasks.always_fails, 1, owner=operator)
    record = TaskRecord.objects.get(task_result_id=str(result.id))
    assert record.status == TaskRecord.Status.FAILED
    assert record.error == "Le fichier est illisible : colonne « siret » absente. (ValueError)"


def test_progress_page_access(client, operator, other_operator, django_user_model):
    mine = enqueue_tracked(worker_tasks.with_progress, 8, label="Mon import", owner=operator)
    enqueue_tracked(worker_tasks.with_progress, 8, label="Import d'un collègue", owner=other_operator)

    assert client.get("/taches/").status_code == 302  # anonymous: to the login page

    applicant = django_user_model.objects.create_user("porteur@example.org", password="x" * 12)
    client.force_login(applicant)
    assert client.get("/taches/").status_code == 403  # not an operator

    client.force_login(operator)
    page = client.get("/taches/").content.decode()
    assert "Mon import" in page and "Import d&#x27;un collègue" not in page and "Terminée" in page
    assert client.get("/taches/?tous=1").content.decode().count("Import d&#x27;un collègue") == 0

    admin = django_user_model.objects.create_superuser("admin@example.org", password="x" * 12)
    client.force_login(admin)
    everything = client.get("/taches/?tous=1").content.decode()
    assert "Mon import" in everything and "Import d&#x27;un collègue" in everything
    assert TaskRecord.objects.get(task_result_id=str(mine.id)).owner == operator


def test_progress_page_polls_only_while_tasks_are_active(client, operator):
    record = TaskRecord.objects.create(task_result_id="t-1", task_path="x.y", label="Extraction en cours",
                                       owner=operator, status=TaskRecord.Status.RUNNING,
                                       progress_done=30, progress_total=120, progress_message="Page 30")
    client.force_login(operator)
    fragment = client.get("/taches/", HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-trigger="every 3s"' in fragment and "<h1>" not in fragment
    assert '<progress max="100" value="25"' in fragment and "Page 30" in fragment
    record.status = TaskRecord.Status.SUCCEEDED
    record.save()
    assert 'hx-trigger' not in client.get("/taches/", HTTP_HX_REQUEST="true").content.decode()


def test_app_tasks_report_their_progress_and_a_french_label(operator, django_capture_on_commit_callbacks):
    """The apps' own tasks (here the press extraction) fill the generic record shown on /taches/."""
    from relocalisation.ingestion.press_services import submit_text

    text = ("La société Exemple Industrie, basée à Champagnier (38), a été retenue : elle investit "
            "2 millions d'euros et créera 15 emplois.")
    with django_capture_on_commit_callbacks(execute=True):
        submit_text(text, user=operator, title="Communiqué de test")
    record = TaskRecord.objects.get(task_path__endswith="run_press_extraction")
    assert record.label == "Extraction des lauréats d'un communiqué"
    assert record.status == TaskRecord.Status.SUCCEEDED
    assert (record.progress_done, record.progress_total) == (70, 100)
    assert record.progress_message == "Enregistrement des propositions"

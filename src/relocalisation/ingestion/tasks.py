"""Background tasks of the ingestion app (django-tasks)."""
from django_tasks import task


# --- Imports (issue 5)
@task()
def run_import(batch_id: str) -> str:
    """Import de lauréats (écriture tout ou rien)"""
    from relocalisation.ingestion.services import run_batch

    return run_batch(batch_id).status


@task()
def check_import(batch_id: str) -> str:
    """Vérification d'un fichier de lauréats"""
    from relocalisation.ingestion.services import check_batch

    return check_batch(batch_id).status

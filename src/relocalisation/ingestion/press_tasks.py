"""Background task of the press review queue: run the extractor on a stored Source.

(A module of its own rather than ``tasks.py`` so that the import jobs of the same app can evolve
independently; django-tasks finds a task by its import path.)"""
from django_tasks import task


@task()
def run_press_extraction(extraction_id: str) -> str:
    """Extraction des lauréats d'un communiqué"""
    from relocalisation.ingestion.press_services import run_extraction

    return run_extraction(extraction_id)

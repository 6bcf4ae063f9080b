"""Background work: scoring the registry for one agency (a RegistryJob row carries the progress)."""
from django_tasks import task

from relocalisation.detection import registry, services
from relocalisation.detection.models import RegistryJob
from relocalisation.organisations.models import Organisation


@task()
def score_registry_task(agency_id: str, job_id: str) -> str:
    """Calcul des scores du registre des établissements"""
    agency = Organisation.objects.get(pk=agency_id)
    job = RegistryJob.objects.get(pk=job_id)
    try:
        services.score_registry(agency, job=job)
    except registry.RegistryError as exc:
        return str(exc)
    return "ok"


@task()
def import_registry_task(path: str, job_id: str) -> str:
    """Import du registre des établissements (SIRENE)"""
    job = RegistryJob.objects.get(pk=job_id)
    try:
        services.import_registry(path, job=job)
    except registry.RegistryError as exc:
        return str(exc)
    return "ok"

"""Writes of the detection app: registry imports and scoring (with a RegistryJob for progress),
weights versions, signals, leads and their stages, club."""
from __future__ import annotations

from typing import Callable

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from relocalisation.detection import registry, scoring
from relocalisation.detection.models import (Lead, LeadStageChange, RegistryJob, RegistryVersion, ScoreRun,
                                             ScoringWeights, Stage)
from relocalisation.organisations.models import Organisation


def _progress_updater(job: RegistryJob, echo: Callable[[int], None] | None):
    from relocalisation.core.tasks import report_progress

    def update(pct: int) -> None:
        RegistryJob.objects.filter(pk=job.pk).update(progress=pct)
        report_progress(pct, 100, f"{pct} %")  # the operator's /taches/ page too (no-op outside a task)
        if echo:
            echo(pct)
    return update


def _fail(job: RegistryJob, message: str) -> None:
    job.status, job.message, job.finished_at = RegistryJob.Status.FAILED, message, timezone.now()
    job.save()


def _files_in_use() -> set[str]:
    keep = set(RegistryVersion.objects.filter(is_current=True).values_list("file_name", flat=True))
    keep |= set(ScoreRun.objects.filter(is_current=True).values_list("file_name", flat=True))
    return keep


def import_registry(path: str, echo: Callable[[int], None] | None = None, threads: int | None = None,
                    job: RegistryJob | None = None) -> RegistryJob:
    """Import a StockEtablissement file as the new current registry version (atomic swap)."""
    job = job or RegistryJob.objects.create(kind=RegistryJob.Kind.IMPORT)
    job.status = RegistryJob.Status.RUNNING
    job.save(update_fields=["status"])
    try:
        result = registry.import_file(path, on_progress=_progress_updater(job, echo), threads=threads)
    except registry.RegistryError as exc:
        _fail(job, str(exc))
        raise
    with transaction.atomic():
        RegistryVersion.objects.filter(is_current=True).update(is_current=False)
        version = RegistryVersion.objects.create(
            source_name=str(path)[-300:], file_name=result.file_name, rows_read=result.rows_read,
            rows_kept=result.rows_kept, is_current=True, synthetic="synthetic" in str(path).lower())
        job.status, job.progress, job.finished_at = RegistryJob.Status.DONE, 100, timezone.now()
        job.rows_read, job.rows_kept = result.rows_read, result.rows_kept
        job.message = f"Version {version.pk} : {result.rows_kept} établissements actifs retenus sur {result.rows_read} lus."
        job.save()
    transaction.on_commit(lambda: registry.remove_unused_files(_files_in_use()))
    if echo:
        echo(100)
    return job


def current_registry() -> RegistryVersion | None:
    return RegistryVersion.objects.filter(is_current=True).first()


def current_weights(agency: Organisation) -> ScoringWeights:
    """The latest weights version of the agency; version 1 with the default weights if none."""
    weights = ScoringWeights.objects.filter(agency=agency).order_by("-version").first()
    if weights is None:
        home = agency.commune.region_id if agency.commune_id else None
        weights = ScoringWeights.objects.create(agency=agency, version=1, home_region_id=home,
                                                note="Pondération par défaut")
    return weights


@transaction.atomic
def save_weights(agency: Organisation, values: dict, user=None, note: str = "") -> ScoringWeights:
    """Weights are versioned: a change is a new row, earlier versions stay to explain earlier scores."""
    last = ScoringWeights.objects.select_for_update().filter(agency=agency).aggregate(v=Max("version"))["v"] or 0
    weights = ScoringWeights(agency=agency, version=last + 1, created_by=user, note=note, **values)
    weights.full_clean(exclude=["agency", "created_by"])
    weights.save()
    return weights


def score_registry(agency: Organisation, echo: Callable[[int], None] | None = None, threads: int | None = None,
                   job: RegistryJob | None = None) -> RegistryJob:
    """Score the current registry for one agency with its current weights; swap the current run."""
    job = job or RegistryJob.objects.create(kind=RegistryJob.Kind.SCORE, agency=agency)
    version = current_registry()
    if version is None:
        _fail(job, "Aucun registre importé : lancez d'abord « relocalisation import_registry ».")
        raise registry.RegistryError(job.message)
    weights = current_weights(agency)
    job.status, job.rows_read, job.rows_kept = RegistryJob.Status.RUNNING, version.rows_read, version.rows_kept
    job.save()
    try:
        result = scoring.score_file(version.file_name, agency, weights, on_progress=_progress_updater(job, echo),
                                    threads=threads)
    except registry.RegistryError as exc:
        _fail(job, str(exc))
        raise
    with transaction.atomic():
        ScoreRun.objects.filter(agency=agency, is_current=True).update(is_current=False)
        ScoreRun.objects.create(agency=agency, weights=weights, registry=version, file_name=result.file_name,
                                rows_scored=result.rows_scored, is_current=True)
        job.status, job.progress, job.finished_at = RegistryJob.Status.DONE, 100, timezone.now()
        job.rows_scored = result.rows_scored
        job.message = (f"{result.rows_scored} établissements notés avec la pondération v{weights.version} "
                       f"(registre {version.pk}).")
        job.save()
    transaction.on_commit(lambda: registry.remove_unused_files(_files_in_use()))
    if echo:
        echo(100)
    return job


def agencies_to_score():
    return Organisation.objects.filter(kind=Organisation.Kind.AGENCY).order_by("name")


# ---------------------------------------------------------------------------------------------------
# Leads


class LeadError(Exception):
    pass


@transaction.atomic
def create_lead_from_registry(agency: Organisation, row: dict, user=None) -> tuple[Lead, bool]:
    """« Ajouter au pipeline »: one lead per SIRET and agency (a second click returns the same lead)."""
    existing = Lead.objects.filter(agency=agency, siret=row["siret"]).first()
    if existing:
        return existing, False
    from relocalisation.territories.models import Commune

    commune = Commune.objects.filter(pk=row.get("commune")).first()
    lead = Lead.objects.create(
        agency=agency, siret=row["siret"], name=row.get("name") or f"Établissement {row['siret']}",
        naf_code=row.get("naf") or "", commune=commune, department_id=row.get("department") or None,
        headcount_band=row.get("band") or "", score=row.get("score"), owner=user)
    LeadStageChange.objects.create(lead=lead, from_stage="", to_stage=Stage.DETECTED, changed_by=user)
    return lead, True


@transaction.atomic
def move_lead(lead: Lead, stage: str, user=None) -> Lead:
    if stage not in Stage.values:
        raise LeadError("Étape inconnue.")
    if lead.stage == stage:
        return lead
    if lead.stage in (Stage.LAUREATE, Stage.ABANDONED) and stage != Stage.DETECTED:
        raise LeadError("Ce projet est clos : rouvrez-le à l'étape « Détecté » avant de le faire avancer.")
    LeadStageChange.objects.create(lead=lead, from_stage=lead.stage, to_stage=stage, changed_by=user)
    lead.stage = stage
    lead.save(update_fields=["stage", "updated_at"])
    return lead

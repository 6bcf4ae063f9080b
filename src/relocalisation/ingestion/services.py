"""Writes of the ingestion app.

--- Imports (issue 5): create a batch from an uploaded file (read + validate: the preview), confirm
it (enqueue the background task), run it (re-validate against the current data, then write
atomically). The press-release part of the app keeps its own services below/elsewhere."""
from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from relocalisation.ingestion import imports
from relocalisation.ingestion.models import ImportBatch, ImportPreset

REPORT_LIMIT = 1000  # rows kept in the stored report: every error first, then the first rows


def _report(plan: imports.Plan) -> list[dict]:
    errors = plan.invalid[:REPORT_LIMIT]
    others = [r for r in plan.rows[:REPORT_LIMIT + len(errors)] if r.action != "error"]  # not 100 000 dicts
    return [r.as_report() for r in (errors + others)[:REPORT_LIMIT]]


def resolve_mapping(header: list[str], preset: str | None, mapping: dict | None) -> dict:
    if mapping:
        return {k: v for k, v in mapping.items() if v}
    chosen = imports.preset_mapping(preset)
    if preset and chosen is None:
        raise imports.ImportRejected([f"Modèle de correspondance inconnu : « {preset} »."])
    return chosen if chosen is not None else imports.guess_mapping(header)


def prepare_batch(*, data: bytes, filename: str, user=None, preset: str = "", mapping: dict | None = None,
                  default_programme=None) -> ImportBatch:
    """Read and check a file; store it with its per-row report. Nothing is written to awards."""
    batch = ImportBatch(created_by=user if user and user.is_authenticated else None, filename=filename[:255],
                        sha256=hashlib.sha256(data).hexdigest(), preset=preset or "",
                        default_programme=default_programme)
    try:
        header, rows = imports.read_table(data, filename)
    except imports.ImportRejected as exc:  # unreadable: not even kept
        batch.status = ImportBatch.Status.REJECTED
        batch.file_errors = exc.messages
        batch.save()
        return batch
    batch.save()
    batch.file.save(f"{batch.pk}-{hashlib.sha1(filename.encode()).hexdigest()[:8]}.bin", ContentFile(data))
    if len(rows) > settings.IMPORT_SYNC_ROWS:
        # Large file: the per-row check runs in the background (a web request would time out);
        # the page polls its progress, then shows the preview.
        from relocalisation.ingestion.tasks import check_import

        batch.status, batch.progress, batch.progress_label = ImportBatch.Status.CHECKING, 0, "Vérification en attente"
        batch.mapping = mapping or {}
        batch.save(update_fields=["status", "progress", "progress_label", "mapping"])
        transaction.on_commit(lambda: check_import.enqueue(str(batch.pk)))
        return batch
    return _check(batch, header, rows, preset, mapping)


def check_batch(batch_id) -> ImportBatch:
    """The background per-row check of a large file (see prepare_batch)."""
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.status != ImportBatch.Status.CHECKING:
        return batch
    with batch.file.open("rb") as handle:
        header, rows = imports.read_table(handle.read(), batch.filename)
    return _check(batch, header, rows, batch.preset, batch.mapping or None, progress=lambda i, n: _set_progress(
        batch.pk, int(100 * i / max(n, 1)), f"Vérification : ligne {i} / {n}"))


def remap_batch(batch: ImportBatch, *, preset: str = "", mapping: dict | None = None) -> ImportBatch:
    """Check a stored file again with another column mapping (the operator corrected it)."""
    if batch.status not in (ImportBatch.Status.VALIDATED, ImportBatch.Status.REJECTED) or not batch.file:
        return batch
    with batch.file.open("rb") as handle:
        header, rows = imports.read_table(handle.read(), batch.filename)
    batch.preset = preset or ""
    return _check(batch, header, rows, preset, mapping)


def file_header(batch: ImportBatch) -> list[str]:
    if not batch.file:
        return []
    try:
        with batch.file.open("rb") as handle:
            return imports.read_table(handle.read(), batch.filename)[0]
    except (imports.ImportRejected, OSError):
        return []


def _check(batch: ImportBatch, header, rows, preset, mapping, progress=None) -> ImportBatch:
    default_programme = batch.default_programme
    batch.file_errors, batch.report = [], []
    try:
        batch.mapping = resolve_mapping(header, preset, mapping)
        plan = imports.validate(header, rows, batch.mapping, default_programme.pk if default_programme else None,
                                progress=progress)
    except imports.ImportRejected as exc:
        batch.status = ImportBatch.Status.REJECTED
        batch.file_errors = exc.messages
        batch.save()
        return batch
    batch.rows_total = len(plan.rows)
    batch.rows_invalid = len(plan.invalid)
    batch.created_count, batch.updated_count = plan.count("create"), plan.count("update")
    batch.unchanged_count = plan.count("unchanged")
    batch.report = _report(plan)
    if not plan.is_valid:
        batch.status = ImportBatch.Status.REJECTED
        batch.file_errors = [plan.summary() + " Corrigez les lignes en erreur : rien n'a été importé."]
    else:
        batch.status = ImportBatch.Status.VALIDATED
        batch.progress_label = plan.summary()
    batch.progress = 0
    batch.save()
    return batch


def confirm_batch(batch: ImportBatch) -> ImportBatch:
    """Queue the import of a validated batch (once)."""
    from relocalisation.ingestion.tasks import run_import

    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.status != ImportBatch.Status.VALIDATED:
            return batch
        batch.status = ImportBatch.Status.QUEUED
        batch.progress, batch.progress_label = 0, "En file d'attente"
        batch.save(update_fields=["status", "progress", "progress_label"])
    transaction.on_commit(lambda: run_import.enqueue(str(batch.pk)))
    return batch


def _set_progress(batch_id, percent: int, label: str) -> None:
    from relocalisation.core.tasks import report_progress

    ImportBatch.objects.filter(pk=batch_id).update(progress=percent, progress_label=label)
    report_progress(percent, 100, label)  # the operator's /taches/ page too (no-op outside a task)


def run_batch(batch_id) -> ImportBatch:
    """The background work: re-read and re-validate (the data may have changed since the preview;
    progress 0–80 %), then write everything in one transaction (80–100 %)."""
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.status not in (ImportBatch.Status.QUEUED, ImportBatch.Status.VALIDATED):
        return batch
    batch.status = ImportBatch.Status.RUNNING
    batch.save(update_fields=["status"])
    try:
        with batch.file.open("rb") as handle:
            data = handle.read()
        header, rows = imports.read_table(data, batch.filename)
        plan = imports.validate(header, rows, batch.mapping, batch.default_programme_id, progress=lambda i, n:
                                _set_progress(batch.pk, int(80 * i / max(n, 1)), f"Vérification : ligne {i} / {n}"))
        _set_progress(batch.pk, 80, "Écriture des lauréats (tout ou rien)…")
        counts = imports.apply(plan, batch=batch, source=f"Import « {batch.filename} »")
    except imports.ImportRejected as exc:
        batch.status, batch.file_errors = ImportBatch.Status.FAILED, exc.messages
        batch.progress_label = "Échec : rien n'a été modifié."
    except Exception as exc:  # noqa: BLE001 — a failed import must say so and leave data unchanged
        batch.status = ImportBatch.Status.FAILED
        batch.file_errors = [f"Erreur inattendue pendant l'écriture ({type(exc).__name__}) : rien n'a été modifié."]
        batch.progress_label = "Échec : rien n'a été modifié."
    else:
        batch.status, batch.progress = ImportBatch.Status.DONE, 100
        batch.created_count, batch.updated_count = counts["created"], counts["updated"]
        batch.unchanged_count = counts["unchanged"]
        batch.report = _report(plan)
        batch.progress_label = (f"Terminé : {counts['created']} créé(s), {counts['updated']} modifié(s), "
                                f"{counts['unchanged']} inchangé(s).")
    batch.finished_at = timezone.now()
    batch.save()
    return batch


def save_preset(*, name: str, label: str, mapping: dict, user=None) -> ImportPreset:
    if name in imports.BUILTIN_PRESETS:
        raise imports.ImportRejected([f"« {name} » est un modèle intégré : choisissez un autre nom."])
    clean = {k: v for k, v in mapping.items() if k in imports.FIELDS and v}
    preset, _ = ImportPreset.objects.update_or_create(name=name, defaults={
        "label": label or name, "mapping": clean, "created_by": user if user and user.is_authenticated else None})
    return preset

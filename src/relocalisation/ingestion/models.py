from django.conf import settings
from django.db import models

# --- Imports (issue 5) ---------------------------------------------------------------------------
# Bulk imports of laureate lists (CSV / XLSX): a remembered column mapping (preset), one batch per
# uploaded file with its per-row report and progress, and the history of awards an import changed.


class ImportPreset(models.Model):
    """A remembered column mapping: ``mapping`` maps our field names (see ingestion.imports.FIELDS)
    to the column header of the file. Built-in presets (SCDL, our own export) are kept in code."""

    name = models.SlugField("nom", max_length=80, unique=True)
    label = models.CharField("libellé", max_length=200)
    mapping = models.JSONField("correspondance des colonnes", default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "modèle de correspondance"
        verbose_name_plural = "modèles de correspondance"
        ordering = ["label"]

    def __str__(self) -> str:
        return self.label


class ImportBatch(models.Model):
    class Status(models.TextChoices):
        REJECTED = "rejected", "Refusé (fichier illisible ou lignes invalides)"
        VALIDATED = "validated", "Vérifié, en attente de confirmation"
        QUEUED = "queued", "Confirmé, en file d'attente"
        RUNNING = "running", "En cours"
        DONE = "done", "Terminé"
        FAILED = "failed", "Échec (rien n'a été modifié)"

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="award_imports")
    filename = models.CharField("fichier", max_length=255)
    file = models.FileField(upload_to="imports/", blank=True)  # under MEDIA_ROOT: never served by URL
    sha256 = models.CharField(max_length=64, blank=True)
    preset = models.CharField("modèle", max_length=80, blank=True)
    mapping = models.JSONField("correspondance utilisée", default=dict, blank=True)
    default_programme = models.ForeignKey("programmes.Programme", on_delete=models.SET_NULL, null=True, blank=True,
                                          verbose_name="dispositif par défaut")
    status = models.CharField("état", max_length=12, choices=Status.choices, default=Status.VALIDATED)
    progress = models.PositiveSmallIntegerField("avancement (%)", default=0)
    progress_label = models.CharField(max_length=200, blank=True)
    rows_total = models.PositiveIntegerField(default=0)
    rows_invalid = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField("créés", default=0)
    updated_count = models.PositiveIntegerField("modifiés", default=0)
    unchanged_count = models.PositiveIntegerField("inchangés", default=0)
    file_errors = models.JSONField("erreurs du fichier", default=list, blank=True)
    report = models.JSONField("rapport par ligne (extrait)", default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "import de lauréats"
        verbose_name_plural = "imports de lauréats"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED, self.Status.REJECTED)


class AwardRevision(models.Model):
    """What an import changed on an existing award: {field: [old, new]} (values as text)."""

    award = models.ForeignKey("awards.Award", on_delete=models.CASCADE, related_name="import_revisions")
    batch = models.ForeignKey(ImportBatch, on_delete=models.SET_NULL, null=True, blank=True, related_name="revisions")
    changes = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "modification d'un lauréat par import"
        verbose_name_plural = "modifications de lauréats par import"
        ordering = ["-created_at"]

# --- end of Imports (issue 5) --------------------------------------------------------------------

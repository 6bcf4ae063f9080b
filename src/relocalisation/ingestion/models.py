import uuid

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
        CHECKING = "checking", "Vérification en cours"
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


# --- Press extraction (issue 6) -------------------------------------------------------------------
# A Source is the stored text of a press release or article; a PressExtraction is one run of the
# extractor on it (background task, with progress); each ProposedLaureate is what the extractor
# proposed, what the operator changed, and the decision. Rejected proposals are kept: together with
# the untouched ``extracted`` values they measure the extractor's quality on real texts.


class Source(models.Model):
    class Kind(models.TextChoices):
        PASTED = "pasted", "Texte collé"
        UPLOADED = "uploaded", "Fichier déposé"
        COMMAND = "command", "Ligne de commande"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField("titre", max_length=300, blank=True)
    file_name = models.CharField("nom du fichier", max_length=255, blank=True)
    kind = models.CharField("origine", max_length=10, choices=Kind.choices, default=Kind.PASTED)
    url = models.URLField("adresse de publication", max_length=500, blank=True)
    text = models.TextField("texte")
    sha256 = models.CharField(max_length=64, db_index=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="press_sources")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "communiqué (source)"
        verbose_name_plural = "communiqués (sources)"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or self.file_name or f"Communiqué du {self.created_at:%d/%m/%Y}"


class PressExtraction(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "En attente"
        RUNNING = "running", "En cours"
        DONE = "done", "Terminée"
        FAILED = "failed", "Échec"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="extractions")
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField("avancement (%)", default=0)
    error = models.TextField("erreur", blank=True)
    result = models.JSONField("résultat brut de l'extracteur", default=dict, blank=True)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.SET_NULL, null=True, blank=True,
                                  verbose_name="dispositif")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="press_extractions")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "extraction de communiqué"
        verbose_name_plural = "extractions de communiqués"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.source} — {self.get_status_display()}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class ProposedLaureate(models.Model):
    class Decision(models.TextChoices):
        PENDING = "pending", "À examiner"
        ACCEPTED = "accepted", "Accepté"
        REJECTED = "rejected", "Rejeté"

    extraction = models.ForeignKey(PressExtraction, on_delete=models.CASCADE, related_name="proposals")
    position = models.PositiveSmallIntegerField(default=0)
    # Values as the operator sees and edits them (initially the extractor's).
    organisation_name = models.CharField("organisation", max_length=250)
    project_name = models.CharField("projet", max_length=250, blank=True)
    commune = models.ForeignKey("territories.Commune", on_delete=models.SET_NULL, null=True, blank=True)
    department = models.ForeignKey("territories.Department", on_delete=models.SET_NULL, null=True, blank=True)
    region = models.ForeignKey("territories.Region", on_delete=models.SET_NULL, null=True, blank=True)
    sector = models.ForeignKey("activities.CriticalSector", on_delete=models.SET_NULL, null=True, blank=True,
                               verbose_name="secteur critique")
    naf_division = models.CharField("division NAF", max_length=2, blank=True)
    size_class = models.CharField("taille", max_length=4, blank=True)
    parent_group = models.CharField("groupe", max_length=250, blank=True)
    investment_eur = models.DecimalField("investissement (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    aid_eur = models.DecimalField("aide publique (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    jobs_created = models.PositiveIntegerField("emplois créés", null=True, blank=True)
    # What the extractor said, untouched, with its evidence spans and confidences (quality measurement).
    extracted = models.JSONField("valeurs extraites", default=dict)
    evidence = models.JSONField("preuves (positions dans le texte)", default=dict)
    confidence = models.JSONField("confiances", default=dict)
    decision = models.CharField("décision", max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decision_note = models.CharField("motif", max_length=300, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="press_decisions")
    decided_at = models.DateTimeField(null=True, blank=True)
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="press_proposals")
    award = models.OneToOneField("awards.Award", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="press_proposal")
    # A laureate the extractor missed, added by the operator: counts against recall.
    added_manually = models.BooleanField("ajouté à la main (manqué par l'extracteur)", default=False)

    class Meta:
        verbose_name = "lauréat proposé"
        verbose_name_plural = "lauréats proposés"
        ordering = ["extraction", "position"]
        indexes = [models.Index(fields=["decision"])]

    def __str__(self) -> str:
        return self.organisation_name

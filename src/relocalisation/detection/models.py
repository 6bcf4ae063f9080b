"""Detection: the establishment registry (columnar files under var/, pointed at by RegistryVersion),
its relocation-potential scoring (ScoringWeights, ScoreRun), the leads pipeline and the club.

The registry rows themselves never go through the ORM: they live in Parquet files queried with
DuckDB. Only the small, agency-owned records (weights, signals, leads, club) are Django models."""
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone


class RegistryVersion(models.Model):
    """One imported version of the establishment registry (a Parquet file under var/registry/).
    Exactly one is current; a re-import writes a new file then flips ``is_current`` in one transaction."""

    created_at = models.DateTimeField(auto_now_add=True)
    source_name = models.CharField("fichier source", max_length=300)
    file_name = models.CharField("fichier Parquet", max_length=200)
    rows_read = models.BigIntegerField("lignes lues", default=0)
    rows_kept = models.BigIntegerField("lignes retenues", default=0)
    is_current = models.BooleanField("version courante", default=False)
    synthetic = models.BooleanField("données synthétiques", default=False)

    class Meta:
        verbose_name = "version du registre"
        verbose_name_plural = "versions du registre"
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["is_current"], condition=models.Q(is_current=True),
                                               name="one_current_registry_version")]

    def __str__(self) -> str:
        return f"Registre du {self.created_at:%d/%m/%Y %H:%M} ({self.rows_kept} établissements)"


class RegistryJob(models.Model):
    """Progress of a long registry operation (import or scoring), shown on a page polled with htmx."""

    class Kind(models.TextChoices):
        IMPORT = "import", "Import du registre"
        SCORE = "score", "Calcul des scores"

    class Status(models.TextChoices):
        PENDING = "pending", "En attente"
        RUNNING = "running", "En cours"
        DONE = "done", "Terminé"
        FAILED = "failed", "Échec"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+", help_text="Agence concernée (scores) ; vide pour un import.")
    progress = models.PositiveSmallIntegerField("progression (%)", default=0)
    rows_read = models.BigIntegerField(default=0)
    rows_kept = models.BigIntegerField(default=0)
    rows_scored = models.BigIntegerField(default=0)
    message = models.TextField(blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "traitement du registre"
        verbose_name_plural = "traitements du registre"
        ordering = ["-started_at"]


class DependencyIndex(models.Model):
    """Exposure to foreign supply per NAF division (0 = none, 1 = fully dependent).

    Rows without agency come from the file shipped with the package — a documented PLACEHOLDER, not
    official statistics — or from ``relocalisation load_dependency_index PATH``; an agency can upload its
    own file (rows with its agency), which then replaces the default for its scores."""

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="dependency_index")
    division = models.CharField("division NAF", max_length=2)
    value = models.FloatField("indice de dépendance", validators=[MinValueValidator(0), MaxValueValidator(1)])
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "indice de dépendance aux approvisionnements étrangers"
        verbose_name_plural = "indices de dépendance aux approvisionnements étrangers"
        ordering = ["agency", "division"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "division"], name="unique_dependency_per_agency"),
            models.UniqueConstraint(fields=["division"], condition=models.Q(agency__isnull=True),
                                    name="unique_default_dependency"),
        ]

    def __str__(self) -> str:
        return f"{self.division} : {self.value:.2f}"


def _weight(verbose: str, default: int):
    return models.PositiveSmallIntegerField(verbose, default=default, validators=[MaxValueValidator(100)])


class ScoringWeights(models.Model):
    """The weights an agency gives to each factor. Immutable once saved: editing creates a new
    version, so that every score can be recomputed and explained with the weights it used."""

    FACTORS = ("strategic", "size", "industrial_territory", "region", "exposure", "signals")

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="scoring_weights")
    version = models.PositiveIntegerField()
    strategic = _weight("activité stratégique (secteur critique)", 30)
    size = _weight("taille (PMI 10 – ETI 5 000)", 20)
    industrial_territory = _weight("Territoire d'industrie", 10)
    region = _weight("région de l'agence", 15)
    exposure = _weight("exposition aux approvisionnements étrangers", 15)
    signals = _weight("signaux relevés par l'agence", 10)
    home_region = models.ForeignKey("territories.Region", on_delete=models.PROTECT, null=True, blank=True,
                                    verbose_name="région de l'agence",
                                    help_text="Région dont les établissements reçoivent le facteur « région de l'agence ».")
    note = models.CharField("motif du changement", max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "pondération du score"
        verbose_name_plural = "pondérations du score"
        ordering = ["agency", "-version"]
        constraints = [models.UniqueConstraint(fields=["agency", "version"], name="unique_weights_version")]

    def __str__(self) -> str:
        return f"Pondération v{self.version} — {self.agency}"

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.FACTORS}

    def clean(self) -> None:
        if sum(self.as_dict().values()) == 0:
            raise ValidationError("Au moins un facteur doit avoir un poids non nul.")


class ScoreRun(models.Model):
    """The scored registry of one agency: a Parquet file (registry columns + factor values + score)."""

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="score_runs")
    weights = models.ForeignKey(ScoringWeights, on_delete=models.PROTECT, related_name="runs")
    registry = models.ForeignKey(RegistryVersion, on_delete=models.SET_NULL, null=True, related_name="score_runs")
    file_name = models.CharField(max_length=200)
    rows_scored = models.BigIntegerField(default=0)
    is_current = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "calcul de score"
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["agency"], condition=models.Q(is_current=True),
                                               name="one_current_score_run_per_agency")]


class EstablishmentSignal(models.Model):
    """Something the agency learnt about an establishment (extension project, search for land…)."""

    class Kind(models.TextChoices):
        EXTENSION = "extension", "Projet d'extension ou d'investissement"
        LAND = "land", "Recherche de foncier"
        SUPPLY = "supply", "Difficulté d'approvisionnement"
        RECRUITMENT = "recruitment", "Recrutements"
        TRANSFER = "transfer", "Cession ou transmission"
        OTHER = "other", "Autre"

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="establishment_signals")
    siret = models.CharField("SIRET", max_length=14, db_index=True)
    kind = models.CharField("nature", max_length=20, choices=Kind.choices)
    strength = models.FloatField("intensité (0 à 1)", default=0.5, validators=[MinValueValidator(0), MaxValueValidator(1)])
    note = models.TextField("note", blank=True)
    observed_on = models.DateField("date", default=timezone.localdate)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        verbose_name = "signal"
        ordering = ["-observed_on"]


class Stage(models.TextChoices):
    DETECTED = "detected", "Détecté"
    CONTACTED = "contacted", "Contacté"
    QUALIFIED = "qualified", "Qualifié"
    SUPPORTED = "supported", "Accompagné"
    APPLICANT = "applicant", "Candidat"
    LAUREATE = "laureate", "Lauréat"
    ABANDONED = "abandoned", "Abandonné"


#: The forward path of the pipeline; « abandonné » can be reached from any open stage.
STAGE_ORDER = [Stage.DETECTED, Stage.CONTACTED, Stage.QUALIFIED, Stage.SUPPORTED, Stage.APPLICANT, Stage.LAUREATE]


class Lead(models.Model):
    """A candidate company or project found by an agency, moved through the pipeline."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="leads")
    siret = models.CharField("SIRET", max_length=14, blank=True)
    name = models.CharField("entreprise / projet", max_length=250)
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="leads_about", verbose_name="organisation")
    naf_code = models.CharField("code NAF", max_length=6, blank=True)
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True)
    department = models.ForeignKey("territories.Department", on_delete=models.PROTECT, null=True, blank=True)
    headcount_band = models.CharField("tranche d'effectifs", max_length=2, blank=True)
    score = models.FloatField("score à la détection", null=True, blank=True)
    stage = models.CharField("étape", max_length=12, choices=Stage.choices, default=Stage.DETECTED)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="leads", verbose_name="chargé d'affaires")
    next_action = models.CharField("prochaine action", max_length=250, blank=True)
    next_action_on = models.DateField("date de la prochaine action", null=True, blank=True)
    notes = models.TextField("notes", blank=True)
    # The applications app is built in parallel: a plain UUID reference, not a foreign key (yet).
    application_id = models.UUIDField("dossier de candidature (identifiant)", null=True, blank=True)
    award = models.ForeignKey("awards.Award", on_delete=models.SET_NULL, null=True, blank=True, related_name="leads",
                              verbose_name="lauréat")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "projet détecté"
        verbose_name_plural = "projets détectés"
        ordering = ["-updated_at"]
        constraints = [models.UniqueConstraint(fields=["agency", "siret"], condition=~models.Q(siret=""),
                                               name="one_lead_per_siret_per_agency")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_overdue(self) -> bool:
        return bool(self.next_action_on and self.next_action_on < timezone.localdate()
                    and self.stage not in (Stage.LAUREATE, Stage.ABANDONED))


class LeadStageChange(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=12, choices=Stage.choices)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at"]


class Club(models.Model):
    """A network of firms an agency works with (« Club relocalisation »). Private to the agency."""

    agency = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="clubs")
    name = models.CharField("nom", max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        verbose_name = "club"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClubMembership(models.Model):
    club = models.ForeignKey(Club, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="club_memberships")
    joined_on = models.DateField("adhésion", default=timezone.localdate)
    contact = models.CharField("contact", max_length=200, blank=True)

    class Meta:
        verbose_name = "membre du club"
        ordering = ["organisation__name"]
        constraints = [models.UniqueConstraint(fields=["club", "organisation"], name="unique_club_member")]


class ClubEvent(models.Model):
    club = models.ForeignKey(Club, on_delete=models.CASCADE, related_name="events")
    title = models.CharField("titre", max_length=200)
    date = models.DateField("date")
    place = models.CharField("lieu", max_length=200, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        verbose_name = "événement du club"
        ordering = ["-date"]

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d/%m/%Y})"


class Attendance(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", "Inscrit"
        ATTENDED = "attended", "Présent"
        EXCUSED = "excused", "Excusé"

    event = models.ForeignKey(ClubEvent, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(ClubMembership, on_delete=models.CASCADE, related_name="attendances")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.REGISTERED)

    class Meta:
        verbose_name = "présence"
        constraints = [models.UniqueConstraint(fields=["event", "member"], name="unique_attendance")]

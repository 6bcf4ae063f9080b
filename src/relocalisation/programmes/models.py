"""Programmes (dispositifs), their calls (appels à projets), waves (vagues), funders' shares and
eligibility rules. Every figure of the seed articles is a typed field here or a rule, with the file
it comes from in ``source``."""
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from relocalisation.core.text import normalize


class ProjectType(models.TextChoices):
    RESHORING = "reshoring", "Relocalisation d'activité"
    SUPPLY_RESHORING = "supply_reshoring", "Relocalisation d'approvisionnement"
    DIVERSIFICATION = "diversification", "Diversification"


class Phase(models.TextChoices):
    STUDY = "study", "Étude"
    LAUNCH = "launch", "Lancement"
    DEVELOPMENT = "development", "Développement"


class SupportKind(models.TextChoices):
    SUBSIDY = "subsidy", "Subvention"
    ADVISORY_DAYS = "advisory_days", "Jours de conseil"
    ENGINEERING_DAYS = "engineering_days", "Jours d'ingénierie"
    LOAN_EQUITY = "loan_equity", "Prêt / fonds propres"
    NETWORK = "network", "Mise en réseau / club"


class Level(models.TextChoices):
    NATIONAL = "national", "National"
    REGIONAL = "regional", "Régional"
    LOCAL = "local", "Local"


class Programme(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField("nom", max_length=250)
    short_name = models.CharField("nom court", max_length=100, blank=True)
    parent_plan = models.CharField("plan de rattachement", max_length=200, blank=True)  # France Relance, France 2030…
    operator = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="operated_programmes", verbose_name="opérateur")
    level = models.CharField("échelon", max_length=10, choices=Level.choices, default=Level.NATIONAL)
    # Territorial scope: national when all three are empty.
    regions = models.ManyToManyField("territories.Region", blank=True, verbose_name="régions couvertes")
    departments = models.ManyToManyField("territories.Department", blank=True, verbose_name="départements couverts")
    epcis = models.ManyToManyField("territories.Epci", blank=True, verbose_name="EPCI couverts")
    summary = models.TextField("résumé", blank=True)
    description = models.TextField("description", blank=True)
    support_kinds = models.JSONField("formes d'aide", default=list, blank=True)
    # Figures (euros as Decimal; null = the sources give none)
    envelope_eur = models.DecimalField("enveloppe (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    envelope_per_territory_eur = models.DecimalField("enveloppe par territoire lauréat (€)", max_digits=15,
                                                     decimal_places=2, null=True, blank=True)
    investment_target_eur = models.DecimalField("investissements productifs visés (€)", max_digits=15,
                                                decimal_places=2, null=True, blank=True)
    jobs_target = models.PositiveIntegerField("emplois visés", null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField("durée (mois)", null=True, blank=True)
    territories_target = models.PositiveIntegerField("nombre de territoires / bassins lauréats", null=True, blank=True)
    club_size_target = models.PositiveIntegerField("taille visée du club d'entreprises", null=True, blank=True)
    pilot_beneficiaries = models.PositiveIntegerField("entreprises accompagnées lors d'une expérimentation",
                                                      null=True, blank=True)
    starts_on = models.DateField("début", null=True, blank=True)
    ends_on = models.DateField("fin", null=True, blank=True)
    website = models.URLField(blank=True)
    source = models.CharField("source", max_length=200, blank=True, help_text="Fichier ou URL d'où viennent les chiffres.")
    search_text = models.TextField(editable=False, blank=True)
    is_published = models.BooleanField("publié", default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "dispositif"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = normalize(" ".join([self.name, self.short_name, self.parent_plan, self.summary,
                                               self.description]))
        super().save(*args, **kwargs)

    @property
    def is_national(self) -> bool:
        return self.level == Level.NATIONAL


class Funder(models.Model):
    """A body that pays (État, Région, Banque des Territoires, Bpifrance…)."""

    slug = models.SlugField(max_length=80, primary_key=True)
    name = models.CharField("nom", max_length=200)
    organisation = models.OneToOneField("organisations.Organisation", on_delete=models.PROTECT, null=True, blank=True)

    class Meta:
        verbose_name = "financeur"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Call(models.Model):
    class Kind(models.TextChoices):
        CALL_FOR_PROJECTS = "call", "Appel à projets"
        PACK = "pack", "Pack / guichet"
        FUND = "fund", "Fonds d'investissement"
        TERRITORIAL = "territorial", "Appel à candidatures de territoires"

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="calls")
    slug = models.SlugField(max_length=120)
    title = models.CharField("intitulé", max_length=250)
    kind = models.CharField("nature", max_length=12, choices=Kind.choices, default=Kind.CALL_FOR_PROJECTS)
    description = models.TextField(blank=True)
    envelope_eur = models.DecimalField("enveloppe (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    opens_on = models.DateField("ouverture", null=True, blank=True)
    closes_on = models.DateField("clôture", null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField("durée (mois)", null=True, blank=True)
    support_kinds = models.JSONField("formes d'aide", default=list, blank=True)
    # In-kind support and its public share (e.g. 6 to 12 days of advice, 80 % paid by the funders)
    advisory_days_min = models.PositiveSmallIntegerField("jours de conseil (min)", null=True, blank=True)
    advisory_days_max = models.PositiveSmallIntegerField("jours de conseil (max)", null=True, blank=True)
    engineering_days = models.PositiveSmallIntegerField("jours d'ingénierie", null=True, blank=True)
    public_share_percent = models.DecimalField("part prise en charge (%)", max_digits=5, decimal_places=2,
                                               null=True, blank=True)
    beneficiaries_min = models.PositiveIntegerField("bénéficiaires visés (min)", null=True, blank=True)
    beneficiaries_max = models.PositiveIntegerField("bénéficiaires visés (max)", null=True, blank=True)
    beneficiaries_scope = models.CharField("échelle des bénéficiaires visés", max_length=100, blank=True)
    applies_online = models.BooleanField("dépôt en ligne", default=True)
    source = models.CharField(max_length=200, blank=True)
    search_text = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = "appel à projets"
        verbose_name_plural = "appels à projets"
        ordering = ["programme__name", "title"]
        constraints = [models.UniqueConstraint(fields=["programme", "slug"], name="unique_call_slug")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = normalize(" ".join([self.title, self.description]))
        super().save(*args, **kwargs)

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        if self.opens_on and today < self.opens_on:
            return False
        if self.closes_on and today > self.closes_on:
            return False
        # Without a closing date, a call is open only while one of its waves is.
        if not self.closes_on:
            return any(w.is_open(today) for w in self.waves.all())
        return True


class Wave(models.Model):
    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="waves")
    number = models.PositiveSmallIntegerField("numéro")
    label = models.CharField("libellé", max_length=100, blank=True)
    opens_at = models.DateTimeField("ouverture", null=True, blank=True)
    deadline = models.DateTimeField("date limite de dépôt (heure de Paris)")
    committee_on = models.DateField("date du comité", null=True, blank=True)
    envelope_eur = models.DecimalField("enveloppe (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "vague"
        ordering = ["call", "number"]
        constraints = [models.UniqueConstraint(fields=["call", "number"], name="unique_wave_number")]

    def __str__(self) -> str:
        return self.label or f"Vague {self.number}"

    def clean(self) -> None:
        if self.opens_at and self.deadline and self.opens_at >= self.deadline:
            raise ValidationError("L'ouverture doit précéder la date limite de dépôt.")

    def is_open(self, today=None) -> bool:
        now = timezone.now()
        if today is not None:
            return (not self.opens_at or self.opens_at.date() <= today) and self.deadline.date() >= today
        return (not self.opens_at or self.opens_at <= now) and now <= self.deadline


class FundingShare(models.Model):
    """Who pays what in a programme or call. ``share_percent`` is the share of the supported cost
    this funder bears; ``joint_share_percent`` records a share stated for several funders together
    (« 80 % par la Région et la Banque des Territoires ») when the split between them is not given."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="funding_shares")
    call = models.ForeignKey(Call, on_delete=models.CASCADE, null=True, blank=True, related_name="funding_shares")
    funder = models.ForeignKey(Funder, on_delete=models.PROTECT, related_name="shares")
    share_percent = models.DecimalField("part (%)", max_digits=5, decimal_places=2, null=True, blank=True)
    joint_share_percent = models.DecimalField("part conjointe (%)", max_digits=5, decimal_places=2, null=True, blank=True)
    amount_eur = models.DecimalField("montant (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    role = models.CharField("rôle", max_length=200, blank=True)
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "part de financement"
        verbose_name_plural = "parts de financement"

    def __str__(self) -> str:
        share = self.share_percent or self.joint_share_percent
        return f"{self.funder} — {share or '?'} %"


class EligibilityRule(models.Model):
    """A machine-checkable rule of a call, edited by operators as data (no code per programme).

    ``params`` by kind (all lists hold codes):
      headcount_min / headcount_max: {"value": int}
      naf_prefixes: {"prefixes": ["10", "21.10Z"]}          — activity must start with one prefix
      naf_sections: {"sections": ["B", "C", "D", "E"]}
      critical_sectors: {"sectors": ["sante", …]}          — NAF must fall in one sector
      territory: {"regions": [], "departments": [], "communes": [], "epcis": []}
      project_types: {"values": ["reshoring", …]}
      phases: {"values": ["study", …]}
      size_categories: {"values": ["PME", "ETI"]}
    Any rule may carry {"except_project_types": [...]} (the rule does not apply to those projects).
    A non-blocking rule that fails makes the answer « à vérifier » instead of « non éligible »."""

    class Kind(models.TextChoices):
        HEADCOUNT_MIN = "headcount_min", "Effectif minimum"
        HEADCOUNT_MAX = "headcount_max", "Effectif maximum"
        NAF_PREFIXES = "naf_prefixes", "Codes NAF admis"
        NAF_SECTIONS = "naf_sections", "Sections NAF admises"
        CRITICAL_SECTORS = "critical_sectors", "Secteurs critiques"
        TERRITORY = "territory", "Territoire"
        PROJECT_TYPES = "project_types", "Types de projet"
        PHASES = "phases", "Phases du projet"
        SIZE_CATEGORIES = "size_categories", "Catégories de taille"

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="rules")
    kind = models.CharField("type de règle", max_length=20, choices=Kind.choices)
    params = models.JSONField("paramètres", default=dict)
    blocking = models.BooleanField("bloquante", default=True)
    label = models.CharField("énoncé en clair", max_length=300, blank=True)
    source_quote = models.TextField("citation de la source", blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "critère d'éligibilité"
        verbose_name_plural = "critères d'éligibilité"
        ordering = ["call", "position", "id"]

    def __str__(self) -> str:
        return self.label or self.get_kind_display()

    @property
    def plain_french(self) -> str:
        from relocalisation.programmes.eligibility import describe_rule

        sectors = dict(self._sector_names()) if self.kind == self.Kind.CRITICAL_SECTORS else {}
        names = {}
        if self.kind == self.Kind.TERRITORY:
            from relocalisation.territories.models import Department, Region

            names = {f"region:{c}": n for c, n in Region.objects.filter(code__in=self.params.get("regions", []))
                     .values_list("code", "name")}
            names.update({f"department:{c}": f"{n} ({c})" for c, n in Department.objects.filter(
                code__in=self.params.get("departments", [])).values_list("code", "name")})
        return describe_rule(self.kind, self.params, sectors, names)

    @staticmethod
    def _sector_names():
        from relocalisation.activities.models import CriticalSector

        return CriticalSector.objects.values_list("slug", "name")

    def clean(self) -> None:
        from relocalisation.programmes.eligibility import validate_rule_params

        errors = validate_rule_params(self.kind, self.params)
        if errors:
            raise ValidationError({"params": errors})

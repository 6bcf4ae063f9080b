"""Awards (lauréats): every supported project, whatever its origin. The observatory reads Awards only."""
import uuid

from django.db import models


class Origin(models.TextChoices):
    APPLICATION = "application", "Candidature instruite"
    IMPORT = "import", "Import de liste"
    PRESS = "press", "Communiqué"
    REFERENCE = "reference", "Données de référence (article source)"
    SYNTHETIC = "synthetic", "Données synthétiques (tests de charge)"


class Award(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Each index is written on every insert (imports of 100 000 rows): no duplicates, no « _like »
    # index on foreign keys that are codes (nobody searches them by prefix). See Meta.indexes.
    programme = models.ForeignKey("programmes.Programme", on_delete=models.PROTECT, related_name="awards",
                                  db_index=False)
    call = models.ForeignKey("programmes.Call", on_delete=models.PROTECT, null=True, blank=True, related_name="awards")
    wave = models.ForeignKey("programmes.Wave", on_delete=models.PROTECT, null=True, blank=True, related_name="awards")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="awards")
    project_name = models.CharField("projet", max_length=250, blank=True)
    description = models.TextField(blank=True)
    # Place of the project; département and région are denormalised for fast GROUP BY.
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True,
                                db_index=False)
    department = models.ForeignKey("territories.Department", on_delete=models.PROTECT, null=True, blank=True,
                                   db_index=False)
    region = models.ForeignKey("territories.Region", on_delete=models.PROTECT, null=True, blank=True, db_index=False)
    sector = models.ForeignKey("activities.CriticalSector", on_delete=models.PROTECT, null=True, blank=True,
                               verbose_name="secteur critique", db_index=False)
    naf = models.ForeignKey("activities.NafCode", on_delete=models.PROTECT, null=True, blank=True, db_index=False)
    size_category = models.ForeignKey("activities.SizeCategory", on_delete=models.PROTECT, null=True, blank=True,
                                      db_index=False)
    # Money in euros (Decimal); null means the source gives no figure.
    investment_eur = models.DecimalField("investissement (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    investment_note = models.CharField("précision sur l'investissement", max_length=300, blank=True)
    aid_eur = models.DecimalField("aide publique (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    advisory_days = models.DecimalField("jours de conseil", max_digits=6, decimal_places=1, null=True, blank=True)
    engineering_days = models.DecimalField("jours d'ingénierie", max_digits=6, decimal_places=1, null=True, blank=True)
    funding_split = models.JSONField("répartition entre financeurs", default=list, blank=True)
    jobs_created = models.PositiveIntegerField("emplois créés (promis)", null=True, blank=True)
    jobs_kept = models.PositiveIntegerField("emplois maintenus (promis)", null=True, blank=True)
    jobs_created_delivered = models.PositiveIntegerField("emplois créés (constatés)", null=True, blank=True)
    investment_delivered_eur = models.DecimalField("investissement réalisé (€)", max_digits=15, decimal_places=2,
                                                   null=True, blank=True)
    decided_on = models.DateField("date de décision / d'annonce", null=True, blank=True)
    origin = models.CharField("origine", max_length=12, choices=Origin.choices)
    source = models.CharField("source", max_length=300, blank=True, help_text="Fichier, URL ou référence du dossier.")
    source_quote = models.TextField("citation de la source", blank=True)
    external_key = models.CharField("clé d'import", max_length=200, blank=True,
                                    help_text="Identifie la ligne d'origine pour des imports idempotents.")
    is_synthetic = models.BooleanField("synthétique", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "lauréat"
        ordering = ["-decided_on", "organisation__name"]
        indexes = [
            models.Index(fields=["programme", "decided_on"]),
            models.Index(fields=["region"]),
            models.Index(fields=["department"]),
            models.Index(fields=["sector"]),
            models.Index(fields=["commune"], name="awards_award_commune_idx"),
            models.Index(fields=["naf"], name="awards_award_naf_idx"),
            models.Index(fields=["size_category"], name="awards_award_size_idx"),
            models.Index(fields=["external_key"], name="awards_award_external_key_idx"),  # imports' lookups
            # + award_recent_first (decided_on DESC NULLS LAST, id), created by migration 0002.
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.project_name or self.programme}"

    def save(self, *args, **kwargs):
        # Keep the denormalised place consistent with the commune.
        if self.commune_id and self.commune is not None:
            self.department_id = self.commune.department_id
            self.region_id = self.commune.region_id
        elif self.department_id and not self.region_id:
            self.region_id = self.department.region_id
        super().save(*args, **kwargs)


class Announcement(models.Model):
    """A public announcement of laureates, with the aggregate figures it quotes."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.PROTECT, related_name="announcements",
                                  null=True, blank=True)
    title = models.CharField("titre", max_length=300)
    announced_on = models.DateField("date", null=True, blank=True)
    announced_on_text = models.CharField("date telle qu'écrite", max_length=100, blank=True)
    announced_by = models.CharField("annoncé par", max_length=200, blank=True)
    new_laureates = models.PositiveIntegerField("nouveaux lauréats", null=True, blank=True)
    laureates_in_scope = models.PositiveIntegerField("dont lauréats du territoire", null=True, blank=True)
    scope_department = models.ForeignKey("territories.Department", on_delete=models.PROTECT, null=True, blank=True,
                                         verbose_name="territoire du communiqué")
    investment_eur = models.DecimalField("investissements (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    aid_eur = models.DecimalField("aide de l'État (€)", max_digits=15, decimal_places=2, null=True, blank=True)
    previous_laureates = models.PositiveIntegerField("projets déjà soutenus", null=True, blank=True)
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "annonce de lauréats"
        verbose_name_plural = "annonces de lauréats"
        ordering = ["-announced_on", "title"]

    def __str__(self) -> str:
        return self.title

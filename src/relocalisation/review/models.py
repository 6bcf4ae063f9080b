"""Instruction and committee: scoring grids, reviews, committee sessions, simulations (what-if)
and decisions (the record). « Reste à attribuer » is computed from decisions, never stored."""
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class ScoringGrid(models.Model):
    call = models.OneToOneField("programmes.Call", on_delete=models.CASCADE, related_name="scoring_grid")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "grille de notation"

    def __str__(self) -> str:
        return f"Grille — {self.call}"


class Criterion(models.Model):
    grid = models.ForeignKey(ScoringGrid, on_delete=models.CASCADE, related_name="criteria")
    code = models.SlugField(max_length=40)
    label = models.CharField("critère", max_length=200)
    weight = models.DecimalField("pondération", max_digits=5, decimal_places=2,
                                 validators=[MinValueValidator(0), MaxValueValidator(100)])
    max_score = models.PositiveSmallIntegerField("note maximale", default=5,
                                                 validators=[MinValueValidator(1), MaxValueValidator(100)])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "critère de notation"
        ordering = ["grid", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["grid", "code"], name="unique_criterion_code")]

    def __str__(self) -> str:
        return self.label


class Opinion(models.TextChoices):
    FAVOURABLE = "favorable", "Favorable"
    RESERVED = "reserve", "Favorable avec réserves"
    UNFAVOURABLE = "defavorable", "Défavorable"


class Review(models.Model):
    """One instructor's scores and opinion on one dossier."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.ForeignKey("applications.Application", on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    opinion = models.CharField("avis", max_length=12, choices=Opinion.choices, blank=True)
    comment = models.TextField("commentaire", blank=True)
    # 0–20, weighted by the grid; kept for ranking queries (recomputed on every save).
    weighted_score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "avis d'instruction"
        verbose_name_plural = "avis d'instruction"
        constraints = [models.UniqueConstraint(fields=["application", "reviewer"], name="unique_review")]

    def __str__(self) -> str:
        return f"{self.application_id} — {self.reviewer}"


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField("note")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="unique_score")]


class CommitteeSession(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    wave = models.ForeignKey("programmes.Wave", on_delete=models.CASCADE, related_name="committee_sessions")
    held_on = models.DateField("date de séance")
    label = models.CharField("intitulé", max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "séance de comité"
        ordering = ["-held_on"]

    def __str__(self) -> str:
        return self.label or f"Comité du {self.held_on:%d/%m/%Y}"


class Simulation(models.Model):
    """A what-if scenario of a committee: provisional outcomes and amounts. Never binding."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    wave = models.ForeignKey("programmes.Wave", on_delete=models.CASCADE, related_name="simulations")
    name = models.CharField("nom du scénario", max_length=120)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "simulation"
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.name


class SimulationLine(models.Model):
    simulation = models.ForeignKey(Simulation, on_delete=models.CASCADE, related_name="lines")
    application = models.ForeignKey("applications.Application", on_delete=models.CASCADE, related_name="+")
    accepted = models.BooleanField("retenu", default=False)
    amount_eur = models.DecimalField("montant (€)", max_digits=15, decimal_places=2, default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["simulation", "application"], name="unique_simulation_line")]


class Decision(models.Model):
    """The committee's record for one dossier. Accepted amounts consume the envelope."""

    class Outcome(models.TextChoices):
        ACCEPTED = "accepte", "Accepté"
        REFUSED = "refuse", "Refusé"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.OneToOneField("applications.Application", on_delete=models.PROTECT,
                                       related_name="decision")
    wave = models.ForeignKey("programmes.Wave", on_delete=models.PROTECT, related_name="decisions")
    session = models.ForeignKey(CommitteeSession, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="decisions")
    outcome = models.CharField("décision", max_length=8, choices=Outcome.choices)
    amount_eur = models.DecimalField("aide attribuée (€)", max_digits=15, decimal_places=2, default=0)
    days = models.DecimalField("jours de conseil", max_digits=6, decimal_places=1, null=True, blank=True)
    motivation = models.TextField("motivation", blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)
    award = models.OneToOneField("awards.Award", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="decision")
    notified_at = models.DateTimeField("notifiée le", null=True, blank=True)
    notified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")

    class Meta:
        verbose_name = "décision"
        ordering = ["-decided_at"]
        indexes = [models.Index(fields=["wave", "outcome"], name="decision_wave_outcome"),
                   models.Index(fields=["notified_at"], name="decision_notified")]

    def __str__(self) -> str:
        return f"{self.application_id} — {self.get_outcome_display()}"

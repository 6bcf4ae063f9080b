"""Reads of instruction and committee: weighted scores, disagreement, envelope, ranking."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Avg, Case, Count, DecimalField, F, Max, Min, Sum, Value, When, Window
from django.db.models.functions import Coalesce, RowNumber

from relocalisation.applications.models import Application, State
from relocalisation.review.models import Criterion, Decision, Review, ScoringGrid, SimulationLine

DEFAULT_CRITERIA = [
    ("valeur-ajoutee", "Valeur ajoutée créée en France", Decimal(25)),
    ("viabilite", "Viabilité économique et financière", Decimal(25)),
    ("activite-strategique", "Caractère stratégique de l'activité", Decimal(20)),
    ("emplois", "Emplois créés et maintenus", Decimal(15)),
    ("dependance", "Réduction de la dépendance à l'étranger", Decimal(15)),
]
TWO = Decimal("0.01")


def grid_for(call) -> ScoringGrid:
    """The call's grid, created with the five default criteria on first use."""
    grid, created = ScoringGrid.objects.get_or_create(call=call)
    if created:
        Criterion.objects.bulk_create([Criterion(grid=grid, code=c, label=label, weight=w, max_score=5, position=i)
                                       for i, (c, label, w) in enumerate(DEFAULT_CRITERIA)])
    return grid


def weighted_score(scores: dict[int, int], criteria: list[Criterion]) -> Decimal | None:
    """Score out of 20: Σ weight × value / max, divided by Σ weight. None until every criterion is scored."""
    total_weight = sum((c.weight for c in criteria), Decimal(0))
    if not criteria or total_weight == 0 or any(c.pk not in scores for c in criteria):
        return None
    value = sum((c.weight * Decimal(scores[c.pk]) / Decimal(c.max_score) for c in criteria), Decimal(0))
    return (value / total_weight * 20).quantize(TWO)


@dataclass
class ScoreSummary:
    mean: Decimal | None
    spread: Decimal | None  # max − min between instructors: their disagreement
    count: int

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= Decimal(4)


def score_summary(app: Application) -> ScoreSummary:
    agg = Review.objects.filter(application=app, weighted_score__isnull=False).aggregate(
        mean=Avg("weighted_score"), lo=Min("weighted_score"), hi=Max("weighted_score"), n=Count("id"))
    mean = Decimal(agg["mean"]).quantize(TWO) if agg["mean"] is not None else None
    spread = (agg["hi"] - agg["lo"]) if agg["n"] and agg["n"] > 1 else None
    return ScoreSummary(mean, spread, agg["n"] or 0)


@dataclass
class Envelope:
    total: Decimal | None
    scope: str  # "vague" or "appel"
    decided: Decimal

    @property
    def remaining(self) -> Decimal | None:
        return None if self.total is None else self.total - self.decided


def envelope_for(wave) -> Envelope:
    """« Reste à attribuer »: the wave's envelope (or the call's when the wave has none) minus the
    accepted decisions — always computed from decisions."""
    accepted = Decision.objects.filter(outcome=Decision.Outcome.ACCEPTED)
    if wave.envelope_eur is not None:
        decided = accepted.filter(wave=wave).aggregate(s=Sum("amount_eur"))["s"] or Decimal(0)
        return Envelope(wave.envelope_eur, "vague", decided)
    decided = accepted.filter(wave__call_id=wave.call_id).aggregate(s=Sum("amount_eur"))["s"] or Decimal(0)
    return Envelope(wave.call.envelope_eur, "appel", decided)


def _ranked(wave):
    """The wave's dossiers in instruction or decided, best mean score first, with their rank and the
    running total of the aid requested by the dossiers still in instruction — computed by the
    database (window functions), so that a page of the ranking never loads the whole wave."""
    order = [F("score").desc(nulls_last=True), F("submitted_at").asc(), F("id").asc()]
    pending = Case(When(state=State.EN_INSTRUCTION, then=Coalesce("aid_requested_eur", Value(Decimal(0)))),
                   default=Value(Decimal(0)), output_field=DecimalField(max_digits=15, decimal_places=2))
    return (Application.objects.filter(wave=wave, state__in=[State.EN_INSTRUCTION, State.ACCEPTE, State.REFUSE])
            .annotate(score=Avg("reviews__weighted_score"), lo=Min("reviews__weighted_score"),
                      hi=Max("reviews__weighted_score"))
            .annotate(rank=Window(RowNumber(), order_by=order), running=Window(Sum(pending), order_by=order))
            .order_by(*order))


def _row(app, envelope):
    return {"rank": app.rank, "app": app, "score": app.score,
            "spread": (app.hi - app.lo) if app.hi is not None else None,
            "requested": app.aid_requested_eur or Decimal(0), "running": app.running,
            "decision": getattr(app, "decision", None),
            "fits": envelope.remaining is None or app.running <= envelope.remaining}


def committee_page(wave, page_number, per_page=50):
    from django.core.paginator import Paginator

    envelope = envelope_for(wave)
    paginator = Paginator(_ranked(wave).select_related("organisation", "decision"), per_page)
    # Counting needs neither the scores nor the window: a plain count of the wave's rows.
    paginator.__dict__["count"] = Application.objects.filter(
        wave=wave, state__in=[State.EN_INSTRUCTION, State.ACCEPTE, State.REFUSE]).count()
    page = paginator.get_page(page_number)
    page.object_list = [_row(app, envelope) for app in page.object_list]
    return page, envelope


def committee_rows(wave):
    """Every row of the ranking (for simulations over the whole wave)."""
    envelope = envelope_for(wave)
    return [_row(app, envelope) for app in _ranked(wave).select_related("organisation", "decision")], envelope


def simulation_totals(simulations):
    out = []
    for sim in simulations:
        agg = SimulationLine.objects.filter(simulation=sim, accepted=True).aggregate(s=Sum("amount_eur"), n=Count("id"))
        out.append({"simulation": sim, "total": agg["s"] or Decimal(0), "count": agg["n"] or 0})
    return out

"""Writes of instruction and committee. Decisions lock the call's row so that two decisions
racing for the last euros of an envelope are serialised: the second one sees the first."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from relocalisation.applications.models import Application, State
from relocalisation.applications.permissions import actor_for
from relocalisation.applications.services import ApplicationError, ConcurrentUpdate, transition
from relocalisation.programmes.eligibility import size_category_for
from relocalisation.programmes.models import Call, FundingShare
from relocalisation.review.models import (
    CommitteeSession, Criterion, Decision, Review, Score, Simulation, SimulationLine,
)
from relocalisation.review.selectors import envelope_for, grid_for, weighted_score

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
MAX_AMOUNT = Decimal("1000000000")


def parse_amount(value, *, field="montant") -> Decimal:
    try:
        amount = Decimal(str(value).replace("\u202f", "").replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ApplicationError(f"{field.capitalize()} invalide : nombre attendu (ex. 12000,50).", 422)
    if not amount.is_finite() or amount < 0:
        raise ApplicationError(f"{field.capitalize()} invalide : nombre positif attendu.", 422)
    if amount > MAX_AMOUNT:
        raise ApplicationError(f"{field.capitalize()} invraisemblable (plus d'un milliard d'euros).", 422)
    return amount.quantize(CENT)


# --- scoring ----------------------------------------------------------------------------------

@transaction.atomic
def save_review(user, app: Application, *, scores: dict[str, int], opinion: str, comment: str,
                expected_version: int | None = None) -> Review:
    actor = actor_for(user)
    if not actor.can_view(app):
        raise ApplicationError("Dossier introuvable.", 404)
    if not actor.can_score(app):
        raise ApplicationError("Vous ne pouvez pas noter ce dossier (instructeur de l'appel, dossier en instruction).", 403)
    from relocalisation.review.models import Opinion

    if opinion and opinion not in Opinion.values:
        raise ApplicationError("Avis inconnu.", 422)
    criteria = list(grid_for(app.call).criteria.all())
    by_code = {c.code: c for c in criteria}
    values: dict[int, int] = {}
    for code, raw in scores.items():
        criterion = by_code.get(code)
        if criterion is None:
            raise ApplicationError(f"Critère inconnu : « {str(code)[:40]} ».", 422)
        if raw in (None, ""):
            continue
        try:
            value = int(raw)
        except (TypeError, ValueError):
            raise ApplicationError(f"Note invalide pour « {criterion.label} » : nombre entier attendu.", 422)
        if not 0 <= value <= criterion.max_score:
            raise ApplicationError(f"Note de « {criterion.label} » hors barème (0 à {criterion.max_score}).", 422)
        values[criterion.pk] = value
    review, created = Review.objects.select_for_update().get_or_create(application=app, reviewer=user)
    if not created and expected_version is not None and review.version != expected_version:
        raise ConcurrentUpdate()
    for criterion_id, value in values.items():
        Score.objects.update_or_create(review=review, criterion_id=criterion_id, defaults={"value": value})
    all_scores = dict(review.scores.values_list("criterion_id", "value"))
    review.opinion = opinion or review.opinion
    review.comment = (comment or "")[:10_000]
    review.weighted_score = weighted_score(all_scores, criteria)
    review.version = F("version") + 1
    review.save()
    review.refresh_from_db()
    return review


@transaction.atomic
def save_criterion(user, call: Call, *, code: str, label: str, weight, max_score: int = 5, position: int = 0) -> Criterion:
    actor = actor_for(user)
    if not (actor.is_admin or call.programme_id in actor.manager_programme_ids):
        raise ApplicationError("Seul un gestionnaire du dispositif modifie la grille.", 403)
    weight = parse_amount(weight, field="pondération")
    if weight > 100:
        raise ApplicationError("Pondération : 100 au plus.", 422)
    if not (1 <= int(max_score) <= 100):
        raise ApplicationError("Note maximale : entre 1 et 100.", 422)
    grid = grid_for(call)
    criterion, _ = Criterion.objects.update_or_create(grid=grid, code=code[:40], defaults={
        "label": label[:200], "weight": weight, "max_score": int(max_score), "position": position})
    return criterion


# --- committee --------------------------------------------------------------------------------

def _can_sit(actor, wave) -> bool:
    pid = wave.call.programme_id
    return actor.is_admin or pid in actor.committee_programme_ids or pid in actor.manager_programme_ids


@transaction.atomic
def create_session(user, wave, held_on: dt.date, label: str = "") -> CommitteeSession:
    if not _can_sit(actor_for(user), wave):
        raise ApplicationError("Réservé au comité et aux gestionnaires du dispositif.", 403)
    return CommitteeSession.objects.create(wave=wave, held_on=held_on, label=label[:200])


@transaction.atomic
def create_simulation(user, wave, name: str, lines: list[tuple[Application, bool, Decimal]]) -> Simulation:
    """A what-if scenario; several per wave, compared side by side; binds nothing."""
    if not _can_sit(actor_for(user), wave):
        raise ApplicationError("Réservé au comité et aux gestionnaires du dispositif.", 403)
    name = (name or "").strip()[:120]
    if not name:
        raise ApplicationError("Donnez un nom au scénario.", 422)
    sim = Simulation.objects.create(wave=wave, name=name, created_by=user)
    for app, accepted, amount in lines:
        if app.wave_id != wave.pk:
            raise ApplicationError("Un dossier du scénario n'appartient pas à cette vague.", 422)
        SimulationLine.objects.create(simulation=sim, application=app, accepted=accepted,
                                      amount_eur=amount if accepted else Decimal(0))
    return sim


def _pct(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else f"{value:.2f}".replace(".", ",")


def funding_split(call: Call, amount: Decimal, days: Decimal | None) -> tuple[list[dict], str]:
    """Share the public aid (money and days) between the call's funders. Explicit shares are
    used in proportion; a share stated only jointly (« 80 % par la Région et la Banque des
    Territoires ») is split equally — and the note says so."""
    shares = list(FundingShare.objects.filter(call=call).select_related("funder"))
    if not shares:
        shares = list(FundingShare.objects.filter(programme_id=call.programme_id, call=None).select_related("funder"))
    explicit = [s for s in shares if s.share_percent is not None and s.share_percent > 0]
    joint = [s for s in shares if s.share_percent is None and s.joint_share_percent is not None]
    if explicit:
        total = sum((s.share_percent for s in explicit), Decimal(0))
        parts = [(s, s.share_percent / total, f"part de {_pct(s.share_percent)} %") for s in explicit]
        note = "Répartition selon les parts publiées de chaque financeur."
    elif joint:
        parts = [(s, Decimal(1) / len(joint), f"part conjointe de {_pct(s.joint_share_percent)} % partagée à parts égales")
                 for s in joint]
        note = (f"Clé de répartition non publiée : la part conjointe de {_pct(joint[0].joint_share_percent)} % est partagée "
                f"à parts égales entre {len(joint)} financeurs.")
    else:
        return [], "Aucun financeur renseigné pour ce dispositif."
    out, money_left, days_left = [], amount, days
    for i, (share, fraction, basis) in enumerate(parts):
        last = i == len(parts) - 1
        money = money_left if last else (amount * fraction).quantize(CENT, rounding=ROUND_DOWN)
        money_left -= money
        part_days = None
        if days is not None:
            part_days = days_left if last else (days * fraction).quantize(TENTH, rounding=ROUND_DOWN)
            days_left -= part_days
        out.append({"funder": share.funder_id, "name": share.funder.name,
                    "fraction_percent": str((fraction * 100).quantize(CENT)), "amount_eur": str(money),
                    "days": None if part_days is None else str(part_days), "basis": basis, "note": note})
    return out, note


def _award_for(app: Application, decision: Decision):
    from relocalisation.activities.models import CriticalSector, SizeCategory
    from relocalisation.awards.models import Award, Origin
    from relocalisation.awards.services import save_award

    sector = None
    if app.naf_id:
        sector = next((s for s in CriticalSector.objects.order_by("slug") if s.covers(app.naf_id)), None)
    size = SizeCategory.objects.filter(code=size_category_for(app.headcount)).first() if app.headcount is not None else None
    split, _note = funding_split(app.call, decision.amount_eur, decision.days)
    award = Award(programme_id=app.call.programme_id, call_id=app.call_id, wave_id=app.wave_id,
                  organisation_id=app.organisation_id, project_name=app.title[:250], description=app.description,
                  commune_id=app.commune_id, naf_id=app.naf_id, sector=sector, size_category=size,
                  investment_eur=app.investment_eur, aid_eur=decision.amount_eur, advisory_days=decision.days,
                  funding_split=split,
                  jobs_created=app.jobs_created, jobs_kept=app.jobs_kept, decided_on=timezone.localdate(),
                  origin=Origin.APPLICATION, source=f"Dossier {app.reference}", external_key=f"application:{app.pk}")
    return save_award(award)


@transaction.atomic
def record_decision(user, app: Application, *, outcome: str, amount=None, days=None, motivation: str = "",
                    session: CommitteeSession | None = None) -> Decision:
    """The committee's decision. Accepting beyond the remaining envelope is refused: the call row
    is locked (SELECT … FOR UPDATE) before the sum of decisions is read."""
    actor = actor_for(user)
    if not actor.can_view(app):
        raise ApplicationError("Dossier introuvable.", 404)
    if not actor.can_decide(app):
        raise ApplicationError("Seuls le comité, le gestionnaire du dispositif et l'administrateur décident.", 403)
    if outcome not in Decision.Outcome.values:
        raise ApplicationError("Décision inconnue (accepte ou refuse).", 422)
    amount = parse_amount(amount if amount not in (None, "") else (app.aid_requested_eur or 0))
    days_value = None
    if days not in (None, ""):
        days_value = parse_amount(days, field="nombre de jours").quantize(TENTH)
        if days_value > 1000:
            raise ApplicationError("Nombre de jours invraisemblable.", 422)
    if outcome == Decision.Outcome.ACCEPTED and amount <= 0:
        raise ApplicationError("Le montant attribué doit être positif.", 422)
    if outcome == Decision.Outcome.REFUSED:
        amount, days_value = Decimal(0), None
        if not (motivation or "").strip():
            raise ApplicationError("Une motivation est obligatoire pour un refus.", 422)
    # Serialise decisions of the same call (the envelope's scope is the wave or the call).
    Call.objects.select_for_update().filter(pk=app.call_id).first()
    app = Application.objects.select_related("call", "wave", "wave__call").get(pk=app.pk)
    if app.state != State.EN_INSTRUCTION:
        raise ApplicationError(f"Décision impossible : le dossier est « {app.get_state_display()} ».", 409)
    if Decision.objects.filter(application=app).exists():
        raise ApplicationError("Ce dossier a déjà une décision.", 409)
    if outcome == Decision.Outcome.ACCEPTED:
        envelope = envelope_for(app.wave)
        if envelope.remaining is not None and amount > envelope.remaining:
            raise ApplicationError(
                f"Montant refusé : il dépasse le reste à attribuer de l'enveloppe ({envelope.remaining:,.2f} €)."
                .replace(",", "\u202f").replace(".", ","), 409)
    decision = Decision.objects.create(application=app, wave=app.wave, session=session, outcome=outcome,
                                       amount_eur=amount, days=days_value, motivation=(motivation or "")[:5000],
                                       decided_by=user)
    transition(user, app, "accepter" if outcome == Decision.Outcome.ACCEPTED else "refuser", motivation,
               from_decision=True)
    if outcome == Decision.Outcome.ACCEPTED:
        decision.award = _award_for(app, decision)
        decision.save(update_fields=["award"])
    return decision


@transaction.atomic
def notify_decision(user, decision: Decision) -> Decision:
    """Send the decision letter (PDF) to the applicant; the decision leaves the « à notifier » queue."""
    from django.conf import settings
    from django.core.mail import EmailMessage

    from relocalisation.applications.tasks import recipients
    from relocalisation.review.letters import decision_letter_pdf

    decision = Decision.objects.select_for_update().select_related("application", "application__call").get(pk=decision.pk)
    actor = actor_for(user)
    if not actor.can_decide(decision.application):
        raise ApplicationError("Seuls le comité, le gestionnaire et l'administrateur notifient.", 403)
    if decision.notified_at:
        raise ApplicationError("Décision déjà notifiée.", 409)
    pdf = decision_letter_pdf(decision)
    app = decision.application
    to = recipients(str(app.pk), "applicant")
    if to:
        mail = EmailMessage(f"Dossier {app.reference} : décision", "Veuillez trouver ci-joint la lettre de décision "
                            f"relative à votre dossier « {app.title} ».", settings.DEFAULT_FROM_EMAIL, to)
        mail.attach(f"decision-{app.reference}.pdf", pdf, "application/pdf")
        transaction.on_commit(mail.send)
    decision.notified_at = timezone.now()
    decision.notified_by = user
    decision.save(update_fields=["notified_at", "notified_by"])
    return decision

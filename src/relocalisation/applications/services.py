"""Writes on dossiers. Every state change goes through ``transition``: it checks who may do it and
from which state, locks the row, and appends to the history. Form edits use optimistic locking."""
from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from relocalisation.applications.models import Application, Attachment, Message, State, StatusChange
from relocalisation.applications.permissions import actor_for
from relocalisation.applications.selectors import submission_problems
from relocalisation.applications.validation import check_upload


PARIS = ZoneInfo("Europe/Paris")


class ApplicationError(Exception):
    """A refused write, with a French message and the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


class ConcurrentUpdate(ApplicationError):
    def __init__(self):
        super().__init__("Le dossier a été modifié entre-temps par quelqu'un d'autre : rechargez la page, "
                         "vos changements n'ont pas été enregistrés.", status=409)


@dataclass(frozen=True)
class Transition:
    sources: frozenset
    target: str
    label: str
    needs_motivation: bool = False


TRANSITIONS: dict[str, Transition] = {
    "deposer": Transition(frozenset({State.BROUILLON, State.EN_CONSTRUCTION}), State.EN_CONSTRUCTION, "Déposer le dossier"),
    "passer_en_instruction": Transition(frozenset({State.EN_CONSTRUCTION}), State.EN_INSTRUCTION, "Passer en instruction"),
    "repasser_en_construction": Transition(frozenset({State.EN_INSTRUCTION}), State.EN_CONSTRUCTION,
                                           "Repasser en construction (demander des corrections)", True),
    "accepter": Transition(frozenset({State.EN_INSTRUCTION}), State.ACCEPTE, "Accepter"),
    "refuser": Transition(frozenset({State.EN_INSTRUCTION}), State.REFUSE, "Refuser", True),
    "classer_sans_suite": Transition(frozenset({State.EN_CONSTRUCTION, State.EN_INSTRUCTION}), State.SANS_SUITE,
                                     "Classer sans suite", True),
    "retirer": Transition(frozenset({State.EN_CONSTRUCTION, State.EN_INSTRUCTION}), State.SANS_SUITE,
                          "Retirer ma candidature"),
}
ACTIONS = tuple(TRANSITIONS)
DECISION_ACTIONS = {"accepter", "refuser"}
MAX_MOTIVATION = 5000


def _label(user) -> str:
    if user is None:
        return "système"
    return (user.get_full_name() or user.get_username())[:200]


def deadline_passed(wave, now=None) -> bool:
    return (now or timezone.now()) > wave.deadline


def deadline_text(wave) -> str:
    return wave.deadline.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M")


@transaction.atomic
def create_draft(user, *, organisation, wave, title: str = "") -> Application:
    actor = actor_for(user)
    if organisation.pk not in actor.company_ids:
        raise ApplicationError("Vous ne pouvez déposer un dossier que pour votre entreprise.", 403)
    if not wave.call.applies_online:
        raise ApplicationError("Cet appel à projets n'accepte pas de dépôt en ligne.")
    if deadline_passed(wave):
        raise ApplicationError(f"La date limite de dépôt de cette vague est passée ({deadline_text(wave)}, heure de "
                               "Paris) : impossible de créer un dossier.")
    if wave.opens_at and timezone.now() < wave.opens_at:
        raise ApplicationError("Cette vague n'est pas encore ouverte.")
    app = Application.objects.create(call=wave.call, wave=wave, organisation=organisation, created_by=user,
                                     title=title[:250], headcount=organisation.headcount,
                                     naf_id=organisation.naf_id, commune_id=organisation.commune_id)
    StatusChange.objects.create(application=app, action="creer", from_state="", to_state=State.BROUILLON,
                                actor=user, actor_label=_label(user))
    return app


FORM_FIELDS = ("title", "description", "project_type", "phase", "commune", "naf", "sectors", "headcount",
               "investment_eur", "aid_requested_eur", "jobs_created", "jobs_kept", "starts_on", "ends_on",
               "cofunders")


@transaction.atomic
def update_form(user, app: Application, data: dict, *, expected_version: int) -> Application:
    """Save the applicant's form (autosave included). Refused unless the dossier is editable and
    nobody saved it since ``expected_version`` was read."""
    actor = actor_for(user)
    if not actor.can_edit_form(app):
        raise ApplicationError("Ce dossier n'est pas modifiable dans son état actuel.", 403)
    values = {}
    for name in FORM_FIELDS:
        if name in data:
            field = Application._meta.get_field(name)
            values[field.attname] = getattr(data[name], "pk", data[name]) if field.is_relation else data[name]
    updated = Application.objects.filter(pk=app.pk, version=expected_version).update(
        version=F("version") + 1, updated_at=timezone.now(), **values)
    if not updated:
        raise ConcurrentUpdate()
    app.refresh_from_db()
    return app


@transaction.atomic
def transition(user, app: Application, action: str, motivation: str = "", *, expected_version: int | None = None,
               from_decision: bool = False) -> Application:
    """Apply a démarches-simplifiées action. ``accepter``/``refuser`` only come from a committee
    decision (``review.services``), which checks the envelope first."""
    spec = TRANSITIONS.get(action)
    if spec is None:
        raise ApplicationError(f"Action inconnue : « {str(action)[:40]} » (admises : {', '.join(ACTIONS)}).", 422)
    motivation = (motivation or "").strip()
    if len(motivation) > MAX_MOTIVATION:
        raise ApplicationError(f"Motivation trop longue ({MAX_MOTIVATION} caractères au plus).", 422)
    # Lock the row: two staff members acting at once are serialised; the second sees the new state.
    locked = Application.objects.select_for_update().select_related("call", "wave").get(pk=app.pk)
    actor = actor_for(user)
    if not actor.can_view(locked):
        raise ApplicationError("Dossier introuvable.", 404)
    if not actor.can_transition(locked, action):
        raise ApplicationError("Vous n'avez pas le droit d'effectuer cette action sur ce dossier.", 403)
    if action in DECISION_ACTIONS and not from_decision:
        raise ApplicationError("Une décision s'enregistre en comité (contrôle de l'enveloppe).", 400)
    if expected_version is not None and locked.version != expected_version:
        raise ConcurrentUpdate()
    if locked.state not in spec.sources:
        raise ApplicationError(f"Action « {action} » impossible : le dossier est « {locked.get_state_display()} ».", 409)
    if spec.needs_motivation and not motivation:
        raise ApplicationError("Une motivation est obligatoire pour cette action.", 422)
    now = timezone.now()
    if action == "deposer":
        if locked.state == State.EN_CONSTRUCTION and not locked.corrections_open:
            raise ApplicationError("Le dossier est déjà déposé.", 409)
        if locked.state == State.BROUILLON and deadline_passed(locked.wave, now):
            raise ApplicationError(f"Dépôt refusé : la date limite de la vague était le {deadline_text(locked.wave)} "
                                   "(heure de Paris).", 400)
        problems = submission_problems(locked)
        if problems:
            raise ApplicationError("Dépôt impossible : " + " ; ".join(problems), 422)
        if locked.state == State.BROUILLON:
            locked.submitted_at = now
        locked.corrections_open = False
    elif action == "repasser_en_construction":
        locked.corrections_open = True
    elif spec.target in (State.ACCEPTE, State.REFUSE, State.SANS_SUITE):
        locked.decided_at = now
        locked.corrections_open = False
    from_state = locked.state
    locked.state = spec.target
    locked.version += 1
    locked.save()
    StatusChange.objects.create(application=locked, action=action, from_state=from_state, to_state=spec.target,
                                actor=user, actor_label=_label(user), motivation=motivation)
    _notify_transition(locked, action, motivation)
    app.__dict__.update({k: v for k, v in locked.__dict__.items() if not k.startswith("_")})
    return locked


def _notify_transition(app: Application, action: str, motivation: str) -> None:
    from relocalisation.applications.tasks import notify

    if action in ("repasser_en_construction", "classer_sans_suite", "passer_en_instruction"):
        subject = f"Dossier {app.reference} : {TRANSITIONS[action].label.lower()}"
        body = (f"Votre dossier « {app.title} » est désormais « {app.get_state_display()} ».\n"
                + (f"\nMotif : {motivation}\n" if motivation else "")
                + f"\nConsultez-le : {settings.SITE_URL}/dossiers/{app.pk}/")
        transaction.on_commit(lambda: notify.enqueue(str(app.pk), "applicant", subject, body))
    elif action == "deposer":
        subject = f"Dossier {app.reference} déposé"
        body = f"Le dossier « {app.title} » a été déposé : {settings.SITE_URL}/instruction/dossiers/{app.pk}/"
        transaction.on_commit(lambda: notify.enqueue(str(app.pk), "staff", subject, body))


@transaction.atomic
def post_message(user, app: Application, body: str) -> Message:
    actor = actor_for(user)
    if not actor.can_message(app):
        raise ApplicationError("Vous ne pouvez pas écrire sur ce dossier.", 403)
    body = (body or "").strip()
    if not body:
        raise ApplicationError("Le message est vide.", 422)
    if len(body) > 10_000:
        raise ApplicationError("Message trop long (10 000 caractères au plus).", 422)
    from_applicant = actor.owns(app)
    message = Message.objects.create(application=app, author=user, author_label=_label(user),
                                     from_applicant=from_applicant, body=body)
    from relocalisation.applications.tasks import notify

    if from_applicant:
        link = f"{settings.SITE_URL}/instruction/dossiers/{app.pk}/"
        transaction.on_commit(lambda: notify.enqueue(str(app.pk), "staff", f"Dossier {app.reference} : nouveau message",
                                                     f"{body[:500]}\n\n{link}"))
    else:
        link = f"{settings.SITE_URL}/dossiers/{app.pk}/"
        transaction.on_commit(lambda: notify.enqueue(str(app.pk), "applicant",
                                                     f"Dossier {app.reference} : nouveau message de l'instructeur",
                                                     f"{body[:500]}\n\n{link}"))
    return message


@transaction.atomic
def add_attachment(user, app: Application, upload, kind: str) -> Attachment:
    actor = actor_for(user)
    if not actor.can_edit_form(app):
        raise ApplicationError("Les pièces ne peuvent être ajoutées que sur un dossier modifiable.", 403)
    if kind not in Attachment.Kind.values:
        raise ApplicationError("Type de pièce inconnu.", 422)
    ext, content_type = check_upload(upload)
    attachment = Attachment(application=app, kind=kind, original_name=upload.name[-200:], extension=ext,
                            content_type=content_type, size=upload.size, uploaded_by=user)
    attachment.file.save("x", upload, save=False)
    attachment.save()
    return attachment


@transaction.atomic
def delete_attachment(user, attachment: Attachment) -> None:
    if not actor_for(user).can_edit_form(attachment.application):
        raise ApplicationError("Cette pièce ne peut plus être supprimée.", 403)
    attachment.file.delete(save=False)
    attachment.delete()


@transaction.atomic
def assign(user, apps, instructor) -> int:
    """Bulk action: set the referent instructor of dossiers the caller manages or instructs."""
    actor = actor_for(user)
    target = actor_for(instructor)
    count = 0
    for app in apps:
        if not (actor.is_admin or actor.manages(app) or actor.instructs(app)):
            raise ApplicationError("Vous ne pouvez pas attribuer ce dossier.", 403)
        if not (target.instructs(app) or target.manages(app) or target.is_admin):
            raise ApplicationError(f"{_label(instructor)} n'instruit pas l'appel du dossier {app.reference}.", 422)
        Application.objects.filter(pk=app.pk).update(assigned_to=instructor, version=F("version") + 1)
        count += 1
    return count

"""Dossiers API: read what the caller may see, apply démarches-simplifiées actions. The history
has no write route. A dossier the caller may not see answers 404, like an unknown one."""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Literal

from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate

from relocalisation.applications.models import Application, State
from relocalisation.applications.permissions import visible_applications
from relocalisation.applications.services import ACTIONS, DECISION_ACTIONS, ApplicationError, transition
from relocalisation.organisations.auth import API_AUTH
from relocalisation.organisations.roles import second_factor_missing

router = Router(tags=["Dossiers de candidature"], auth=API_AUTH)
PREFIX = "/applications"

Action = Literal["passer_en_instruction", "repasser_en_construction", "accepter", "refuser", "classer_sans_suite",
                 "retirer"]


class ApplicationOut(Schema):
    id: uuid.UUID
    reference: str
    state: str
    state_label: str
    corrections_open: bool
    version: int
    programme: str
    call: str
    wave: int
    organisation: str
    siren: str | None
    title: str
    project_type: str
    phase: str
    commune: str | None
    naf: str | None
    headcount: int | None
    investment_eur: Decimal | None
    aid_requested_eur: Decimal | None
    jobs_created: int | None
    jobs_kept: int | None
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None
    updated_at: dt.datetime

    # Resolvers: the list hands a queryset to the paginator, which slices it before serialising.
    @staticmethod
    def resolve_state_label(app):
        return app.get_state_display()

    @staticmethod
    def resolve_programme(app):
        return app.call.programme.slug

    @staticmethod
    def resolve_call(app):
        return app.call.slug

    @staticmethod
    def resolve_wave(app):
        return app.wave.number

    @staticmethod
    def resolve_organisation(app):
        return app.organisation.name

    @staticmethod
    def resolve_siren(app):
        return app.organisation.siren

    @staticmethod
    def resolve_commune(app):
        return app.commune_id

    @staticmethod
    def resolve_naf(app):
        return app.naf_id


class HistoryOut(Schema):
    action: str
    from_state: str
    to_state: str
    actor: str
    motivation: str
    at: dt.datetime


class TransitionIn(Schema):
    action: Action
    motivation: str = Field("", max_length=5000)
    version: int | None = Field(None, ge=1, le=2_147_483_647,
                                description="Version lue ; refusée (409) si le dossier a changé depuis.")
    amount_eur: Decimal | None = Field(None, gt=0, le=Decimal("1000000000000"), max_digits=15, decimal_places=2,
                                       description="Pour « accepter » seulement : montant attribué en euros "
                                                   "(par défaut, l'aide demandée). Contrôlé contre l'enveloppe.")


class ErrorOut(Schema):
    detail: str


def _guard(request) -> None:
    if second_factor_missing(request):
        raise HttpError(403, "Double authentification requise : validez votre code sur /compte/double-authentification/.")


def _get(request, application_id: uuid.UUID) -> Application:
    app = (visible_applications(request.user).select_related("call__programme", "wave", "organisation")
           .filter(pk=application_id).first())
    if app is None:
        raise Http404("Dossier introuvable.")
    return app


@router.get("", response=list[ApplicationOut], summary="Les dossiers que l'appelant peut voir")
@paginate(LimitOffsetPagination)
def list_applications(request, state: State | None = None, call: str | None = Query(None, max_length=120)):
    _guard(request)
    qs = visible_applications(request.user).select_related("call__programme", "wave", "organisation")
    if state:
        qs = qs.filter(state=state)
    if call:
        qs = qs.filter(call__slug=call)
    return qs.order_by("-created_at", "id")


@router.get("/{application_id}", response={200: ApplicationOut, 404: ErrorOut}, summary="Un dossier")
def get_application(request, application_id: uuid.UUID):
    _guard(request)
    return _get(request, application_id)


@router.get("/{application_id}/history", response={200: list[HistoryOut], 404: ErrorOut},
            summary="Historique des états (lecture seule)")
def get_history(request, application_id: uuid.UUID):
    _guard(request)
    app = _get(request, application_id)
    return [{"action": h.action, "from_state": h.from_state, "to_state": h.to_state, "actor": h.actor_label,
             "motivation": h.motivation, "at": h.at} for h in app.history.all()]


@router.post("/{application_id}/transitions",
             response={200: ApplicationOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut,
                       422: ErrorOut},
             summary="Appliquer une action (vocabulaire démarches-simplifiées)")
def post_transition(request, application_id: uuid.UUID, payload: TransitionIn):
    _guard(request)
    app = _get(request, application_id)
    try:
        if payload.action in DECISION_ACTIONS:
            from relocalisation.review.services import record_decision

            if payload.version is not None and payload.version != app.version:
                return 409, {"detail": "Le dossier a été modifié entre-temps : relisez-le."}
            if payload.amount_eur is not None and payload.action != "accepter":
                return 422, {"detail": "Un montant ne se donne qu'avec l'action « accepter »."}
            record_decision(request.user, app, outcome="accepte" if payload.action == "accepter" else "refuse",
                            amount=payload.amount_eur, motivation=payload.motivation)
        else:
            if payload.amount_eur is not None:
                return 422, {"detail": "Un montant ne se donne qu'avec l'action « accepter »."}
            transition(request.user, app, payload.action, payload.motivation, expected_version=payload.version)
    except ApplicationError as exc:
        status = exc.status if exc.status in (400, 403, 404, 409, 422) else 400
        return status, {"detail": exc.message}
    return 200, _get(request, application_id)


assert set(Action.__args__) <= set(ACTIONS)

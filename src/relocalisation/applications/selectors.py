"""Reads on dossiers: eligibility of a draft, what blocks its submission, filtered lists."""
from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q

from relocalisation.applications.models import Application, State
from relocalisation.programmes.eligibility import NOT_ELIGIBLE
from relocalisation.programmes.selectors import (
    EligibilityContext, ProfileError, build_profile, evaluate_call, sector_index, territory_names,
)

REQUIRED = {
    "title": "l'intitulé du projet", "description": "la description du projet", "project_type": "le type de projet",
    "phase": "la phase du projet", "commune_id": "la commune du site", "naf_id": "le code NAF",
    "headcount": "l'effectif", "aid_requested_eur": "l'aide demandée",
}


def missing_fields(app: Application) -> list[str]:
    return [label for attname, label in REQUIRED.items() if getattr(app, attname) in (None, "")]


def eligibility_for(app: Application):
    """The eligibility engine's answer for the draft's call (same engine as /eligibilite/)."""
    try:
        profile = build_profile(headcount=app.headcount, naf=app.naf_id, commune=app.commune_id,
                                project_type=app.project_type or None, phase=app.phase or None)
    except ProfileError as exc:
        return None, exc.errors
    ctx = EligibilityContext(calls=[app.call], sectors=sector_index(), names=territory_names())
    return evaluate_call(app.call, profile, ctx), {}


def submission_problems(app: Application) -> list[str]:
    problems = []
    missing = missing_fields(app)
    if missing:
        problems.append("renseignez " + ", ".join(missing))
    outcome, errors = eligibility_for(app)
    if errors:
        problems.extend(errors.values())
    elif outcome is not None and outcome.status == NOT_ELIGIBLE:
        blocking = [r.message for r in outcome.reasons if r.ok is False and r.blocking]
        problems.append("le projet n'est pas éligible à cet appel (" + " ; ".join(blocking) + ")")
    if app.starts_on and app.ends_on and app.ends_on < app.starts_on:
        problems.append("la fin du projet précède son début")
    return problems


SORTS = {"depot": "submitted_at", "-depot": "-submitted_at", "titre": "title", "-titre": "-title",
         "aide": "aid_requested_eur", "-aide": "-aid_requested_eur", "etat": "state", "-etat": "-state"}


def filter_applications(qs, *, call=None, state=None, q=None, sort=None):
    if call:
        qs = qs.filter(call_id=call)
    if state and state in State.values:
        qs = qs.filter(state=state)
    if q:
        q = q.strip()[:100]
        # Companies matched on their own (small) table: no join of the dossier table for a search.
        from relocalisation.core.text import normalize
        from relocalisation.organisations.models import Organisation

        companies = Organisation.objects.filter(name_normalized__contains=normalize(q)).values("pk")
        qs = qs.filter(Q(title__icontains=q) | Q(reference__iexact=q) | Q(organisation_id__in=companies))
    order = SORTS.get(sort or "-depot", "-submitted_at")
    return qs.order_by(order, "id")


def paginate(qs, page, per_page=25, related=()):
    """Two steps: sort and cut the page on the dossier table alone (ids only, no joins), then load
    the 25 dossiers with their relations. With 100 000 dossiers the joins before the sort cost
    more than everything else."""
    paginator = Paginator(qs.values_list("pk", flat=True), per_page)
    current = paginator.get_page(page)
    ids = list(current.object_list)
    rows = Application.objects.filter(pk__in=ids).select_related(*related)
    by_id = {row.pk: row for row in rows}
    current.object_list = [by_id[i] for i in ids if i in by_id]
    return current

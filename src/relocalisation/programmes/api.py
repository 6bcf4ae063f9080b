"""API of the catalogue: programmes, calls and eligibility (thin handlers over selectors)."""

import datetime as dt
from typing import Literal

from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from relocalisation.core.api_utils import Euros, Pagination, check_query
from relocalisation.programmes.models import Call, Programme
from relocalisation.programmes.selectors import (
    CatalogueFilters, ProfileError, build_profile, catalogue, decorate, evaluate_profile, resolve_commune,
)

router = Router(tags=["Catalogue"])
PREFIX = ""


class ProgrammeRef(Schema):
    id: int
    slug: str
    name: str


class FundingShareOut(Schema):
    funder: str
    share_percent: Euros = None
    joint_share_percent: Euros = None
    amount_eur: Euros = None
    role: str


class WaveOut(Schema):
    number: int
    label: str
    opens_at: dt.datetime | None
    deadline: dt.datetime
    committee_on: dt.date | None
    envelope_eur: Euros = None
    open: bool


class RuleOut(Schema):
    kind: str
    label: str
    description: str
    params: dict
    blocking: bool
    source_quote: str


class CallOut(Schema):
    id: int
    slug: str
    title: str
    kind: str
    programme: ProgrammeRef
    description: str
    envelope_eur: Euros = None
    opens_on: dt.date | None
    closes_on: dt.date | None
    duration_months: int | None
    support_kinds: list[str]
    advisory_days_min: int | None
    advisory_days_max: int | None
    engineering_days: int | None
    public_share_percent: Euros = None
    beneficiaries_min: int | None
    beneficiaries_max: int | None
    open: bool
    waves: list[WaveOut]
    rules: list[RuleOut]
    source: str


class ProgrammeOut(Schema):
    id: int
    slug: str
    name: str
    short_name: str
    level: str
    parent_plan: str
    operator: str | None
    regions: list[str] = Field(description="Codes INSEE des régions couvertes (vide = national)")
    support_kinds: list[str]
    summary: str
    envelope_eur: Euros = None
    envelope_per_territory_eur: Euros = None
    investment_target_eur: Euros = None
    jobs_target: int | None
    duration_months: int | None
    territories_target: int | None
    club_size_target: int | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    open: bool
    source: str
    url: str


class ProgrammeDetailOut(ProgrammeOut):
    description: str
    funding_shares: list[FundingShareOut]
    calls: list[CallOut]
    awards_count: int


def _wave(w) -> dict:
    # Deadlines are given in Paris time, as the calls state them.
    opens_at = timezone.localtime(w.opens_at) if w.opens_at else None
    return {"number": w.number, "label": str(w), "opens_at": opens_at, "deadline": timezone.localtime(w.deadline),
            "committee_on": w.committee_on, "envelope_eur": w.envelope_eur, "open": w.is_open()}


def _call(c: Call) -> dict:
    return {
        "id": c.id, "slug": c.slug, "title": c.title, "kind": c.kind,
        "programme": {"id": c.programme.id, "slug": c.programme.slug, "name": c.programme.name},
        "description": c.description, "envelope_eur": c.envelope_eur, "opens_on": c.opens_on, "closes_on": c.closes_on,
        "duration_months": c.duration_months, "support_kinds": c.support_kinds,
        "advisory_days_min": c.advisory_days_min, "advisory_days_max": c.advisory_days_max,
        "engineering_days": c.engineering_days, "public_share_percent": c.public_share_percent,
        "beneficiaries_min": c.beneficiaries_min, "beneficiaries_max": c.beneficiaries_max, "open": c.is_open(),
        "waves": [_wave(w) for w in c.waves.all()],
        "rules": [{"kind": r.kind, "label": r.label, "description": r.plain_french, "params": r.params,
                   "blocking": r.blocking, "source_quote": r.source_quote} for r in c.rules.all()],
        "source": c.source,
    }


def _programme(p: Programme) -> dict:
    open_calls = getattr(p, "open_calls", None)
    return {
        "id": p.id, "slug": p.slug, "name": p.name, "short_name": p.short_name, "level": p.level,
        "parent_plan": p.parent_plan, "operator": p.operator.name if p.operator else None,
        "regions": [r.code for r in p.regions.all()], "support_kinds": p.support_kinds, "summary": p.summary,
        "envelope_eur": p.envelope_eur, "envelope_per_territory_eur": p.envelope_per_territory_eur,
        "investment_target_eur": p.investment_target_eur, "jobs_target": p.jobs_target,
        "duration_months": p.duration_months, "territories_target": p.territories_target,
        "club_size_target": p.club_size_target, "starts_on": p.starts_on, "ends_on": p.ends_on,
        "open": bool(open_calls) if open_calls is not None else any(c.is_open() for c in p.calls.all()),
        "source": p.source, "url": f"/dispositifs/{p.slug}/",
    }


class CatalogueQuery(Schema):
    q: str | None = Field(None, max_length=200, description="Recherche plein texte (sans accents ni casse)")
    commune: str | None = Field(None, max_length=80, description="Code INSEE ou nom de commune : dispositifs nationaux, de sa région, de son département")
    sector: str | None = Field(None, max_length=40, description="Secteur critique (slug : sante, agroalimentaire, electronique, intrants-essentiels, 5g)")
    size: Literal["TPE", "PME", "PMI", "ETI", "GE"] | None = None
    support: Literal["subsidy", "advisory_days", "engineering_days", "loan_equity", "network"] | None = None
    open: bool = False
    sort: Literal["nom", "enveloppe", "recent", "cloture"] = "nom"


class ProgrammePagination(Pagination):
    """Serialises only the requested page (the open/closed status needs each programme's calls)."""

    def paginate_queryset(self, queryset, pagination, **params):
        result = super().paginate_queryset(queryset, pagination, **params)
        result["items"] = [_programme(p) for p in decorate(result["items"])]
        return result


@router.get("/programmes", response=list[ProgrammeOut], summary="Dispositifs (filtrables comme le catalogue)")
@paginate(ProgrammePagination)
def list_programmes(request, filters: Query[CatalogueQuery]):
    check_query(filters.q)
    commune = None
    if filters.commune:
        commune, error = resolve_commune(filters.commune)
        if error:
            raise HttpError(422, error)
    rows = catalogue(CatalogueFilters(q=filters.q or "", commune=commune, sector=filters.sector or "",
                                      size=filters.size or "", support=filters.support or "",
                                      open_only=filters.open, sort=filters.sort))
    return rows


@router.get("/programmes/{ref}", response=ProgrammeDetailOut, summary="Un dispositif (par identifiant ou slug)")
def get_programme(request, ref: str):
    qs = Programme.objects.filter(is_published=True).select_related("operator").prefetch_related(
        "regions", "funding_shares__funder", "calls__waves", "calls__rules", "calls__programme")
    p = get_object_or_404(qs, id=int(ref)) if ref.isdigit() else get_object_or_404(qs, slug=ref[:120])
    data = _programme(p)
    data.update({
        "description": p.description,
        "funding_shares": [{"funder": s.funder.name, "share_percent": s.share_percent,
                            "joint_share_percent": s.joint_share_percent, "amount_eur": s.amount_eur, "role": s.role}
                           for s in p.funding_shares.all()],
        "calls": [_call(c) for c in p.calls.all()],
        "awards_count": p.awards.count(),
    })
    return data


class CallQuery(Schema):
    programme: str | None = Field(None, max_length=120, description="Slug du dispositif")
    open: bool | None = None
    q: str | None = Field(None, max_length=200)


@router.get("/calls", response=list[CallOut], summary="Appels à projets")
@paginate(Pagination)
def list_calls(request, filters: Query[CallQuery]):
    from relocalisation.core.text import search_terms

    qs = Call.objects.filter(programme__is_published=True).select_related("programme").prefetch_related(
        "waves", "rules").order_by("programme__name", "title")
    if filters.programme:
        qs = qs.filter(programme__slug=filters.programme)
    for term in search_terms(filters.q):
        qs = qs.filter(search_text__contains=term)
    calls = list(qs)
    if filters.open is not None:
        calls = [c for c in calls if c.is_open() == filters.open]
    return [_call(c) for c in calls]


@router.get("/calls/{call_id}", response=CallOut, summary="Un appel à projets")
def get_call(request, call_id: int):
    call = get_object_or_404(Call.objects.select_related("programme").prefetch_related("waves", "rules"),
                             id=call_id, programme__is_published=True)
    return _call(call)


class ReasonOut(Schema):
    rule: str
    ok: bool | None
    message: str
    blocking: bool


class CallSummary(Schema):
    id: int
    title: str
    programme: ProgrammeRef


class EligibilityItem(Schema):
    call: CallSummary
    status: Literal["eligible", "not_eligible", "to_check"]
    reasons: list[ReasonOut]
    open: bool


class EligibilityOut(Schema):
    items: list[EligibilityItem]
    count: int


class EligibilityQuery(Schema):
    siret: str | None = Field(None, max_length=20, description="SIRET d'un établissement connu de la plateforme")
    headcount: int | None = Field(None, description="Effectif salarié")
    naf: str | None = Field(None, max_length=10, description="Code NAF rév. 2, ex. 21.10Z")
    commune: str | None = Field(None, max_length=80, description="Code INSEE de la commune du projet (ou nom)")
    project_type: Literal["reshoring", "supply_reshoring", "diversification"] | None = None
    phase: Literal["study", "launch", "development"] | None = None
    open: bool = Field(False, description="true : appels ouverts uniquement")


@router.get("/eligibility", response=EligibilityOut, summary="Éligibilité d'un profil d'entreprise à chaque appel",
            description="Pour chaque appel : éligible / non éligible / à vérifier, avec une raison par règle. "
                        "Les appels ouverts d'abord ; `open=true` pour ne garder qu'eux.")
def eligibility(request, query: Query[EligibilityQuery]):
    commune_code = None
    if query.commune:
        commune, error = resolve_commune(query.commune)
        if error:
            raise HttpError(422, error)
        commune_code = commune.code
    try:
        profile = build_profile(siret=query.siret, headcount=query.headcount, naf=query.naf, commune=commune_code,
                                project_type=query.project_type, phase=query.phase)
    except ProfileError as exc:
        raise HttpError(exc.status if exc.status != 400 else 422, " ".join(exc.errors.values()))
    results = evaluate_profile(profile, open_only=query.open)
    items = [{
        "call": {"id": r.call.id, "title": r.call.title,
                 "programme": {"id": r.call.programme.id, "slug": r.call.programme.slug, "name": r.call.programme.name}},
        "status": r.status,
        "reasons": [{"rule": o.rule, "ok": o.ok, "message": o.message, "blocking": o.blocking} for o in r.reasons],
        "open": r.open,
    } for r in results]
    return {"items": items, "count": len(items)}


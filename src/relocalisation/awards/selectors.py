"""Reads of awards: the one filter used by the laureate pages, the API, the observatory and exports."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from relocalisation.awards.models import Award
from relocalisation.core.text import search_terms

FILTER_NAMES = ("programme", "call", "wave", "region", "department", "commune", "sector", "territory",
                "date_from", "date_to", "origin", "q")


def awards_in_order(ids: list, related: tuple[str, ...]) -> list[Award]:
    """The awards of ``ids`` (one page, chosen by an id-only query) with their relations, in that order."""
    found = Award.objects.select_related(*related).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def filter_awards(params: dict, qs: QuerySet[Award] | None = None) -> QuerySet[Award]:
    """Filter awards by the public filter names (programme slug; INSEE codes for places; sector slug;
    ISO dates). Unknown or empty values are ignored; callers validate formats before (see api)."""
    qs = Award.objects.all() if qs is None else qs
    get = lambda name: (params.get(name) or None)  # noqa: E731
    if get("programme"):
        qs = qs.filter(programme__slug=get("programme"))
    if get("call"):
        qs = qs.filter(call__slug=get("call"))
    if get("wave"):
        qs = qs.filter(wave_id=get("wave"))
    if get("region"):
        qs = qs.filter(region_id=get("region"))
    if get("department"):
        qs = qs.filter(department_id=get("department"))
    if get("commune"):
        qs = qs.filter(commune_id=get("commune"))
    if get("sector"):
        qs = qs.filter(sector_id=get("sector"))
    if get("territory"):  # a Territoire d'industrie slug: its communes and its EPCI's communes
        # A pk subquery rather than .distinct(): GROUP BY aggregates over the result stay exact.
        qs = qs.filter(pk__in=Award.objects.filter(Q(commune__industrial_territories=get("territory"))
                                                   | Q(commune__epcis__industrial_territories=get("territory")))
                       .values("pk"))
    if get("origin"):
        qs = qs.filter(origin=get("origin"))
    date_from, date_to = get("date_from"), get("date_to")
    if date_from:
        qs = qs.filter(decided_on__gte=date_from if isinstance(date_from, dt.date) else dt.date.fromisoformat(date_from))
    if date_to:
        qs = qs.filter(decided_on__lte=date_to if isinstance(date_to, dt.date) else dt.date.fromisoformat(date_to))
    for term in search_terms(get("q")):
        qs = _search(qs, term)
    return qs


SEARCH_LIST_LIMIT = 500


def _search(qs: QuerySet[Award], term: str) -> QuerySet[Award]:
    """Awards whose organisation or project name contains ``term``. A rare term (a company name) is
    looked up first through the trigram indexes (PostgreSQL, migration awards 0003) and becomes two
    short id lists, which the planner turns into index look-ups (7 s → a few ms on 1 M awards); a
    term found everywhere (« industrie ») is a plain scan with the condition, which is then cheaper."""
    from relocalisation.organisations.models import Organisation

    organisations = list(Organisation.objects.filter(name_normalized__contains=term)
                         .order_by().values_list("id", flat=True)[:SEARCH_LIST_LIMIT + 1])
    projects = []
    if len(organisations) <= SEARCH_LIST_LIMIT:
        projects = list(Award.objects.filter(project_name__icontains=term)
                        .order_by().values_list("pk", flat=True)[:SEARCH_LIST_LIMIT + 1])
    if len(organisations) <= SEARCH_LIST_LIMIT and len(projects) <= SEARCH_LIST_LIMIT:
        return qs.filter(Q(organisation_id__in=organisations) | Q(pk__in=projects))
    return qs.filter(Q(organisation__name_normalized__contains=term) | Q(project_name__icontains=term))

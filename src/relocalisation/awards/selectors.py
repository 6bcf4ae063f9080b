"""Reads of awards: the one filter used by the laureate pages, the API, the observatory and exports."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from relocalisation.awards.models import Award
from relocalisation.core.text import search_terms

FILTER_NAMES = ("programme", "call", "wave", "region", "department", "commune", "sector", "territory",
                "date_from", "date_to", "origin", "q")


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
        qs = qs.filter(Q(organisation__name_normalized__contains=term) | Q(project_name__icontains=term))
    return qs

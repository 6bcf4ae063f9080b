"""Observatory API: the dashboard figures for any filter (/api/v1/stats) and announcements.
Filters use the same names as /api/v1/awards and the pages; answers are cached (see cache.py)."""
from __future__ import annotations

from decimal import Decimal

import datetime as dt

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from relocalisation.observatory import selectors
from relocalisation.observatory.forms import parse_filters

router = Router(tags=["Observatoire"])
PREFIX = "/"

GROUP_BY = ", ".join(selectors.PUBLIC_GROUPINGS)


def _number(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _figures(row: dict) -> dict:
    return {k: _number(row[k]) for k in ("awards", "investment_eur", "aid_eur", "jobs_created")}


class StatsFilters(Schema):
    """Documented here for the OpenAPI description; values are validated by the observatory's filter
    form (the same as the pages), which answers 422 with French messages."""

    programme: str | None = Field(None, max_length=120, description="Slug du dispositif")
    call: str | None = Field(None, max_length=120, description="Slug de l'appel à projets")
    wave: str | None = Field(None, max_length=12, description="Identifiant de la vague")
    region: str | None = Field(None, max_length=3, description="Code INSEE de région")
    department: str | None = Field(None, max_length=3, description="Code INSEE de département")
    commune: str | None = Field(None, max_length=5, description="Code INSEE de commune")
    sector: str | None = Field(None, max_length=40, description="Secteur critique (slug)")
    territory: str | None = Field(None, max_length=120, description="Territoire d'industrie (slug)")
    origin: str | None = Field(None, max_length=12, description="Origine du lauréat")
    date_from: dt.date | None = Field(None, description="Décision à partir du (AAAA-MM-JJ)")
    date_to: dt.date | None = Field(None, description="Décision jusqu'au (AAAA-MM-JJ)")
    q: str | None = Field(None, max_length=200, description="Recherche (entreprise, projet)")


def _invalid(request, errors: list[str]):
    from relocalisation.api import api

    return api.create_response(request, {"detail": "Paramètres invalides.", "erreurs": errors}, status=422)


@router.get("/stats", summary="Chiffres clés des lauréats, groupés par dimension",
            description="Totaux (lauréats, investissement, aide, emplois créés) pour les filtres donnés "
                        "(programme, call, wave, region, department, commune, sector, territory, date_from, "
                        f"date_to, origin, q), groupés par `group_by` parmi : {GROUP_BY}.")
def stats(request: HttpRequest, filters: Query[StatsFilters], group_by: str = "region"):
    if group_by not in selectors.PUBLIC_GROUPINGS:
        return _invalid(request, [f"group_by : valeur non admise (attendu : {GROUP_BY})."])
    params, errors, _ = parse_filters(request.GET)
    if errors:
        return _invalid(request, errors)
    data = selectors.stats(params, group_by)
    return {
        "totals": _figures(data["totals"]),
        "groups": [{"key": g["key"], "label": g["label"], **_figures(g)} for g in data["groups"]],
    }


@router.get("/announcements", summary="Texte d'annonce des lauréats pour une vague ou une période",
            description="Le texte qu'un opérateur publierait pour les lauréats filtrés (par `wave` ou "
                        "`date_from`/`date_to`), avec la liste groupée par `group_by` (sector ou region, "
                        "department).")
def announcements(request: HttpRequest, filters: Query[StatsFilters], group_by: str = "sector"):
    if group_by not in ("sector", "region", "department", "programme"):
        return _invalid(request, ["group_by : valeur non admise (attendu : sector, region, department, programme)."])
    params, errors, _ = parse_filters(request.GET)
    if errors:
        return _invalid(request, errors)
    data = selectors.announcement(params, group_by)
    figures = data["figures"]
    return {
        "text": data["text"],
        "figures": {**_figures(figures), "previous_awards": figures["previous"]},
        "group_by": group_by,
        "groups": [{"key": g["key"], "label": g["label"], **_figures(g)} for g in data["groups"]],
    }

"""Awards (lauréats) API: the same filters as the laureate pages and the observatory."""

import datetime as dt
import uuid

from django.db.models import F
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from relocalisation.awards.models import Award
from relocalisation.awards.selectors import awards_in_order, filter_awards
from relocalisation.core.api_utils import Euros, LazyRows, Pagination

router = Router(tags=["Lauréats"])
PREFIX = "/awards"


class AwardOut(Schema):
    id: uuid.UUID
    programme: str = Field(description="Slug du dispositif")
    call: str | None
    organisation: str
    siren: str | None
    project: str
    commune_insee: str | None
    commune_name: str | None
    department_code: str | None
    region_code: str | None
    sector: str | None
    naf: str | None
    size_category: str | None
    investment_eur: Euros = None
    aid_eur: Euros = None
    advisory_days: Euros = None
    engineering_days: Euros = None
    jobs_created: int | None
    jobs_kept: int | None
    decided_on: dt.date | None
    origin: str
    source: str
    is_synthetic: bool


class AwardQuery(Schema):
    programme: str | None = Field(None, max_length=120, description="Slug du dispositif")
    call: str | None = Field(None, max_length=120, description="Slug de l'appel")
    region: str | None = Field(None, max_length=3, description="Code INSEE de région")
    department: str | None = Field(None, max_length=3, description="Code INSEE de département")
    commune: str | None = Field(None, max_length=5, description="Code INSEE de commune")
    sector: str | None = Field(None, max_length=40, description="Secteur critique (slug)")
    territory: str | None = Field(None, max_length=120, description="Territoire d'industrie (slug)")
    origin: str | None = Field(None, max_length=12)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = Field(None, max_length=200)


def award_out(a: Award) -> dict:
    return {
        "id": a.id, "programme": a.programme.slug, "call": a.call.slug if a.call_id else None,
        "organisation": a.organisation.name, "siren": a.organisation.siren, "project": a.project_name,
        "commune_insee": a.commune_id, "commune_name": a.commune.name if a.commune_id else None,
        "department_code": a.department_id, "region_code": a.region_id, "sector": a.sector_id, "naf": a.naf_id,
        "size_category": a.size_category_id, "investment_eur": a.investment_eur, "aid_eur": a.aid_eur,
        "advisory_days": a.advisory_days, "engineering_days": a.engineering_days, "jobs_created": a.jobs_created,
        "jobs_kept": a.jobs_kept, "decided_on": a.decided_on, "origin": a.origin, "source": a.source,
        "is_synthetic": a.is_synthetic,
    }


@router.get("", response=list[AwardOut], summary="Lauréats (filtrables)")
@paginate(Pagination)
def list_awards(request, filters: Query[AwardQuery]):
    # Newest first (the order of the laureate pages, which has its index), then only the page's rows
    # are loaded with their relations.
    ids = filter_awards(filters.dict()).order_by(F("decided_on").desc(nulls_last=True), "id").values_list("id", flat=True)

    def load(page_ids):
        return [award_out(a) for a in awards_in_order(page_ids, ("programme", "call", "organisation", "commune"))]

    return LazyRows(ids, load)


@router.get("/{award_id}", response=AwardOut, summary="Un lauréat")
def get_award(request, award_id: uuid.UUID):
    award = get_object_or_404(Award.objects.select_related("programme", "call", "organisation", "commune"), id=award_id)
    return award_out(award)

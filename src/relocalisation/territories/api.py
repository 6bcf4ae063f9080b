"""Territories by INSEE code (never internal ids): régions, départements, communes, EPCI, Territoires d'industrie."""

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from relocalisation.core.api_utils import Pagination
from relocalisation.core.text import normalize
from relocalisation.territories.models import Commune, Department, Epci, IndustrialTerritory, Region

router = Router(tags=["Territoires"])
PREFIX = "/territories"


class RegionOut(Schema):
    code: str
    name: str
    zone: str


class DepartmentOut(Schema):
    code: str
    name: str
    region_code: str | None = Field(None, alias="region_id")
    zone: str


class CommuneOut(Schema):
    code: str
    name: str
    kind: str
    department_code: str | None = Field(None, alias="department_id")
    region_code: str | None = Field(None, alias="region_id")
    population: int | None
    postal_codes: list[str]


class CommuneDetailOut(CommuneOut):
    epcis: list[str]
    industrial_territories: list[str]


class EpciOut(Schema):
    code: str
    name: str
    kind: str
    population: int | None


class IndustrialTerritoryOut(Schema):
    slug: str
    name: str
    region_code: str | None = Field(None, alias="region_id")
    labelled_since: int | None
    epcis: list[str]


@router.get("/regions", response=list[RegionOut], summary="Régions et collectivités (COG 2026)")
def regions(request):
    return Region.objects.order_by("code")


@router.get("/regions/{code}", response=RegionOut)
def region(request, code: str):
    return get_object_or_404(Region, code=code[:3])


class DepartmentQuery(Schema):
    region: str | None = Field(None, max_length=3, description="Code INSEE de région")


@router.get("/departments", response=list[DepartmentOut], summary="Départements")
def departments(request, filters: Query[DepartmentQuery]):
    qs = Department.objects.order_by("code")
    if filters.region:
        qs = qs.filter(region_id=filters.region)
    return qs


@router.get("/departments/{code}", response=DepartmentOut)
def department(request, code: str):
    return get_object_or_404(Department, code=code[:3].upper())


class CommuneQuery(Schema):
    q: str | None = Field(None, max_length=80, description="Début du nom (sans accents ni casse)")
    department: str | None = Field(None, max_length=3)
    region: str | None = Field(None, max_length=3)
    epci: str | None = Field(None, max_length=9)


@router.get("/communes", response=list[CommuneOut], summary="Communes (recherche par nom, filtres)")
@paginate(Pagination)
def communes(request, filters: Query[CommuneQuery]):
    qs = Commune.objects.order_by("code")
    if filters.q:
        qs = qs.filter(name_normalized__startswith=normalize(filters.q)).order_by("-population", "code")
    if filters.department:
        qs = qs.filter(department_id=filters.department.upper())
    if filters.region:
        qs = qs.filter(region_id=filters.region)
    if filters.epci:
        qs = qs.filter(epcis=filters.epci)
    return qs


@router.get("/communes/{code}", response=CommuneDetailOut)
def commune(request, code: str):
    c = get_object_or_404(Commune, code=code[:5].upper())
    data = CommuneOut.from_orm(c).dict()
    data["department_id"], data["region_id"] = c.department_id, c.region_id
    data.update({"epcis": list(c.epcis.values_list("code", flat=True)),
                 "industrial_territories": list(c.industrial_territories.values_list("slug", flat=True))
                 + list(IndustrialTerritory.objects.filter(epcis__communes=c).values_list("slug", flat=True))})
    return data


@router.get("/epcis", response=list[EpciOut], summary="EPCI à fiscalité propre")
@paginate(Pagination)
def epcis(request, q: str | None = Query(None, max_length=80)):
    qs = Epci.objects.order_by("name")
    if q:
        qs = qs.filter(name__icontains=q)
    return qs


@router.get("/epcis/{code}", response=EpciOut)
def epci(request, code: str):
    return get_object_or_404(Epci, code=code[:9])


@router.get("/industrial-territories", response=list[IndustrialTerritoryOut], summary="Territoires d'industrie")
def industrial_territories(request):
    return [{"slug": t.slug, "name": t.name, "region_id": t.region_id, "labelled_since": t.labelled_since,
             "epcis": [e.code for e in t.epcis.all()]} for t in IndustrialTerritory.objects.prefetch_related("epcis")]

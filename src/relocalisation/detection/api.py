"""GET /api/v1/registry — the scored registry of the caller's agency, best first, each score
explained factor by factor. Agency members only (401 anonymous, 403 other roles)."""
from django.conf import settings
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from relocalisation.detection import selectors
from relocalisation.detection.access import agency_of

PREFIX = "/registry"
router = Router(tags=["Détection (agences)"])


class RegistryQuery(Schema):
    region: str = Field("", max_length=3, pattern=r"^(\d{2,3})?$", description="Code INSEE de la région")
    department: str = Field("", max_length=3, pattern=r"^(\d{2,3}|2A|2B)?$", description="Code INSEE du département")
    naf: str = Field("", max_length=6, pattern=r"^(\d{1,2}(\.\d{0,2}[A-Z]?)?)?$", description="Préfixe NAF (21, 21.10, 21.10Z)")
    min_score: float | None = Field(None, ge=0, le=100)
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=10_000_000)


class FactorOut(Schema):
    name: str
    label: str
    value: float
    weight: int
    contribution: float


class EstablishmentOut(Schema):
    siret: str
    siren: str
    name: str
    naf: str
    sector: str
    headcount_band: str
    commune: str
    department: str
    region: str
    score: float
    factors: list[FactorOut]


class RegistryOut(Schema):
    count: int
    limit: int
    offset: int
    weights_version: int
    scored_at: str
    results: list[EstablishmentOut]


@router.get("", response=RegistryOut, auth=django_auth, summary="Registre des établissements noté (agences)")
def registry(request, filters: Query[RegistryQuery]):
    agency = agency_of(request.user)
    if agency is None:
        raise HttpError(403, "Réservé aux chargés d'affaires d'une agence de développement économique.")
    query = selectors.RegistryFilters(region=filters.region, department=filters.department, naf=filters.naf,
                                      min_score=filters.min_score)
    try:
        page = selectors.search(agency, query, limit=filters.limit, offset=filters.offset)
    except selectors.NoScores as exc:
        raise HttpError(409, str(exc)) from exc
    return {
        "count": page.total, "limit": filters.limit, "offset": filters.offset,
        "weights_version": page.run.weights.version, "scored_at": page.run.created_at.isoformat(),
        "results": [{**row, "headcount_band": row["band"]} for row in page.rows],
    }

"""Building blocks shared by the apps' API routers: money serialisation, bounded pagination,
French errors for bad query parameters."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from django.conf import settings
from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination
from pydantic import PlainSerializer


def _euros(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


#: Euros are Decimal in the database; the API writes them as JSON numbers (integers when whole).
Euros = Annotated[Decimal | None, PlainSerializer(_euros, return_type=int | float | None)]

MAX_OFFSET = 1_000_000


class Pagination(LimitOffsetPagination):
    """Django Ninja's limit/offset pagination (``{"items": [...], "count": N}``), with bounds so that
    a huge offset gives a French 422 instead of a database error."""

    class Input(Schema):
        limit: int = Field(settings.NINJA_PAGINATION_PER_PAGE, ge=1, le=settings.NINJA_PAGINATION_MAX_LIMIT,
                           description="Nombre d'éléments par page (200 au plus).")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rang du premier élément (1 000 000 au plus).")


def check_query(value: str | None, name: str = "q") -> str | None:
    if value is not None and len(value) > settings.MAX_QUERY_LENGTH:
        raise HttpError(422, f"Le paramètre « {name} » est trop long ({settings.MAX_QUERY_LENGTH} caractères au plus).")
    return value


def bad_request(message: str, status: int = 422) -> Any:
    raise HttpError(status, message)


class LazyRows:
    """What a paginated endpoint returns when each item needs building from a model instance:
    Ninja's pagination slices it and counts it, so only the requested page is loaded and converted
    (never every row of the query). ``ids`` is an ordered values_list of primary keys; ``load`` turns
    a list of ids into the items, in the same order."""

    def __init__(self, ids, load):
        self.ids = ids
        self.load = load

    def __getitem__(self, window: slice):
        return self.load(list(self.ids[window]))

    def __len__(self) -> int:
        return self.ids.count()

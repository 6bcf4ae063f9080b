"""Helpers for server-rendered list pages: bounded page numbers and query strings (French errors)."""
from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator


class BadPageRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def bounded_query(request, name: str = "q") -> str:
    value = request.GET.get(name, "")
    if len(value) > settings.MAX_QUERY_LENGTH:
        raise BadPageRequest(f"La recherche est trop longue ({settings.MAX_QUERY_LENGTH} caractères au plus).")
    return value.strip()


def paginate(request, items, per_page: int = 20):
    raw = request.GET.get("page", "1") or "1"
    if not raw.isdigit() or int(raw) < 1:
        raise BadPageRequest("Le numéro de page doit être un entier positif.")
    number = int(raw)
    if number > settings.MAX_PAGE:
        raise BadPageRequest(f"Numéro de page trop grand ({settings.MAX_PAGE} au plus).")
    paginator = Paginator(items, per_page)
    if number > max(paginator.num_pages, 1):
        raise BadPageRequest(f"La page {number} n'existe pas (il y a {paginator.num_pages} page(s)).", status=404)
    return paginator.page(number)


def querystring_without(request, *names: str) -> str:
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()

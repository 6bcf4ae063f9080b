"""The Django Ninja API, mounted at /api/v1. Each app contributes a router in its ``api.py``."""
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
import json

from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder


class FrenchJSONRenderer(JSONRenderer):
    """UTF-8 JSON (« é » rather than « \\u00e9 »): readable by people who open the API in a browser."""

    def render(self, request, data, *, response_status):
        return json.dumps(data, cls=NinjaJSONEncoder, ensure_ascii=False)


api = NinjaAPI(
    title="Relocalisation API",
    version="1",
    description="API publique et opérateur de la plateforme Relocalisation (dispositifs, appels à projets, "
                "éligibilité, territoires, lauréats). Montants en euros ; territoires par codes INSEE.",
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    renderer=FrenchJSONRenderer(),
)


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("query", "body", "path", "form")]
    return ".".join(parts) or "requête"


@api.exception_handler(NinjaValidationError)
def validation_error(request, exc):
    errors = [{"champ": _field(e.get("loc", [])), "message": _translate(e)} for e in exc.errors]
    return api.create_response(request, {"detail": "Paramètres invalides.", "erreurs": errors}, status=422)


@api.exception_handler(DjangoValidationError)
def django_validation_error(request, exc):
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Ressource introuvable."}, status=404)


_MESSAGES = {
    "missing": "champ obligatoire manquant",
    "int_parsing": "nombre entier attendu",
    "int_type": "nombre entier attendu",
    "bool_parsing": "booléen attendu (true/false)",
    "greater_than_equal": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
    "string_too_long": "texte trop long",
    "literal_error": "valeur non admise",
    "enum": "valeur non admise",
    "date_from_datetime_parsing": "date attendue (AAAA-MM-JJ)",
    "date_parsing": "date attendue (AAAA-MM-JJ)",
    "uuid_parsing": "identifiant (UUID) attendu",
    "json_invalid": "JSON invalide",
}


def _translate(error: dict) -> str:
    base = _MESSAGES.get(error.get("type", ""), "valeur invalide")
    ctx = error.get("ctx") or {}
    if "expected" in ctx:
        return f"{base} (attendu : {ctx['expected']})"
    if "ge" in ctx:
        return f"{base} (minimum {ctx['ge']})"
    if "le" in ctx:
        return f"{base} (maximum {ctx['le']})"
    if "max_length" in ctx:
        return f"{base} ({ctx['max_length']} caractères au plus)"
    return base


def register_routers() -> None:
    """Mount each app's router; apps without an API simply have no ``router``."""
    from importlib import import_module

    for app in ("territories", "activities", "programmes", "applications", "review", "awards",
                "observatory", "ingestion", "detection", "land", "core"):
        try:
            module = import_module(f"relocalisation.{app}.api")
        except ModuleNotFoundError as exc:
            if exc.name == f"relocalisation.{app}.api":
                continue
            raise
        router = getattr(module, "router", None)
        if router is not None:
            api.add_router(getattr(module, "PREFIX", f"/{app}"), router)


register_routers()

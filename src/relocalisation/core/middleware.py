"""Cross-cutting middleware: request id + one JSON log line per request, health probes, current user.

They apply to every page and API endpoint without any per-view code (see docs/operations.md).
"""
import logging
import re
import time
import uuid
from urllib.parse import parse_qsl, urlencode

from relocalisation.core import context

logger = logging.getLogger("relocalisation.request")

REQUEST_ID_HEADER = "X-Request-ID"
# An id given by a trusted reverse proxy is kept only if it looks like an id (no log injection).
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# Query keys whose values never reach the logs.
_SENSITIVE_KEY = re.compile(r"pass|pwd|token|secret|key|code|sign|session|csrf|auth|otp|email|siret|siren", re.I)
FILTERED = "[filtré]"
# Path segments that are secrets: Django's password-reset / activation tokens ("<ts>-<hmac>") and
# long opaque strings (signed links, API keys). UUIDs and slugs (words or numbers joined by "-")
# are kept.
_DJANGO_TOKEN = re.compile(r"^[0-9a-z]{1,13}-[0-9a-f]{20,}$")
_OPAQUE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_:.=-]{24,}$")
_SLUG_PART = re.compile(r"^(?:[a-z]+|[0-9]+)$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def _secret_segment(segment: str) -> bool:
    if _DJANGO_TOKEN.match(segment):
        return True
    if not _OPAQUE.match(segment) or _UUID.match(segment):
        return False
    return not all(_SLUG_PART.match(part) for part in segment.split("-"))


def sanitized_path(path: str) -> str:
    return "/".join(FILTERED if _secret_segment(seg) else seg for seg in path.split("/"))


def sanitized_query(query_string: str) -> str:
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode([(k, FILTERED if _SENSITIVE_KEY.search(k) else v[:200]) for k, v in pairs])


class RequestLogMiddleware:
    """Outermost middleware: gives every request an id (echoed in ``X-Request-ID`` and in error
    pages), and writes one structured JSON line per request once the response is known."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _INCOMING_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = context.request_id.set(request_id)
        started = time.perf_counter()
        response = None
        try:
            response = self.get_response(request)
            return response
        finally:
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            status = response.status_code if response is not None else 500
            if response is not None:
                response[REQUEST_ID_HEADER] = request_id
            logger.info(
                "request",
                extra={
                    "http": {
                        "method": request.method,
                        "path": sanitized_path(request.path),
                        "query": sanitized_query(request.META.get("QUERY_STRING", "")),
                        "status": status,
                        "duration_ms": duration_ms,
                        "request_id": request_id,
                        "user_id": _user_id(request),
                    }
                },
            )
            context.request_id.reset(token)


def _user_id(request):
    # Only read a user the authentication middleware already resolved: never an extra query.
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return user.pk
    return None


class HealthCheckMiddleware:
    """Answers /healthz and /readyz before host validation, sessions and authentication, so probes
    are cheap and work whatever Host header the orchestrator sends."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path in ("/healthz", "/healthz/"):
            from relocalisation.core.health import healthz

            return healthz(request)
        if request.path in ("/readyz", "/readyz/"):
            from relocalisation.core.health import readyz

            return readyz(request)
        return self.get_response(request)


class CurrentUserMiddleware:
    """Makes the request (hence its user) visible to model signals, for the audit log."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = context.current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            context.current_request.reset(token)


class PublicPageCacheMiddleware:
    """Serves the public pages anonymous visitors all see alike (catalogue, eligibility, observatory,
    laureates and their API) from the shared cache. The key holds the path, the sorted query, the
    htmx headers (partials differ from whole pages) and the versions of the « catalogue » and
    « awards » namespaces, so any change to programmes or awards retires every stored page at once.

    Innermost middleware: the outer ones (security headers, CSP, request log) still apply to a hit.
    Never cached: logged-in users, API calls with a token, visitors with pending messages, and any
    response that is not a plain 200 HTML/JSON page or that sets a cookie or uses the CSRF token."""

    HTMX_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_HX_TRIGGER", "HTTP_HX_BOOSTED")
    KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.prefixes = tuple(getattr(settings, "PUBLIC_PAGE_CACHE_PREFIXES", ()))
        self.timeout = int(getattr(settings, "PUBLIC_PAGE_CACHE_TIMEOUT", 600))

    def _eligible(self, request) -> bool:
        if request.method != "GET" or not self.timeout or not request.path.startswith(self.prefixes):
            return False
        if "HTTP_AUTHORIZATION" in request.META or "messages" in request.COOKIES:
            return False
        return not request.user.is_authenticated

    def _key(self, request) -> str:
        import hashlib

        from relocalisation.core import cache as shared

        query = urlencode(sorted(request.GET.lists()), doseq=True)
        htmx = "|".join(request.META.get(h, "") for h in self.HTMX_HEADERS)
        raw = f"{request.path}?{query}#{htmx}"
        catalogue, awards = shared.versions(("catalogue", "awards"))
        return f"page:{catalogue}:{awards}:{hashlib.sha1(raw.encode()).hexdigest()}"

    def __call__(self, request):
        if not self._eligible(request):
            return self.get_response(request)
        from django.core.cache import cache
        from django.http import HttpResponse

        key = self._key(request)
        stored = cache.get(key)
        if stored is not None:
            body, headers = stored
            response = HttpResponse(body)
            for name, value in headers.items():
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if self._storable(request, response):
            headers = {h: response[h] for h in self.KEPT_HEADERS if response.has_header(h)}
            cache.set(key, (response.content, headers), self.timeout)
            response["X-Cache"] = "MISS"
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.has_header("Content-Disposition"):
            return False
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(("text/html", "application/json")):
            return False
        return len(response.content) <= 2 * 1024 * 1024  # a huge page is not worth the cache memory

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
                        "path": request.path,
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

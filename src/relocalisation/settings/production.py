"""Production settings: everything from the environment; refuse to start without secrets."""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from . import *  # noqa: F401,F403
from . import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and os.environ.get("SECRET_KEY_FILE"):  # container secrets, `make serve-prod`
    SECRET_KEY = Path(os.environ["SECRET_KEY_FILE"]).read_text().strip()
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("dev-only"):
    raise ImproperlyConfigured("SECRET_KEY manquante ou trop courte (50 caractères au moins) en production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS doit être défini en production.")
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL doit être défini en production.")

# The TLS-terminating reverse proxy sets X-Forwarded-Proto; Django redirects http to https unless
# the proxy already does it (SECURE_SSL_REDIRECT=0, as `make serve-prod` on loopback does).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # JS reads the token from <meta name="csrf-token">, never the cookie
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 3600)))
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Several processes must share the cache (versions that invalidate cached figures and pages live in
# it): the database by default (`serve_prod` creates its table), Redis when CACHE_URL=redis://… is set.
CACHE_URL = os.environ.get("CACHE_URL", "db")
if CACHE_URL == "locmem" and os.environ.get("WEB_CONCURRENCY") != "1":
    raise ImproperlyConfigured("CACHE_URL=locmem avec plusieurs processus : les caches ne seraient pas invalidés partout.")
CACHES = {"default": cache_from_url(CACHE_URL)}  # noqa: F405

# Several stateless processes on one PostgreSQL: persistent, health-checked connections.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)  # noqa: F405

# Storage paths from the environment (defaults under RELOCALISATION_VAR). Uploads live in
# MEDIA_ROOT, outside STATIC_ROOT: no URL serves them, views stream them after an access check.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))  # noqa: F405
PRIVATE_STORAGE_ROOT = MEDIA_ROOT

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(MEDIA_ROOT)}},
    # Hashed names (immutable, cached for ever by WhiteNoise). Not WhiteNoise's compressed variant:
    # its brotli pass over DSFR takes ~4 minutes on 2 cores at each collectstatic; the reverse proxy
    # compresses instead (docs/decisions/0008-static-files.md).
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ne-pas-repondre@relocalisation.example")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# ADMINS="Nom <adresse>,Autre <adresse>": receive 500 error reports.
ADMINS = [(item.split("<")[0].strip(), item.split("<")[-1].rstrip(">").strip()) for item in env_list("ADMINS")]

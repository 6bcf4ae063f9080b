"""Settings, configured by the environment (12-factor).

Defaults give a working development set-up on SQLite under ``var/``; production overrides live in
``relocalisation.settings.production`` and refuse to start without their secrets.
"""
import os
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# The project root when run from a checkout (src layout); var/ holds the SQLite file and uploads.
BASE_DIR = Path(os.environ.get("RELOCALISATION_HOME", Path.cwd()))
VAR_DIR = Path(os.environ.get("RELOCALISATION_VAR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me-0123456789-abcdefghijklmnop")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "dsfr",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    # domain apps, in dependency order (see docs/architecture.md)
    "relocalisation.core",
    "relocalisation.territories",
    "relocalisation.activities",
    "relocalisation.organisations",
    "relocalisation.programmes",
    "relocalisation.applications",
    "relocalisation.review",
    "relocalisation.awards",
    "relocalisation.observatory",
    "relocalisation.ingestion",
    "relocalisation.detection",
    "relocalisation.land",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "relocalisation.urls"
WSGI_APPLICATION = "relocalisation.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "relocalisation.core.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'relocalisation.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let a task worker and the web process share the file.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiles any query whose *estimated* cost is high: the catalogue's joins over
    # territories are estimated at millions of rows for a handful, and paid ~0.4 s of compilation
    # per request. Our queries are short or set-based aggregates that gain nothing from it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]  # project-wide assets (htmx, maps, app.css)
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))  # private: never served by URL
PRIVATE_STORAGE_ROOT = MEDIA_ROOT



def cache_from_url(url: str) -> dict:
    """``CACHE_URL``: ``locmem`` (one process: development, tests), ``db`` (a table of the main
    database, shared by every process: the production default, nothing else to run) or
    ``redis://host:port/db`` (shared, faster under load). Cached figures and pages are invalidated by
    version numbers kept in this cache, so several processes need a shared one (docs/operations.md)."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url,
                "KEY_PREFIX": "relocalisation"}
    if url in ("db", "database"):
        return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "relocalisation_cache",
                "OPTIONS": {"MAX_ENTRIES": 50_000}}
    if url in ("", "locmem"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "relocalisation",
                "OPTIONS": {"MAX_ENTRIES": 5_000}}
    if url == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"CACHE_URL non reconnue : {url!r} (locmem, db, dummy ou redis://…).")


CACHE_URL = os.environ.get("CACHE_URL", "locmem")
CACHES = {"default": cache_from_url(CACHE_URL)}
# Public pages anonymous visitors all see alike, served from the cache (core.middleware
# .PublicPageCacheMiddleware); invalidated at once by any change to programmes or awards.
PUBLIC_PAGE_CACHE_PREFIXES = ["/dispositifs/", "/eligibilite/", "/observatoire/", "/laureats/",
                              "/api/v1/programmes", "/api/v1/calls", "/api/v1/eligibility", "/api/v1/awards",
                              "/api/v1/stats", "/api/v1/announcements"]
PUBLIC_PAGE_CACHE_TIMEOUT = int(os.environ.get("PUBLIC_PAGE_CACHE_TIMEOUT", "600"))  # 0 turns it off

TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ne-pas-repondre@relocalisation.example")

LOGIN_URL = "/admin/login/"

# Upper bounds that keep bad input from costing the server (see core.validation).
MAX_QUERY_LENGTH = 200
MAX_PAGE = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 200

# --- Issue 8: production layer (request ids + JSON logs, health probes, CSP, audit, task robustness) ---
from csp.constants import NONE, SELF  # noqa: E402

INSTALLED_APPS.append("csp")
# Outermost: request id + one JSON log line per request; then the probes (before host validation).
MIDDLEWARE.insert(0, "relocalisation.core.middleware.HealthCheckMiddleware")
MIDDLEWARE.insert(0, "relocalisation.core.middleware.RequestLogMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "csp.middleware.CSPMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                  "relocalisation.core.middleware.CurrentUserMiddleware")

# No inline script anywhere: every script is a static file of ours or DSFR's. Styles: only our
# and DSFR's stylesheets — DSFR's JS sets styles through the CSSOM, which CSP does not restrict, and
# its CSS embeds icons as data: URIs (img-src data:). Checked by tests/e2e/test_production_a11y.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Health probes are answered before SecurityMiddleware, hence never redirected to https.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "relocalisation.core.logging.JsonFormatter"}},
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json"}},
    "loggers": {
        "relocalisation": {"handlers": ["json"], "level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": False},
        "django_tasks": {"handlers": ["json"], "level": "INFO", "propagate": False},
        "django_tasks_db": {"handlers": ["json"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["json"], "level": "ERROR", "propagate": False},
    },
}

# Background tasks (core.tasks, core.worker; docs/tasks.md).
TASKS_RETRY = {
    "max_attempts": int(os.environ.get("TASKS_MAX_ATTEMPTS", "3")),
    "backoff_seconds": float(os.environ.get("TASKS_RETRY_BACKOFF_SECONDS", "30")),
    "backoff_factor": 2,
    "max_backoff_seconds": 3600,
}
TASKS_WORKER_HEARTBEAT_SECONDS = float(os.environ.get("TASKS_WORKER_HEARTBEAT_SECONDS", "5"))
TASKS_WORKER_LEASE_SECONDS = float(os.environ.get("TASKS_WORKER_LEASE_SECONDS", "60"))
TASKS_STUCK_AFTER_SECONDS = float(os.environ.get("TASKS_STUCK_AFTER_SECONDS", "900"))

AUDIT_LOG_ENABLED = True
# Uploaded files: never executable, never world-readable (they are never served by URL either).
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750

# --- issue 4: accounts (login throttling, TOTP), dossiers, attachments -------------------------
import datetime as _dt  # noqa: E402

INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
# django-otp needs the user; axes must come last to see the outcome of the login views.
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                  "django_otp.middleware.OTPMiddleware")
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
# Innermost: a cached public page still goes through every header and logging middleware above.
MIDDLEWARE += ["relocalisation.core.middleware.PublicPageCacheMiddleware"]
AUTHENTICATION_BACKENDS = [
    "relocalisation.organisations.backends.ThrottlingBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = _dt.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "organisations/locked_out.html"
AXES_VERBOSE = False
LOGIN_URL = "/compte/connexion/"
LOGIN_REDIRECT_URL = "/compte/"
OTP_TOTP_ISSUER = "Relocalisation"
# Staff roles (instructor, committee, manager, admin) must confirm a TOTP code; tests may relax it.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", True)
ACCOUNT_VERIFICATION_MAX_AGE = 3 * 24 * 3600  # seconds an e-mail verification link stays valid
ATTACHMENT_MAX_BYTES = int(os.environ.get("ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
# Refused / abandoned dossiers are purged this many days after their decision (RGPD).
APPLICATION_RETENTION_DAYS = int(os.environ.get("APPLICATION_RETENTION_DAYS", str(5 * 365)))
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# --- Issue 5 (observatory, imports) ---
# Bulk imports of laureates: larger files are refused before being read (see ingestion.imports).
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", 50 * 1024 * 1024))
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", 500_000))
# Files with more rows are checked by a background task (with a progress bar) instead of in the request.
IMPORT_SYNC_ROWS = int(os.environ.get("IMPORT_SYNC_ROWS", 5_000))

# --- detection (issue 7): establishment registry processed with DuckDB under VAR_DIR/registry ---
# Memory cap of each DuckDB connection (imports and scoring spill to VAR_DIR/registry/tmp beyond it).
REGISTRY_MEMORY_LIMIT = os.environ.get("REGISTRY_MEMORY_LIMIT", "2GB")

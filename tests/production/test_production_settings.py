"""Production settings: refuse to start without secrets, `check --deploy` clean, security headers.

Run in subprocesses with DJANGO_SETTINGS_MODULE=relocalisation.settings.production, as in production."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k" * 20 + "-production-test-secret-0123456789-abcdefghij"


def run_python(code: str, tmp_path, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG"}}
    env.update({"DJANGO_SETTINGS_MODULE": "relocalisation.settings.production", "PYTHONPATH": str(ROOT / "src"),
                "RELOCALISATION_VAR": str(tmp_path / "var")})
    env.update({k: v for k, v in env_overrides.items() if v is not None})
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def production_env(tmp_path, **overrides):
    values = {"SECRET_KEY": SECRET, "ALLOWED_HOSTS": "relocalisation.example",
              # never connected to: the pages used below need no database
              "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    values.update(overrides)
    return values


# Missing secrets and `check --deploy` are tested by tests/core/test_deploy.py.


def test_production_refuses_the_development_secret(tmp_path):
    result = run_python("import django; django.setup()", tmp_path,
                        **production_env(tmp_path, SECRET_KEY="dev-only-insecure-key-change-me-0123456789-abcdefghijklmnop"))
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


HEADERS_SCRIPT = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client, override_settings
static_backend = settings.STORAGES["staticfiles"]["BACKEND"]
# collectstatic (the manifest) is not run here: render static URLs unhashed; headers are unaffected.
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
client = Client(HTTP_HOST="relocalisation.example")
page = client.get("/mentions-legales/", secure=True)
login = client.get("/admin/login/", secure=True)
plain = client.get("/mentions-legales/")
import os
os.makedirs(settings.MEDIA_ROOT, exist_ok=True)
with open(os.path.join(settings.MEDIA_ROOT, "piece.pdf"), "wb") as handle:
    handle.write(b"%PDF-1.4 confidentiel")
media = [client.get(p, secure=True).status_code for p in ("/media/piece.pdf", "/piece.pdf", "/static/piece.pdf", "/static/../media/piece.pdf")]
media_mode = oct(settings.FILE_UPLOAD_PERMISSIONS)
print(json.dumps({
    "status": page.status_code, "headers": dict(page.headers),
    "login_status": login.status_code, "csrf_cookie": login.cookies["csrftoken"].output() if "csrftoken" in login.cookies else "",
    "plain_status": plain.status_code, "media": media, "media_mode": media_mode, "plain_location": plain.headers.get("Location", ""),
    "settings": {"SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE, "SESSION_COOKIE_HTTPONLY": settings.SESSION_COOKIE_HTTPONLY,
                 "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE, "DEBUG": settings.DEBUG,
                 "static": static_backend},
}))
"""


@pytest.fixture(scope="module")
def production_response(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("prod")
    result = run_python(HEADERS_SCRIPT, tmp_path, **production_env(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_security_headers_in_production(production_response):
    assert production_response["status"] == 200
    headers = {k.lower(): v for k, v in production_response["headers"].items()}
    assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert len(headers["x-request-id"]) >= 16
    csp = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";") if part.strip())
    assert csp["default-src"] == "'self'"
    assert csp["script-src"] == "'self'"  # no inline script, no eval: static files only
    assert "unsafe-inline" not in csp["style-src"]
    assert csp["object-src"] == "'none'" and csp["frame-ancestors"] == "'none'"


def test_cookies_are_secure_in_production(production_response):
    assert production_response["login_status"] == 200
    cookie = production_response["csrf_cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert production_response["settings"]["SESSION_COOKIE_SECURE"] is True
    assert production_response["settings"]["SESSION_COOKIE_HTTPONLY"] is True
    assert production_response["settings"]["DEBUG"] is False


def test_plain_http_is_redirected_and_static_files_are_hashed(production_response):
    assert production_response["plain_status"] == 301
    assert production_response["plain_location"].startswith("https://relocalisation.example/")
    assert production_response["settings"]["static"] == "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"


def test_uploaded_files_are_never_served_nor_executable(production_response):
    assert production_response["media"] == [404, 404, 404, 404]
    assert production_response["media_mode"] == "0o640"  # no execute bit, not world-readable

"""Role × object × endpoint matrix for dossiers, attachments, messages, scores and decisions.

Every role gets exactly what it should: a page or route it may not use answers 404 (no hint that
the object exists) — or 403 when the dossier is visible to it but the action is not its own.
Anonymous visitors are sent to the login page (pages) or get 401 (API)."""
from decimal import Decimal

import pytest
from django.db import transaction
from django.core.files.uploadedfile import SimpleUploadedFile

from relocalisation.applications import services
from relocalisation.applications.models import Attachment, Message
from relocalisation.review import services as review_services
from relocalisation.review.models import Decision, Review
from relocalisation.review.selectors import grid_for
from tests.applications.factories import ROLES, build_world, login, submit

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
STAFF_READ = {"instructor", "committee", "manager", "admin"}


@pytest.fixture(scope="module")
def _module_world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back at the end; each test runs in
    its own savepoint (pytest-django's ``db``), so writes never leak from one test to the next."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield _build()
            transaction.set_rollback(True)


@pytest.fixture
def mw(_module_world, db):
    return _module_world


def _build():
    world = build_world()
    applicant, instructor = world.user("applicant"), world.user("instructor")
    app = world.apps["en_instruction"]
    world.attachment = Attachment.objects.create(
        application=app, kind="devis", original_name="devis.pdf", extension="pdf", content_type="application/pdf",
        size=len(PDF), file=SimpleUploadedFile("devis.pdf", PDF))
    services.post_message(instructor, app, "Question de l'instructeur")
    criteria = list(grid_for(world.call).criteria.all())
    review_services.save_review(instructor, app, scores={c.code: 4 for c in criteria}, opinion="favorable", comment="ok")
    decided = services.create_draft(applicant, organisation=world.company, wave=world.wave)
    submit(applicant, decided, {"title": "Décidé"})
    services.transition(instructor, decided, "passer_en_instruction")
    world.decision = review_services.record_decision(world.user("committee"), decided, outcome="accepte",
                                                     amount=Decimal("5000"))
    world.decided = decided
    return world


def expect(ok_roles, ok=200, denied=404, anonymous=302, **overrides):
    table = {role: (ok if role in ok_roles else denied) for role in ROLES}
    table["anonymous"] = anonymous
    table.update(overrides)
    return table


APPLICANT_ONLY = {"applicant"}
VIEWERS = {"applicant"} | STAFF_READ
WRITERS = {"instructor", "manager", "admin"}  # instruction actions
DECIDERS = {"committee", "manager", "admin"}

# name -> (method, url template, data, expected statuses)
PAGES = {
    "dossier (entreprise)": ("get", "/dossiers/{app}/", None, expect(APPLICANT_ONLY)),
    "dossier (instruction)": ("get", "/instruction/dossiers/{app}/", None, expect(STAFF_READ)),
    "pièce jointe": ("get", "/dossiers/{app}/pieces/{att}/", None, expect(VIEWERS)),
    "pièce jointe d'un autre dossier": ("get", "/dossiers/{draft}/pieces/{att}/", None, expect(set())),
    "envoyer un message": ("post", "/dossiers/{app}/messages/", {"body": "Bonjour"},
                           expect({"applicant"} | WRITERS, ok=302, committee=403)),
    "noter": ("post", "/instruction/dossiers/{app}/notation/", {"note-viabilite": "3", "opinion": "reserve"},
              expect(WRITERS, ok=302, committee=403)),
    "changer d'état": ("post", "/instruction/dossiers/{app}/transition/",
                       {"action": "repasser_en_construction", "motivation": "Pièce manquante"},
                       expect(WRITERS, ok=302, committee=403)),
    "décider": ("post", "/instruction/dossiers/{app}/decision/", {"outcome": "refuse", "motivation": "Non"},
                expect(DECIDERS, ok=302, instructor=403)),
    "lettre de décision (non notifiée)": ("get", "/dossiers/{decided}/decision.pdf", None, expect(STAFF_READ)),
    "séance de comité": ("get", "/instruction/vagues/{wave}/comite/", None, expect(DECIDERS)),
    "simulation": ("post", "/instruction/vagues/{wave}/simulations/", {"nom": "Scénario"}, expect(DECIDERS, ok=302)),
    "à notifier": ("get", "/instruction/a-notifier/", None, expect(DECIDERS)),
    "notifier": ("post", "/instruction/decisions/{decision}/notifier/", None, expect(DECIDERS, ok=302)),
    "export XLSX": ("get", "/instruction/vagues/{wave}/export.xlsx", None, expect(STAFF_READ)),
    "ZIP des PDF": ("get", "/instruction/vagues/{wave}/dossiers.zip", None, expect(STAFF_READ)),
    "grille de notation": ("get", "/instruction/appels/{call}/grille/", None, expect({"manager", "admin"})),
    "brouillon (entreprise)": ("get", "/dossiers/{draft}/", None, expect(APPLICANT_ONLY)),
    "brouillon (instruction)": ("get", "/instruction/dossiers/{draft}/", None, expect(set())),
    "enregistrer le brouillon": ("post", "/dossiers/{draft}/enregistrer/", {"title": "Nouveau", "version": "{draft_version}"},
                                 expect(APPLICANT_ONLY, ok=302)),
    "retirer": ("post", "/dossiers/{app}/action/retirer/", None, expect(APPLICANT_ONLY, ok=302)),
    "liste d'instruction": ("get", "/instruction/", None, expect(STAFF_READ | {"other_instructor"})),
}

API = {
    "lire": ("get", "/api/v1/applications/{app}", None, expect(VIEWERS, anonymous=401)),
    "historique": ("get", "/api/v1/applications/{app}/history", None, expect(VIEWERS, anonymous=401)),
    "brouillon": ("get", "/api/v1/applications/{draft}", None, expect(APPLICANT_ONLY, anonymous=401)),
    "transition": ("post", "/api/v1/applications/{app}/transitions",
                   {"action": "repasser_en_construction", "motivation": "Pièce manquante"},
                   expect(WRITERS, anonymous=401, committee=403, applicant=403)),
    "décision par l'API": ("post", "/api/v1/applications/{app}/transitions", {"action": "refuser", "motivation": "Non"},
                           expect(DECIDERS, anonymous=401, instructor=403, applicant=403)),
    "retrait par l'API": ("post", "/api/v1/applications/{app}/transitions", {"action": "retirer"},
                          expect(APPLICANT_ONLY, anonymous=401, instructor=403, committee=403, manager=403, admin=403)),
}


def _url(template, w):
    return template.format(app=w.apps["en_instruction"].pk, draft=w.apps["brouillon"].pk, att=w.attachment.pk,
                           decided=w.decided.pk, wave=w.wave.pk, decision=w.decision.pk, call=w.call.pk,
                           draft_version=w.apps["brouillon"].version)


def _effect(name, w):
    """The observable effect of a write, to check that refused requests changed nothing."""
    app = w.apps["en_instruction"]
    app.refresh_from_db()
    return {
        "envoyer un message": lambda: Message.objects.filter(application=app).count(),
        "noter": lambda: sorted(Review.objects.filter(application=app).values_list("reviewer_id", "version")),
        "changer d'état": lambda: app.state,
        "transition": lambda: app.state,
        "décider": lambda: Decision.objects.filter(application=app).count(),
        "décision par l'API": lambda: Decision.objects.filter(application=app).count(),
        "retirer": lambda: app.state,
        "retrait par l'API": lambda: app.state,
        "notifier": lambda: Decision.objects.get(pk=w.decision.pk).notified_at is not None,
        "enregistrer le brouillon": lambda: type(w.apps["brouillon"]).objects.get(pk=w.apps["brouillon"].pk).title,
    }.get(name, lambda: None)()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(PAGES))
def test_pages(client, mw, role, name):
    method, template, data, expected = PAGES[name]
    login(client, mw.user(role))
    before = _effect(name, mw)
    data = {k: _url(v, mw) for k, v in (data or {}).items()}
    response = getattr(client, method)(_url(template, mw), data)
    assert response.status_code == expected[role], (name, role, response.status_code)
    after = _effect(name, mw)
    if method == "post" and before is not None:
        changed = before != after
        assert changed == (expected[role] in (200, 302) and role != "anonymous"), (name, role, before, after)
    if role == "anonymous":
        assert response["Location"].startswith("/compte/connexion/")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(API))
def test_api(client, mw, role, name):
    method, template, data, expected = API[name]
    login(client, mw.user(role))
    before = _effect(name, mw)
    if method == "post":
        response = client.post(_url(template, mw), data, content_type="application/json")
    else:
        response = client.get(_url(template, mw))
    assert response.status_code == expected[role], (name, role, response.status_code, response.content[:200])
    if before is not None:
        assert (before != _effect(name, mw)) == (expected[role] == 200), (name, role)
    if response.status_code == 404:
        assert response.json()["detail"] == "Dossier introuvable."  # same answer as for an unknown id


@pytest.mark.parametrize("role", ROLES)
def test_api_list_shows_only_what_the_role_may_see(client, mw, role):
    login(client, mw.user(role))
    response = client.get("/api/v1/applications?limit=200")
    if role == "anonymous":
        assert response.status_code == 401
        return
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert (str(mw.apps["en_instruction"].pk) in ids) == (role in VIEWERS)
    assert (str(mw.apps["brouillon"].pk) in ids) == (role == "applicant")


def test_instruction_list_hides_other_calls(client, mw):
    login(client, mw.user("other_instructor"))
    response = client.get("/instruction/")
    assert mw.apps["en_instruction"].reference not in response.content.decode()
    login(client, mw.user("instructor"))
    assert mw.apps["en_instruction"].reference in client.get("/instruction/").content.decode()


def test_unknown_and_malformed_ids(client, mw):
    login(client, mw.user("admin"))
    assert client.get("/api/v1/applications/00000000-0000-0000-0000-000000000000").status_code == 404
    response = client.get("/api/v1/applications/12")
    assert response.status_code == 422 and "UUID" in response.json()["erreurs"][0]["message"]
    assert client.get("/instruction/dossiers/12/").status_code == 404


def test_notified_letter_reaches_the_applicant_only(client, mw):
    review_services.notify_decision(mw.user("committee"), mw.decision)
    for role, status in (("applicant", 200), ("other_company", 404), ("other_instructor", 404), ("committee", 200)):
        login(client, mw.user(role))
        response = client.get(f"/dossiers/{mw.decided.pk}/decision.pdf")
        assert response.status_code == status, role
        if status == 200:
            assert response.content.startswith(b"%PDF")


def test_staff_without_second_factor_is_stopped(client, mw):
    client.force_login(mw.user("instructor"))  # password only, no TOTP
    response = client.get(f"/instruction/dossiers/{mw.apps['en_instruction'].pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/double-authentification/")
    response = client.get(f"/api/v1/applications/{mw.apps['en_instruction'].pk}")
    assert response.status_code == 403 and "Double authentification" in response.json()["detail"]
    client.force_login(mw.user("applicant"))  # companies are not asked for a second factor
    assert client.get(f"/dossiers/{mw.apps['en_instruction'].pk}/").status_code == 200


def test_bearer_token(client, mw):
    from relocalisation.organisations.tokens import create_token

    token = create_token(mw.user("instructor"))
    app = mw.apps["en_instruction"]
    ok = client.get(f"/api/v1/applications/{app.pk}", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200 and ok.json()["reference"] == app.reference
    assert client.get(f"/api/v1/applications/{app.pk}", headers={"Authorization": "Bearer faux"}).status_code == 401
    other = create_token(mw.user("other_company"))
    assert client.get(f"/api/v1/applications/{app.pk}", headers={"Authorization": f"Bearer {other}"}).status_code == 404


def test_security_headers_and_csrf(mw):
    """CSP on the pages; CSRF enforced on forms and on session-authenticated API writes."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login(client, mw.user("applicant"))
    app = mw.apps["en_instruction"]
    page = client.get(f"/dossiers/{app.pk}/")
    csp = page["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "<script>" not in page.content.decode()  # no inline script
    assert client.post(f"/dossiers/{app.pk}/messages/", {"body": "sans jeton"}).status_code == 403
    response = client.post(f"/api/v1/applications/{app.pk}/transitions", {"action": "retirer"},
                           content_type="application/json")
    assert response.status_code in (401, 403)
    app.refresh_from_db()
    assert app.state == "en_instruction"


def test_production_settings_are_hardened(monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "relocalisation.example")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@localhost/db")
    sys.modules.pop("relocalisation.settings.production", None)
    production = importlib.import_module("relocalisation.settings.production")
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert "csp.middleware.CSPMiddleware" in production.MIDDLEWARE
    sys.modules.pop("relocalisation.settings.production", None)

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from relocalisation.applications.models import Application, Attachment, State
from tests.applications.factories import GOOD_FORM, login

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


def form_data(app, **extra):
    data = {k: v for k, v in GOOD_FORM.items() if k not in ("naf", "commune")}
    data.update({"naf_code": GOOD_FORM["naf"], "commune_code": GOOD_FORM["commune"], "version": app.version})
    data.update(extra)
    return data


def test_applicant_creates_fills_and_submits(client, world):
    login(client, world.user("applicant"))
    page = client.get("/dossiers/").content.decode()
    assert "Vague de test" in page
    response = client.post("/dossiers/nouveau/", {"wave": world.wave.pk, "organisation": world.company.pk})
    app = Application.objects.filter(organisation=world.company).order_by("-created_at").first()
    assert response["Location"] == f"/dossiers/{app.pk}/"
    # htmx autosave answers a fragment with the new version
    response = client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app), HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Brouillon enregistré" in response.content.decode()
    app.refresh_from_db()
    assert app.title == GOOD_FORM["title"] and app.naf_id == "25.62A" and app.version == 2
    assert f'value="{app.version}"' in response.content.decode()
    eligibility = client.get(f"/dossiers/{app.pk}/eligibilite/").content.decode()
    assert "Éligible" in eligibility
    upload = SimpleUploadedFile("devis.pdf", PDF, content_type="application/pdf")
    client.post(f"/dossiers/{app.pk}/pieces/", {"kind": "devis", "file": upload})
    assert app.attachments.count() == 1
    client.post(f"/dossiers/{app.pk}/action/deposer/")
    app.refresh_from_db()
    assert app.state == State.EN_CONSTRUCTION
    # frozen now
    response = client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app, title="Changé"), HTTP_HX_REQUEST="true")
    assert response.status_code == 403 and "modifiable" in response.content.decode()


def test_autosave_conflict_and_bad_input_in_french(client, world):
    app = world.apps["brouillon"]
    login(client, world.user("applicant"))
    stale = app.version
    client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app), HTTP_HX_REQUEST="true")
    response = client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app, version=stale, title="Autre onglet"),
                           HTTP_HX_REQUEST="true")
    assert response.status_code == 409 and "modifié entre-temps" in response.content.decode()
    app.refresh_from_db()
    bad = form_data(app, naf_code="99.99X", commune_code="ABCDE", aid_requested_eur="beaucoup", starts_on="2027-05-01",
                    ends_on="2027-01-01")
    response = client.post(f"/dossiers/{app.pk}/enregistrer/", bad)
    body = response.content.decode()
    assert response.status_code == 422
    for message in ("Code NAF inconnu", "Code commune INSEE inconnu", "La fin du projet doit suivre son début"):
        assert message in body
    response = client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app, version="abc"), HTTP_HX_REQUEST="true")
    assert response.status_code == 409


@pytest.mark.parametrize("name,content,message", [
    ("virus.exe", b"MZ\x90\x00", "Format refusé"),
    ("faux.pdf", b"<html>pas un pdf</html>", "ne correspond pas"),
    ("vide.pdf", b"", "vide"),
])
def test_upload_is_checked(client, world, name, content, message):
    app = world.apps["brouillon"]
    login(client, world.user("applicant"))
    response = client.post(f"/dossiers/{app.pk}/pieces/", {"kind": "devis", "file": SimpleUploadedFile(name, content)},
                           follow=True)
    assert message in response.content.decode()
    assert not Attachment.objects.filter(application=app).exists()


def test_upload_size_limit(client, world, settings):
    settings.ATTACHMENT_MAX_BYTES = 1000
    app = world.apps["brouillon"]
    login(client, world.user("applicant"))
    response = client.post(f"/dossiers/{app.pk}/pieces/",
                           {"kind": "devis", "file": SimpleUploadedFile("gros.pdf", PDF + b"0" * 2000)}, follow=True)
    assert "trop volumineux" in response.content.decode()


def test_attachment_stored_outside_static_and_served_privately(client, world, settings):
    app = world.apps["brouillon"]
    login(client, world.user("applicant"))
    client.post(f"/dossiers/{app.pk}/pieces/", {"kind": "devis", "file": SimpleUploadedFile("devis-client.pdf", PDF)})
    attachment = app.attachments.get()
    assert str(attachment.file.path).startswith(str(settings.MEDIA_ROOT))
    assert "devis-client" not in attachment.file.name and attachment.original_name == "devis-client.pdf"
    response = client.get(f"/dossiers/{app.pk}/pieces/{attachment.pk}/")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == PDF


def test_submission_one_minute_after_deadline_refused_on_the_page(client, world):
    app = world.apps["brouillon"]
    login(client, world.user("applicant"))
    client.post(f"/dossiers/{app.pk}/enregistrer/", form_data(app))
    world.wave.deadline = timezone.now() - dt.timedelta(minutes=1)
    world.wave.save()
    response = client.post(f"/dossiers/{app.pk}/action/deposer/", follow=True)
    assert "Dépôt refusé : la date limite" in response.content.decode()
    app.refresh_from_db()
    assert app.state == State.BROUILLON


def test_instruction_pages(client, world):
    app = world.apps["en_construction"]
    login(client, world.user("instructor"))
    listing = client.get("/instruction/?etat=en_construction&tri=-aide&q=Ligne").content.decode()
    assert app.reference in listing
    assert client.get("/instruction/?page=999999&appel=abc&tri=nimportequoi").status_code == 200
    page = client.get(f"/instruction/dossiers/{app.pk}/").content.decode()
    assert "Passer en instruction" in page
    client.post(f"/instruction/dossiers/{app.pk}/transition/", {"action": "passer_en_instruction", "version": app.version})
    app.refresh_from_db()
    assert app.state == State.EN_INSTRUCTION
    response = client.post(f"/instruction/dossiers/{app.pk}/transition/",
                           {"action": "repasser_en_construction", "motivation": ""}, follow=True)
    assert "motivation est obligatoire" in response.content.decode()
    response = client.post(f"/instruction/dossiers/{app.pk}/transition/", {"action": "x", "version": "zz"}, follow=True)
    assert response.status_code == 200 and "invalide" in response.content.decode()


def test_bulk_assign(client, world):
    login(client, world.user("manager"))
    apps = [world.apps["en_construction"], world.apps["en_instruction"]]
    client.post("/instruction/actions/", {"dossiers": [str(a.pk) for a in apps], "instructeur": "instructor"})
    assert {a.assigned_to_id for a in Application.objects.filter(pk__in=[a.pk for a in apps])} == {world.user("instructor").pk}
    response = client.post("/instruction/actions/", {"dossiers": [str(apps[0].pk)], "instructeur": "other_instructor"},
                           follow=True)
    assert "instruit pas" in response.content.decode()
    response = client.post("/instruction/actions/", {"dossiers": ["pas-un-uuid"]}, follow=True)
    assert "Sélection invalide" in response.content.decode()


def test_admin_pages(client, world):
    from tests.applications.factories import make_user

    boss = make_user("superviseur", is_staff=True, is_superuser=True)
    login(client, boss)
    app = world.apps["en_instruction"]
    for url in ("/admin/applications/staffscope/", "/admin/applications/application/",
                f"/admin/applications/application/{app.pk}/change/", "/admin/review/scoringgrid/",
                "/admin/review/decision/", "/admin/organisations/apitoken/"):
        assert client.get(url).status_code == 200, url
    assert client.post(f"/admin/applications/application/{app.pk}/delete/", {"post": "yes"}).status_code == 403

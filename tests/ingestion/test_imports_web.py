"""The import page: who may use it, preview, mapping presets, confirmation as a background task."""
from django.conf import settings
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from relocalisation.awards.models import Award
from relocalisation.ingestion.models import AwardRevision, ImportBatch, ImportPreset
from relocalisation.organisations.models import Membership, Organisation, Role

CSV = ("Entreprise;Commune;Dépt;Aide;Programme\n"
       "Atelier Nouveau;Grenoble;38;1,2 M€;secteurs-critiques\n"
       "Fonderie Test;38053;;300 000 €;secteurs-critiques\n").encode("utf-8")


def _user(name, role=None, staff=False):
    user = get_user_model().objects.create_user(name, password="motdepasse-solide-123", is_staff=staff)
    if role:
        org = Organisation.objects.create(name=f"Org {name}", kind=Organisation.Kind.OPERATOR)
        Membership.objects.create(user=user, organisation=org, role=role)
    return user


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.django_db
@pytest.mark.parametrize("role, staff, expected", [
    (None, False, 403), (Role.APPLICANT, False, 403), (Role.INSTRUCTOR, False, 403), (Role.COMMITTEE, False, 403),
    (Role.AGENCY, False, 403), (Role.MANAGER, False, 200), (Role.ADMIN, False, 200), (None, True, 200),
])
def test_who_may_import(client, role, staff, expected):
    client.force_login(_user("u", role, staff))
    assert client.get("/imports/").status_code == expected


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client):
    response = client.get("/imports/")
    assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)


def _upload(client, data=CSV, name="liste.csv", **extra):
    return client.post("/imports/", {"file": SimpleUploadedFile(name, data), **extra})


@pytest.mark.django_db
def test_upload_preview_map_confirm(client, django_capture_on_commit_callbacks):
    manager = _user("gestionnaire", Role.MANAGER)
    client.force_login(manager)
    response = _upload(client)
    batch = ImportBatch.objects.get()
    assert response.status_code == 302
    # Automatic detection finds « Entreprise » and « Commune » but not the programme → per-row report.
    assert batch.status == ImportBatch.Status.REJECTED
    page = client.get(f"/imports/{batch.pk}/").content.decode()
    assert "Dispositif manquant" in page and "Correspondance des colonnes" in page
    # The operator maps the columns and saves the mapping as a preset.
    client.post(f"/imports/{batch.pk}/correspondance/", {
        "col_entreprise": "Entreprise", "col_commune": "Commune", "col_departement": "Dépt", "col_aide_eur": "Aide",
        "col_dispositif": "Programme", "save_as": "Liste régionale"})
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.REJECTED  # « 38053 » is a code, not a name: per-row report
    page = client.get(f"/imports/{batch.pk}/").content.decode()
    assert "Commune introuvable" in page and "ligne" in page.lower()
    preset = ImportPreset.objects.get(name="liste-regionale")
    assert preset.mapping["entreprise"] == "Entreprise"
    fixed = CSV.replace(b"Fonderie Test;38053;;", b"Fonderie Test;Bourgoin-Jallieu;38;")
    _upload(client, fixed, preset="liste-regionale")
    batch = ImportBatch.objects.order_by("-created_at").first()
    assert batch.status == ImportBatch.Status.VALIDATED, batch.file_errors
    assert Award.objects.filter(organisation__name="Atelier Nouveau").count() == 0, "nothing before confirming"
    page = client.get(f"/imports/{batch.pk}/").content.decode()
    assert "Confirmer l'import" in page and "création" in page
    with django_capture_on_commit_callbacks(execute=True):  # ImmediateBackend in tests: runs at once
        client.post(f"/imports/{batch.pk}/confirmer/")
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and batch.progress == 100
    assert batch.created_count == 2
    award = Award.objects.get(organisation__name="Fonderie Test")
    assert award.commune_id == "38053" and award.origin == "import"
    progress = client.get(f"/imports/{batch.pk}/avancement/").content.decode()
    assert "Import terminé" in progress and 'value="100"' in progress and "hx-trigger" not in progress
    # Confirming twice does nothing more; re-importing the same file creates nothing.
    client.post(f"/imports/{batch.pk}/confirmer/")
    _upload(client, fixed, preset="liste-regionale")
    again = ImportBatch.objects.order_by("-created_at").first()
    assert again.unchanged_count == 2 and again.created_count == 0
    # A changed amount updates the award and records the history, visible on the laureate page.
    _upload(client, fixed.replace(b"1,2 M\xe2\x82\xac", b"1,5 M\xe2\x82\xac"), preset="liste-regionale")
    changed = ImportBatch.objects.order_by("-created_at").first()
    assert changed.updated_count == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/imports/{changed.pk}/confirmer/")
    atelier = Award.objects.get(organisation__name="Atelier Nouveau")
    assert str(atelier.aid_eur) == "1500000.00"
    assert AwardRevision.objects.filter(award=atelier).count() == 1
    assert "Historique des imports" in client.get(f"/laureats/{atelier.pk}/").content.decode()


@pytest.mark.django_db
def test_batches_are_private_to_their_uploader(client):
    alice, bob = _user("alice", Role.MANAGER), _user("bob", Role.MANAGER)
    client.force_login(alice)
    _upload(client)
    batch = ImportBatch.objects.get()
    client.force_login(bob)
    for url in (f"/imports/{batch.pk}/", f"/imports/{batch.pk}/avancement/"):
        assert client.get(url).status_code == 404
    assert client.post(f"/imports/{batch.pk}/confirmer/").status_code == 404
    assert "liste.csv" not in client.get("/imports/").content.decode()


@pytest.mark.django_db
def test_malformed_upload_gets_a_french_report(client):
    client.force_login(_user("g", Role.MANAGER))
    _upload(client, "Entreprise;Aide\nSociété;1 EUR\n".encode("latin-1"))
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.REJECTED
    assert "UTF-8" in client.get(f"/imports/{batch.pk}/").content.decode()
    assert not batch.file


@pytest.mark.django_db
def test_large_files_are_checked_in_the_background(client, settings, django_capture_on_commit_callbacks):
    settings.IMPORT_SYNC_ROWS = 1
    client.force_login(_user("g", Role.MANAGER))
    fixed = CSV.replace(b"Fonderie Test;38053;;", b"Fonderie Test;Bourgoin-Jallieu;38;")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _upload(client, fixed, default_programme="")
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.CHECKING
    page = client.get(f"/imports/{batch.pk}/").content.decode()
    assert "Vérification en cours" in page and "hx-trigger" in page
    for callback in callbacks:  # the worker runs the check (ImmediateBackend in tests)
        callback()
    batch.refresh_from_db()
    # « Entreprise » and « Commune » are guessed; the programme column is not: a per-row report.
    assert batch.status == ImportBatch.Status.REJECTED and batch.rows_total == 2
    response = client.get(f"/imports/{batch.pk}/avancement/", HTTP_HX_REQUEST="true")
    assert response["HX-Refresh"] == "true"

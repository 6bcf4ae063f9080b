"""The review queue under /communiques/: access by role, submission, background extraction,
highlighted evidence (escaped), accept → Award (origin « communiqué »), reject kept, never a partial Award."""
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from relocalisation.awards.models import Award, Origin
from relocalisation.ingestion.models import PressExtraction, ProposedLaureate, Source
from relocalisation.organisations.models import Membership, Organisation, Role
from relocalisation.programmes.models import Programme

pytestmark = pytest.mark.django_db

TEXT = ("Le Gouvernement annonce 2 nouveaux lauréats de l'appel à projets « Résilience ».\n\n"
        "- Dupont Industries (Lannion, 22) : cette PME investit 4 millions d'euros dans les composants "
        "électroniques, avec une aide de 800 000 €, et créera 15 emplois. <script>alert('x')</script>\n"
        "- Alpha Pharma (Caen, 14) : une PME qui fabrique des médicaments ; 12 emplois.\n")


def make_user(username, *, staff=False, role=None):
    user = get_user_model().objects.create_user(username, password="motdepasse-solide-123", is_staff=staff)
    if role:
        org = Organisation.objects.create(name=f"Orga {username}", kind=Organisation.Kind.OPERATOR)
        Membership.objects.create(user=user, organisation=org, role=role)
    return user


@pytest.fixture
def operator(client):
    user = make_user("gestionnaire", role=Role.MANAGER)
    client.force_login(user)
    return user


@pytest.fixture
def extraction(client, operator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/communiques/", {"title": "Essai", "text": TEXT})
    assert response.status_code == 302
    return PressExtraction.objects.get()


@pytest.mark.parametrize("kind, expected", [
    ("anonymous", 302), ("applicant", 403), ("instructor", 403), ("staff", 200), ("manager", 200), ("admin", 200),
])
def test_access_by_role(client, kind, expected):
    if kind == "staff":
        client.force_login(make_user("s", staff=True))
    elif kind != "anonymous":
        client.force_login(make_user(kind, role={"applicant": Role.APPLICANT, "instructor": Role.INSTRUCTOR,
                                                 "manager": Role.MANAGER, "admin": Role.ADMIN}[kind]))
    assert client.get("/communiques/").status_code == expected


def test_every_page_refuses_non_operators(client, extraction):
    proposal = extraction.proposals.first()
    client.logout()
    client.force_login(make_user("candidat", role=Role.APPLICANT))
    for url in (f"/communiques/{extraction.pk}/", f"/communiques/{extraction.pk}/etat/",
                f"/communiques/sources/{extraction.source_id}/"):
        assert client.get(url).status_code == 403
    response = client.post(f"/communiques/{extraction.pk}/propositions/{proposal.pk}/", {f"p{proposal.pk}-action": "reject"})
    assert response.status_code == 403
    assert ProposedLaureate.objects.get(pk=proposal.pk).decision == ProposedLaureate.Decision.PENDING


def test_submission_runs_the_extraction(extraction):
    assert extraction.status == PressExtraction.Status.DONE and extraction.progress == 100
    names = list(extraction.proposals.values_list("organisation_name", flat=True))
    assert names == ["Dupont Industries", "Alpha Pharma"]
    first = extraction.proposals.get(position=0)
    assert first.commune_id == "22113" and first.investment_eur == 4_000_000 and first.aid_eur == 800_000
    assert first.jobs_created == 15 and first.sector_id == "electronique"
    assert first.evidence["organisation"] and first.extracted["organisation"] == "Dupont Industries"
    assert extraction.programme is not None and extraction.programme.slug == "resilience"


def test_review_page_highlights_evidence_and_escapes_html(client, extraction):
    response = client.get(f"/communiques/{extraction.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="press-mark" data-laureate="0" title="organisation (lauréat 1)">Dupont Industries</mark>' in html
    assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html
    assert "Accepter" in html and "Rejeter" in html


def test_status_endpoint_refreshes_when_done(client, extraction):
    response = client.get(f"/communiques/{extraction.pk}/etat/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response["HX-Refresh"] == "true"


def test_pending_extraction_shows_progress(client, operator):
    source = Source.objects.create(text=TEXT, sha256="x")
    pending = PressExtraction.objects.create(source=source)
    html = client.get(f"/communiques/{pending.pk}/").content.decode()
    assert "<progress" in html and 'hx-trigger="every 1s"' in html


@pytest.mark.parametrize("data, message", [
    ({"text": ""}, "Collez un texte ou déposez un fichier"),
    ({"text": "   "}, "Collez un texte ou déposez un fichier"),
])
def test_bad_submissions(client, operator, data, message):
    response = client.post("/communiques/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Source.objects.exists()


def test_binary_upload_is_refused_in_french(client, operator):
    upload = SimpleUploadedFile("x.txt", bytes(range(256)) * 20)
    response = client.post("/communiques/", {"file": upload})
    assert response.status_code == 400 and "binaire" in response.content.decode()


def test_upload_html_file(client, operator, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("c.html", ("<html><body><p>" + TEXT.replace("\n", "</p><p>") + "</p></body></html>").encode())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/communiques/", {"file": upload})
    assert response.status_code == 302
    assert Source.objects.get().file_name == "c.html"
    assert PressExtraction.objects.get().proposals.count() == 2


def decide(client, extraction, proposal, **fields):
    data = {f"p{proposal.pk}-{k}": v for k, v in fields.items()}
    return client.post(f"/communiques/{extraction.pk}/propositions/{proposal.pk}/", data, follow=True)


def test_accept_creates_organisation_and_award(client, extraction):
    proposal = extraction.proposals.get(position=0)
    programme = Programme.objects.get(slug="resilience")
    response = decide(client, extraction, proposal, action="accept", organisation_name="Dupont Industries SAS",
                      project_name="Ligne 2", commune="22113", sector="electronique", investment_eur="4 M€",
                      aid_eur="800 000,00", jobs_created="15", programme=programme.pk, organisation="new")
    assert "enregistré" in response.content.decode()
    award = Award.objects.get(external_key=f"press:{proposal.pk}")
    assert award.origin == Origin.PRESS and award.programme == programme
    assert award.organisation.name == "Dupont Industries SAS" and award.commune_id == "22113"
    assert award.department_id == "22" and award.region_id == "53"
    assert award.investment_eur == 4_000_000 and award.aid_eur == 800_000 and award.jobs_created == 15
    assert award.source == f"/communiques/sources/{extraction.source_id}/"
    assert "Dupont Industries" in award.source_quote
    proposal.refresh_from_db()
    assert proposal.decision == ProposedLaureate.Decision.ACCEPTED and proposal.award == award
    assert proposal.extracted["organisation"] == "Dupont Industries"  # the extractor's value stays for quality
    # A second decision on the same proposal is refused.
    response = decide(client, extraction, proposal, action="accept", organisation_name="X", programme=programme.pk)
    assert "déjà été traitée" in response.content.decode()
    assert Award.objects.filter(external_key=f"press:{proposal.pk}").count() == 1


def test_accept_matches_an_existing_organisation(client, extraction):
    existing = Organisation.objects.create(name="DUPONT INDUSTRIES", siren=None)
    proposal = extraction.proposals.get(position=0)
    programme = Programme.objects.get(slug="resilience")
    page = client.get(f"/communiques/{extraction.pk}/").content.decode()
    assert "DUPONT INDUSTRIES" in page
    decide(client, extraction, proposal, action="accept", organisation_name="Dupont Industries",
           programme=programme.pk, organisation=str(existing.pk))
    assert Award.objects.get(external_key=f"press:{proposal.pk}").organisation == existing
    assert Organisation.objects.filter(name_normalized="dupont industries").count() == 1


def test_accept_without_programme_is_refused(client, extraction):
    proposal = extraction.proposals.get(position=0)
    response = decide(client, extraction, proposal, action="accept", organisation_name="Dupont", organisation="new")
    assert "Choisissez le dispositif" in response.content.decode()
    assert not Award.objects.filter(origin=Origin.PRESS).exists()


def test_bad_values_are_refused_in_french(client, extraction):
    proposal = extraction.proposals.get(position=0)
    programme = Programme.objects.get(slug="resilience")
    response = decide(client, extraction, proposal, action="accept", organisation_name="Dupont",
                      programme=programme.pk, commune="99999", siren="123", investment_eur="beaucoup")
    html = response.content.decode()
    assert "Code commune INSEE inconnu" in html and "SIREN invalide" in html and "Montant" in html
    assert not Award.objects.filter(origin=Origin.PRESS).exists()


def test_reject_is_kept(client, extraction):
    proposal = extraction.proposals.get(position=1)
    decide(client, extraction, proposal, action="reject", note="Pas un lauréat")
    proposal.refresh_from_db()
    assert proposal.decision == ProposedLaureate.Decision.REJECTED and proposal.decision_note == "Pas un lauréat"
    assert proposal.award is None and not Award.objects.filter(origin=Origin.PRESS).exists()


def test_never_a_partial_award(client, extraction, monkeypatch):
    """If saving the Award fails, the organisation created on the way is rolled back too."""
    import relocalisation.ingestion.press_services as services

    def broken(award):
        award.save()
        raise RuntimeError("panne")

    monkeypatch.setattr(services, "save_award", broken)
    proposal = extraction.proposals.get(position=0)
    programme = Programme.objects.get(slug="resilience")
    orgs_before = Organisation.objects.count()
    with pytest.raises(RuntimeError):
        services.accept_proposal(proposal, user=None, data={
            "organisation_name": "Nouvelle Orga", "programme": programme, "create_organisation": True,
            "commune": None, "sector": None, "investment_eur": None, "aid_eur": None, "jobs_created": None})
    assert Organisation.objects.count() == orgs_before
    assert not Award.objects.filter(origin=Origin.PRESS).exists()
    proposal.refresh_from_db()
    assert proposal.decision == ProposedLaureate.Decision.PENDING


def test_failed_extraction_is_recorded(operator, monkeypatch):
    import relocalisation.ingestion.press as press
    from relocalisation.ingestion.press_services import run_extraction

    source = Source.objects.create(text=TEXT, sha256="x")
    extraction = PressExtraction.objects.create(source=source)

    def boom(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr(press, "extract", boom)
    assert run_extraction(extraction.pk) == PressExtraction.Status.FAILED
    extraction.refresh_from_db()
    assert extraction.status == PressExtraction.Status.FAILED and "échoué" in extraction.error


def test_text_without_laureate(client, operator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/communiques/", {"text": "La Région lance un plan doté de 400 millions d'euros."})
    extraction = PressExtraction.objects.get()
    assert extraction.status == PressExtraction.Status.DONE and not extraction.proposals.exists()
    assert "Aucun lauréat" in client.get(f"/communiques/{extraction.pk}/").content.decode()


def test_demo_load_is_idempotent():
    from io import StringIO

    from relocalisation.ingestion import demo

    if demo._seeds_dir() is None:
        pytest.skip("shared/seeds absent")
    demo.load(StringIO())
    demo.load(StringIO())
    assert Source.objects.filter(kind=Source.Kind.COMMAND).count() == 2
    assert ProposedLaureate.objects.filter(extraction__source__kind=Source.Kind.COMMAND).count() == 7


def test_find_in_text_ignores_case_accents_and_spacing():
    from relocalisation.ingestion.press_selectors import find_in_text

    text = "Retenue : la Société\u00a0Mécanique\nde l'Ouest, à Brest. Aussi SMO."
    start, end = find_in_text(text, "societe mecanique de l'ouest")
    assert text[start:end] == "Société\u00a0Mécanique\nde l'Ouest"
    assert find_in_text(text, "SMO") == (text.index("SMO"), text.index("SMO") + 3)
    assert find_in_text(text, "Mécanique de l'Est") is None
    assert find_in_text(text, "Bre") is None  # whole words only
    assert find_in_text(text, "   ") is None


def test_operator_adds_a_missed_laureate_then_quality_counts_it(client, extraction):
    from relocalisation.ingestion.press_selectors import review_quality

    url = f"/communiques/{extraction.pk}/propositions/ajout/"
    names_before = set(extraction.proposals.values_list("organisation_name", flat=True))
    assert "Gouvernement" not in names_before
    html = client.post(url, {"name": "le GOUVERNEMENT"}, follow=True).content.decode()
    assert "ajouté aux propositions" in html and "Ajouté à la main" in html
    added = extraction.proposals.get(added_manually=True)
    start, end = added.evidence["organisation"]
    assert added.organisation_name == "Le Gouvernement" == extraction.source.text[start:end]
    assert added.decision == ProposedLaureate.Decision.PENDING and added.extracted == {}
    # Refused with a French message, nothing added: absent from the text, twice, empty.
    for name, message in (("Inconnu SA", "n&#x27;apparaît pas dans le texte"), ("Le Gouvernement", "déjà parmi"),
                          ("Dupont Industries", "déjà parmi"), ("", "Saisissez le nom")):
        html = client.post(url, {"name": name}, follow=True).content.decode()
        assert "Ajout impossible" in html and message in html, name
    assert extraction.proposals.filter(added_manually=True).count() == 1
    # Quality from the reviews: one extracted proposal accepted, one rejected, one laureate missed.
    programme = Programme.objects.get(slug="resilience")
    first, second = extraction.proposals.get(position=0), extraction.proposals.get(position=1)
    decide(client, extraction, first, action="accept", organisation_name="Dupont Industries",
           programme=programme.pk, organisation="new")
    decide(client, extraction, second, action="reject", note="Pas un lauréat")
    decide(client, extraction, added, action="accept", organisation_name="Le Gouvernement",
           programme=programme.pk, organisation="new")
    quality = review_quality()
    assert (quality["accepted"], quality["rejected"], quality["missed"]) == (1, 1, 1)
    assert quality["precision"] == 0.5 and quality["recall"] == 0.5
    page = client.get("/communiques/").content.decode()
    assert "Précision" in page and "50 %" in page and "1 ajouté(s) à la main" in page


def test_adding_is_for_operators_and_finished_extractions(client, extraction, operator):
    url = f"/communiques/{extraction.pk}/propositions/ajout/"
    client.logout()
    client.force_login(make_user("candidate", role=Role.APPLICANT))
    assert client.post(url, {"name": "Gouvernement"}).status_code == 403
    assert client.get(f"/communiques/{extraction.pk}/propositions/ajout/").status_code in (403, 405)
    client.force_login(operator)
    assert client.get(url).status_code == 405
    PressExtraction.objects.filter(pk=extraction.pk).update(status=PressExtraction.Status.RUNNING)
    html = client.post(url, {"name": "Gouvernement"}, follow=True).content.decode()
    assert "pas terminée" in html
    assert not extraction.proposals.filter(added_manually=True).exists()


def test_export_of_reviewed_texts_is_a_reference_set_for_eval_press(client, extraction, tmp_path):
    import json

    from django.core.management import call_command

    from relocalisation.ingestion.press.evaluate import evaluate
    from relocalisation.ingestion.press.service import run_file

    call_command("export_press_gold", str(tmp_path))
    assert json.loads((tmp_path / "gold.json").read_text())["documents"] == []  # not reviewed yet
    programme = Programme.objects.get(slug="resilience")
    first, second = extraction.proposals.get(position=0), extraction.proposals.get(position=1)
    client.post(f"/communiques/{extraction.pk}/propositions/ajout/", {"name": "Gouvernement"})
    added = extraction.proposals.get(added_manually=True)
    decide(client, extraction, first, action="accept", organisation_name="Dupont Industries", commune="22113",
           aid_eur="800 000", programme=programme.pk, organisation="new")
    decide(client, extraction, second, action="reject", note="Pas un lauréat")
    decide(client, extraction, added, action="accept", organisation_name="Gouvernement",
           programme=programme.pk, organisation="new")
    call_command("export_press_gold", str(tmp_path))
    gold = json.loads((tmp_path / "gold.json").read_text())
    [doc] = gold["documents"]
    assert [g["organisation"] for g in doc["laureates"]] == ["Dupont Industries", "Gouvernement"]
    assert doc["laureates"][0]["commune_insee"] == "22113" and doc["laureates"][0]["region_code"] == "53"
    assert doc["laureates"][0]["aid_eur"] == 800000
    text_file = tmp_path / "texts" / doc["source"]
    assert text_file.read_text(encoding="utf-8") == extraction.source.text
    report = evaluate(gold, {doc["source"]: run_file(text_file)})
    # The rejected proposal comes back as a false positive, the hand-added laureate as a miss.
    assert (report.laureates.tp, report.laureates.fp, report.laureates.fn) == (1, 1, 1)


def test_fields_of_a_hand_added_name_are_read_in_its_passage():
    from relocalisation.ingestion.press import read_laureate_at

    text = ("Le plan de relance soutient de nouveaux projets industriels.\n\n"
            "Parmi eux, l'atelier de la famille Berthier, à Lannion (22), investit 2 millions d'euros et recevra "
            "400 000 euros d'aide ; 12 emplois seront créés.\n\nLa Région salue ces projets.")
    start = text.index("Berthier")
    lau = read_laureate_at(text, start, start + len("Berthier"))
    assert lau["organisation"] == "Berthier" and lau["evidence"]["organisation"] == [start, start + 8]
    assert (lau["commune_insee"], lau["department_code"], lau["region_code"]) == ("22113", "22", "53")
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (2_000_000, 400_000, 12)
    # Nothing is read from another paragraph.
    assert text[slice(*lau["evidence"]["aid_eur"])].startswith("400 000")

"""A company signs up, checks its eligibility, fills and submits a dossier with an attachment; an
instructor asks a question, the company answers, the instructor scores, the committee awards; the
award appears on the public programme page. And a submission one minute after the deadline is
refused on the server."""
import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from relocalisation.applications import services
from relocalisation.applications.models import Application, StaffScope, State
from relocalisation.awards.models import Award
from relocalisation.organisations.models import Membership, Organisation, Role
from relocalisation.programmes.models import Call, Wave
from tests.applications.factories import CVL_PROGRAMME, GOOD_FORM, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "motdepasse-solide-42"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _staff(username, role, call):
    user = make_user(username, first_name=username.capitalize())
    operator, _ = Organisation.objects.get_or_create(name="Opérateur e2e", kind=Organisation.Kind.OPERATOR)
    Membership.objects.create(user=user, organisation=operator, role=role)
    if role == Role.INSTRUCTOR:
        StaffScope.objects.create(user=user, role=role, call=call)
    else:
        StaffScope.objects.create(user=user, role=role, programme=call.programme)
    return TOTPDevice.objects.create(user=user, name="e2e", confirmed=True)


def _open_wave():
    call = Call.objects.get(programme__slug=CVL_PROGRAMME, slug="relocalisation-diversification")
    now = timezone.now()
    wave = Wave.objects.create(call=call, number=77, label="Vague e2e", opens_at=now - dt.timedelta(days=1),
                               deadline=now + dt.timedelta(days=20), envelope_eur=Decimal("50000"))
    return call, wave


def _login(page, url, username, device=None):
    page.goto(url + "/compte/connexion/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    if device is not None:
        page.goto(url + "/compte/double-authentification/?next=/instruction/")
        device.refresh_from_db()
        code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
        page.locator("#id_token").fill(f"{code:06d}")
        page.get_by_role("button", name="Vérifier").click()
        page.wait_for_url(re.compile(r"/instruction/$"))


def _logout(page):
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url(re.compile(r"/$"))


def _new_page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    new = context.new_page()
    new.set_default_timeout(15_000)
    return new


def test_apply_instruct_award(live_server, reference_tx, page, browser, artifacts_dir):
    url = live_server.url
    company_page = page
    call, wave = _open_wave()
    instructor = _staff("instructrice", Role.INSTRUCTOR, call)
    committee = _staff("comite", Role.COMMITTEE, call)

    # 1. Sign-up and e-mail verification
    page.goto(url + "/compte/inscription/")
    page.locator("#id_email").fill("dirigeante@usinage-loire.example")
    page.locator("#id_first_name").fill("Claire")
    page.locator("#id_last_name").fill("Durand")
    page.locator("#id_company_name").fill("Usinage de Loire")
    page.locator("#id_siren").fill("900 000 035")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon compte").click()
    page.get_by_text("Un lien de vérification a été envoyé").wait_for()
    link = re.search(r"https?://\S+/compte/verification/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    Organisation.objects.filter(siren="900000035").update(headcount=85)
    _login(page, url, "dirigeante@usinage-loire.example")

    # 2. Eligibility (the public engine, same rules as the dossier)
    page.goto(url + "/eligibilite/")
    page.get_by_label("Effectif salarié").fill("85")
    page.get_by_label("Code NAF (APE)").fill("25.62A")
    page.get_by_label("Commune du projet").fill("45234")
    page.get_by_label("Type de projet").select_option("reshoring")
    page.get_by_label("Phase du projet").select_option("launch")
    page.get_by_role("button", name="Vérifier mon éligibilité").click()
    card = page.locator(".resultat-appel", has_text="Relocalisation/Diversification")
    card.first.wait_for()
    assert card.first.get_attribute("data-statut") == "eligible"

    # 3. The dossier: draft, autosave, attachment, submission
    page.goto(url + "/dossiers/")
    page.get_by_label("Appel à projets et vague ouverte").select_option(str(wave.pk))
    page.get_by_role("button", name="Créer le brouillon").click()
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f-]{36}/$"))
    app_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    page.locator("#id_title").fill("Ligne de décolletage rapatriée")
    page.locator("#id_description").fill("Rapatrier de Chine une ligne de décolletage de précision.")
    page.locator("#id_project_type").select_option("reshoring")
    page.locator("#id_phase").select_option("launch")
    page.locator("#id_commune_code").fill("45234")
    page.locator("#id_naf_code").fill("25.62A")
    page.locator("#id_headcount").fill("85")
    page.locator("#id_investment_eur").fill("850000")
    page.locator("#id_aid_requested_eur").fill("9600")
    page.locator("#id_jobs_created").fill("6")
    # autosave: wait until the server has the last field
    for _ in range(50):
        app = Application.objects.get(pk=app_id)
        if app.jobs_created == 6 and app.aid_requested_eur == Decimal("9600"):
            break
        page.wait_for_timeout(200)
    assert app.title == "Ligne de décolletage rapatriée" and app.naf_id == "25.62A"
    page.get_by_text("Brouillon enregistré").wait_for()
    page.reload()
    verdict = page.locator("#eligibilite .fr-badge").inner_text().lower()
    assert verdict == "éligible" and "peut être déposé" in page.locator("#eligibilite").inner_text()
    page.locator("#id_kind").select_option("devis")
    page.locator("#id_file").set_input_files({"name": "devis.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name="Ajouter la pièce").click()
    page.get_by_role("link", name="devis.pdf").wait_for()
    page.get_by_role("button", name="Déposer le dossier").click()
    page.get_by_text("Dossier déposé.").wait_for()
    assert page.locator("#etat-dossier").inner_text().lower() == "en construction"
    page.screenshot(path=str(artifacts_dir / "dossier-depose.png"), full_page=True)

    # 4. The instructor (own browser session) starts the instruction and asks a question
    page = staff_page = _new_page(browser)
    _login(page, url, "instructrice", instructor)
    page.goto(f"{url}/instruction/dossiers/{app_id}/")
    page.get_by_role("button", name="Passer en instruction").click()
    page.get_by_text("Action enregistrée.").wait_for()
    page.locator("#id_body").fill("Pouvez-vous préciser le calendrier des travaux ?")
    page.get_by_role("button", name="Envoyer le message").click()
    page.get_by_text("Message envoyé.").wait_for()

    # 5. The company answers
    page = company_page
    page.goto(f"{url}/dossiers/{app_id}/")
    assert "préciser le calendrier" in page.content()
    page.locator("#id_body").fill("Travaux de mars à juin 2027.")
    page.get_by_role("button", name="Envoyer le message").click()
    page.get_by_text("Message envoyé.").wait_for()

    # 6. The instructor scores
    page = staff_page
    page.goto(f"{url}/instruction/dossiers/{app_id}/")
    assert "Travaux de mars à juin 2027." in page.content()
    for code in ("valeur-ajoutee", "viabilite", "activite-strategique", "emplois", "dependance"):
        page.locator(f"#note-{code}").fill("4")
    page.locator("#avis").select_option("favorable")
    page.get_by_role("button", name="Enregistrer ma notation").click()
    page.get_by_text("Notation enregistrée.").wait_for()
    assert page.locator("#note-moyenne").inner_text() == "16,00 / 20"
    _logout(page)

    # 7. The committee awards
    page = _new_page(browser)
    _login(page, url, "comite", committee)
    page.goto(f"{url}/instruction/vagues/{wave.pk}/comite/")
    assert "Ligne de décolletage rapatriée" in page.content()
    page.goto(f"{url}/instruction/dossiers/{app_id}/")
    page.locator("#id_outcome").select_option("accepte")
    page.locator("#id_amount").fill("9600")
    page.locator("#id_days").fill("8")
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.get_by_text("Décision enregistrée").wait_for()
    assert page.locator("#reste-a-attribuer").inner_text().replace("\u202f", "").replace(" ", "") == "40400,00€"
    assert Application.objects.get(pk=app_id).state == State.ACCEPTE
    award = Award.objects.get(external_key=f"application:{app_id}")
    assert award.origin == "application"

    # 8. The award is on the public programme page
    page.goto(f"{url}/dispositifs/{CVL_PROGRAMME}/")
    laureates = page.locator("#laureats ~ *").first
    assert "Usinage de Loire" in page.content()
    assert "Ligne de décolletage rapatriée" in page.content()
    page.screenshot(path=str(artifacts_dir / "laureat-publie.png"), full_page=True)
    assert laureates is not None


def test_submission_one_minute_after_deadline_is_refused(live_server, reference_tx, page):
    url = live_server.url
    _, wave = _open_wave()
    user = make_user("entreprise-e2e")
    org = Organisation.objects.create(name="Retardataire", siren="900000019", headcount=85)
    Membership.objects.create(user=user, organisation=org, role=Role.APPLICANT)
    app = services.create_draft(user, organisation=org, wave=wave)
    services.update_form(user, app, GOOD_FORM, expected_version=app.version)
    _login(page, url, "entreprise-e2e")
    page.goto(f"{url}/dossiers/{app.pk}/")
    Wave.objects.filter(pk=wave.pk).update(deadline=timezone.now() - dt.timedelta(minutes=1))
    page.get_by_role("button", name="Déposer le dossier").click()
    page.get_by_text("Dépôt refusé : la date limite de la vague était le").wait_for()
    assert Application.objects.get(pk=app.pk).state == State.BROUILLON

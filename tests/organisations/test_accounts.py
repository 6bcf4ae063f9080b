import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from relocalisation.organisations.models import ApiToken, Membership, Organisation

pytestmark = pytest.mark.django_db
User = get_user_model()

SIGNUP = {"email": "Camille@Exemple.fr", "first_name": "Camille", "last_name": "Martin",
          "company_name": "Usinage Martin", "siren": "900 000 035", "password1": "Roulement-à-billes-7",
          "password2": "Roulement-à-billes-7"}


def _code(device):
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def test_signup_verify_login_logout(client, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/compte/inscription/", SIGNUP)
    assert response.status_code == 200 and "Vérifiez votre messagerie" in response.content.decode()
    user = User.objects.get(username="camille@exemple.fr")
    assert not user.is_active and user.password.startswith("md5$") or user.password
    org = Organisation.objects.get(siren="900000035")
    assert Membership.objects.filter(user=user, organisation=org, role="applicant").exists()
    # not verified yet: login refused
    response = client.post("/compte/connexion/", {"username": "camille@exemple.fr", "password": SIGNUP["password1"]})
    assert response.status_code == 200 and "pas encore" in response.content.decode()
    link = re.search(r"(/compte/verification/[^/\s]+/)", mailoutbox[0].body).group(1)
    assert client.get(link).status_code == 302
    response = client.post("/compte/connexion/", {"username": "camille@exemple.fr", "password": SIGNUP["password1"]})
    assert response.status_code == 302 and response["Location"] == "/compte/"
    assert "Usinage Martin" in client.get("/compte/").content.decode()
    assert client.post("/compte/deconnexion/").status_code == 302
    assert client.get("/compte/").status_code == 302


def test_signup_errors_in_french(client):
    bad = dict(SIGNUP, siren="123456789", password2="autre", email="pas-un-courriel")
    body = client.post("/compte/inscription/", bad).content.decode()
    assert "clé de contrôle" in body and "ne correspondent pas" in body and "adresse de courriel valide" in body
    assert not User.objects.exists()
    weak = dict(SIGNUP, password1="1234567890", password2="1234567890")
    assert "courant" in client.post("/compte/inscription/", weak).content.decode() or \
        "chiffres" in client.post("/compte/inscription/", weak).content.decode()


def test_bad_verification_link(client):
    assert client.get("/compte/verification/faux-jeton/").status_code == 400


def test_login_throttling(client):
    User.objects.create_user("bloque", "bloque@example.test", "Bon-mot-de-passe-9")
    for _ in range(5):
        client.post("/compte/connexion/", {"username": "bloque", "password": "mauvais"})
    response = client.post("/compte/connexion/", {"username": "bloque", "password": "Bon-mot-de-passe-9"})
    assert response.status_code == 429 and "bloquée" in response.content.decode()


def test_password_reset(client, mailoutbox):
    User.objects.create_user("oublieux", "oublieux@example.test", "Ancien-mot-de-passe-1")
    client.post("/compte/mot-de-passe/", {"email": "oublieux@example.test"})
    link = re.search(r"(/compte/mot-de-passe/[^/\s]+/[^/\s]+/)", mailoutbox[0].body).group(1)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "Nouveau-mot-de-passe-2", "new_password2": "Nouveau-mot-de-passe-2"})
    assert User.objects.get(username="oublieux").check_password("Nouveau-mot-de-passe-2")


def test_staff_must_enrol_totp(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp slows retries after a wrong code; not under test here
    from relocalisation.organisations.models import Role

    user = User.objects.create_user("instructrice", "i@example.test", "Mot-de-passe-solide-3")
    org = Organisation.objects.create(name="Opérateur", kind="operator")
    Membership.objects.create(user=user, organisation=org, role=Role.INSTRUCTOR)
    client.post("/compte/connexion/", {"username": "instructrice", "password": "Mot-de-passe-solide-3"})
    response = client.get("/instruction/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/double-authentification/")
    page = client.get(response["Location"]).content.decode()
    assert "<svg" in page and "QR code" in page
    device = TOTPDevice.objects.get(user=user)
    response = client.post("/compte/double-authentification/?next=/instruction/", {"token": "000000"})
    assert "Code incorrect" in response.content.decode() or _code(device) == "000000"
    response = client.post("/compte/double-authentification/", {"token": _code(device), "next": "/instruction/"})
    assert response.status_code == 302 and response["Location"] == "/instruction/"
    device.refresh_from_db()
    assert device.confirmed
    assert "session vérifiée" in client.get("/compte/").content.decode()
    # open redirects are refused
    client.post("/compte/deconnexion/")
    client.post("/compte/connexion/", {"username": "instructrice", "password": "Mot-de-passe-solide-3"})
    device.refresh_from_db()
    response = client.post("/compte/double-authentification/", {"token": _code(device), "next": "https://evil.example/"})
    assert response.get("Location") in (None, "/compte/")  # never the foreign site (a reused code gives 200)


def test_create_api_token_command(capsys):
    User.objects.create_user("robot", "robot@example.test", "x-Mot-de-passe-4")
    call_command("create_api_token", "robot")
    token = capsys.readouterr().out.strip()
    assert token.startswith("rl_") and len(token) > 30
    stored = ApiToken.objects.get(user__username="robot")
    assert token not in (stored.key_hash, stored.prefix) and stored.key_hash != token
    with pytest.raises(CommandError):
        call_command("create_api_token", "inconnu")


def test_load_demo_refused_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo")


def test_applicant_invites_a_colleague(client, mailoutbox, django_capture_on_commit_callbacks):
    boss = User.objects.create_user("patronne", "patronne@example.test", "Mot-de-passe-solide-5")
    org = Organisation.objects.create(name="Forges du Cher", siren="900000019")
    Membership.objects.create(user=boss, organisation=org, role="applicant")
    outsider = User.objects.create_user("curieux", "curieux@example.test", "Mot-de-passe-solide-6")
    client.force_login(outsider)
    assert client.get(f"/compte/entreprises/{org.pk}/").status_code == 404
    assert client.post(f"/compte/entreprises/{org.pk}/", {"email": "x@example.test"}).status_code == 404
    client.force_login(boss)
    assert "Forges du Cher" in client.get("/compte/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/compte/entreprises/{org.pk}/", {"email": "Collegue@Example.test"})
    colleague = User.objects.get(username="collegue@example.test")
    assert Membership.objects.filter(user=colleague, organisation=org, role="applicant").exists()
    assert not colleague.has_usable_password() and "/compte/mot-de-passe/" in mailoutbox[-1].body
    body = client.post(f"/compte/entreprises/{org.pk}/", {"email": "pas-une-adresse"}).content.decode()
    assert "adresse de courriel valide" in body


def _enrolled_instructor(client):
    from relocalisation.organisations.models import Role

    user = User.objects.create_user("instructeur2", "i2@example.test", "Mot-de-passe-solide-4")
    org = Organisation.objects.create(name="Opérateur B", kind="operator")
    Membership.objects.create(user=user, organisation=org, role=Role.INSTRUCTOR)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.post("/compte/connexion/", {"username": "instructeur2", "password": "Mot-de-passe-solide-4"})
    return user, device


def test_backup_codes_need_a_verified_session_then_replace_the_old_ones(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    user, device = _enrolled_instructor(client)
    # Password only: no codes that would bypass the second factor.
    response = client.post("/compte/codes-de-secours/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/double-authentification/")
    from django_otp.plugins.otp_static.models import StaticToken

    assert not StaticToken.objects.filter(device__user=user).exists()
    assert client.get("/compte/codes-de-secours/").status_code == 405
    client.post("/compte/double-authentification/", {"token": _code(device), "next": "/compte/"})
    page = client.get("/compte/").content.decode()
    assert "Générer mes codes de secours" in page
    response = client.post("/compte/codes-de-secours/")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    shown = re.findall(r"<code>([a-z2-7]{4})-([a-z2-7]{4})</code>", response.content.decode())
    first = {a + b for a, b in shown}
    assert len(first) == 10 == StaticToken.objects.filter(device__user=user).count()
    second = client.post("/compte/codes-de-secours/").content.decode()
    second = {a + b for a, b in re.findall(r"<code>([a-z2-7]{4})-([a-z2-7]{4})</code>", second)}
    assert len(second) == 10 and not first & second
    assert set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True)) == second
    assert "il vous en reste 10" in client.get("/compte/").content.decode()


def test_a_backup_code_signs_in_once(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    from relocalisation.organisations import services

    user, device = _enrolled_instructor(client)
    codes = services.regenerate_backup_codes(user)
    assert client.get("/instruction/").status_code == 302
    wrong = client.post("/compte/double-authentification/", {"token": "abcd-efgh", "next": "/instruction/"})
    assert wrong.status_code == 200 and "Code de secours inconnu" in wrong.content.decode()
    code = codes[3]
    response = client.post("/compte/double-authentification/",
                           {"token": f"{code[:4].upper()}-{code[4:]}", "next": "/instruction/"})
    assert response.status_code == 302 and response["Location"] == "/instruction/"
    assert "session vérifiée" in client.get("/compte/").content.decode()
    assert services.backup_codes_left(user) == 9
    # Used up: the same code does not open a new session.
    client.post("/compte/deconnexion/")
    client.post("/compte/connexion/", {"username": "instructeur2", "password": "Mot-de-passe-solide-4"})
    again = client.post("/compte/double-authentification/", {"token": code, "next": "/instruction/"})
    assert again.status_code == 200 and "déjà utilisé" in again.content.decode()
    assert client.get("/instruction/").status_code == 302


def test_backup_codes_are_not_accepted_while_enrolling(client):
    from relocalisation.organisations import services
    from relocalisation.organisations.models import Role

    user = User.objects.create_user("nouveau", "n@example.test", "Mot-de-passe-solide-5")
    org = Organisation.objects.create(name="Opérateur C", kind="operator")
    Membership.objects.create(user=user, organisation=org, role=Role.INSTRUCTOR)
    code = services.regenerate_backup_codes(user)[0]
    client.post("/compte/connexion/", {"username": "nouveau", "password": "Mot-de-passe-solide-5"})
    response = client.post("/compte/double-authentification/", {"token": code, "next": "/instruction/"})
    assert response.status_code == 200 and "6 chiffres" in response.content.decode()
    assert client.get("/instruction/").status_code == 302

"""Demo accounts for every role (DEBUG only, via ``relocalisation load_demo``). Idempotent.

Password of every demo account: ``DEMO_PASSWORD``. Staff accounts have a TOTP device whose key is
``DEMO_TOTP_KEY`` (base32 ``DEMO_TOTP_BASE32``); ``relocalisation demo_totp USERNAME`` prints the
current code."""
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from relocalisation.organisations.models import Membership, Organisation, Role

DEMO_PASSWORD = "demo-Relocalisation-2026"
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"  # hex, RFC 6238 test key
DEMO_TOTP_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

COMPANIES = {
    "demo-entreprise": ("Démo Mécanique de Loire (fictive)", "900000019", "45234", "25.62A", 85),
    "demo-entreprise-2": ("Démo Chimie du Berry (fictive)", "900000027", "18033", "20.14Z", 140),
}
OPERATOR = ("Démo — service instructeur (fictif)", Organisation.Kind.OPERATOR)
USERS = {
    "demo-entreprise": ("Camille", "Demo-Entreprise", Role.APPLICANT),
    "demo-entreprise-2": ("Dominique", "Demo-Entreprise-Deux", Role.APPLICANT),
    "demo-instructeur": ("Inès", "Demo-Instructrice", Role.INSTRUCTOR),
    "demo-comite": ("Claude", "Demo-Comite", Role.COMMITTEE),
    "demo-gestionnaire": ("Gaël", "Demo-Gestionnaire", Role.MANAGER),
    "demo-admin": ("Ada", "Demo-Admin", Role.ADMIN),
}


def demo_user(username: str):
    return get_user_model().objects.get(username=username)


def load(stdout):
    from relocalisation.activities.models import NafCode
    from relocalisation.territories.models import Commune

    User = get_user_model()
    orgs = {}
    for username, (name, siren, commune, naf, headcount) in COMPANIES.items():
        org, _ = Organisation.objects.update_or_create(siren=siren, defaults={
            "name": name, "kind": Organisation.Kind.COMPANY, "headcount": headcount, "source": "démonstration",
            "commune": Commune.objects.filter(code=commune).first(), "naf": NafCode.objects.filter(code=naf).first()})
        orgs[username] = org
    operator, _ = Organisation.objects.get_or_create(name=OPERATOR[0], kind=OPERATOR[1],
                                                     defaults={"source": "démonstration"})
    for username, (first, last, role) in USERS.items():
        user, created = User.objects.get_or_create(username=username, defaults={
            "first_name": first, "last_name": last, "email": f"{username}@demo.relocalisation.example"})
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
        user.is_active = True
        if role == Role.ADMIN:
            user.is_staff = user.is_superuser = True
        user.save()
        Membership.objects.get_or_create(user=user, organisation=orgs.get(username, operator), role=role)
        if role != Role.APPLICANT:
            TOTPDevice.objects.update_or_create(user=user, name="Démo", defaults={"key": DEMO_TOTP_KEY,
                                                                                  "confirmed": True})
    stdout.write(f"Comptes de démonstration : {', '.join(USERS)} (mot de passe « {DEMO_PASSWORD} »).")

"""Writes of the organisations app: sign-up and e-mail verification."""
from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction

from relocalisation.organisations.models import Membership, Organisation, Role

VERIFY_SALT = "relocalisation.account-verification"


@transaction.atomic
def sign_up(*, email: str, password: str, first_name: str, last_name: str, company_name: str, siren: str,
            verify_url_base: str):
    """Create an inactive account, its company (by SIREN) and the applicant membership; send the
    verification link. The account works once the link is opened."""
    user = get_user_model().objects.create_user(username=email, email=email, password=password,
                                                first_name=first_name, last_name=last_name, is_active=False)
    org, _ = Organisation.objects.get_or_create(siren=siren, defaults={"name": company_name,
                                                                       "kind": Organisation.Kind.COMPANY,
                                                                       "source": "inscription en ligne"})
    Membership.objects.create(user=user, organisation=org, role=Role.APPLICANT)
    token = signing.dumps(user.pk, salt=VERIFY_SALT)
    link = f"{verify_url_base.rstrip('/')}/compte/verification/{token}/"
    transaction.on_commit(lambda: send_mail(
        "Relocalisation — confirmez votre adresse électronique",
        f"Bonjour {first_name},\n\nPour activer votre compte, ouvrez ce lien (valable 3 jours) :\n{link}\n\n"
        "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message.",
        settings.DEFAULT_FROM_EMAIL, [email]))
    return user


def verify_account(token: str):
    """Activate the account of a verification token; None when the token is bad or expired."""
    try:
        pk = signing.loads(token, salt=VERIFY_SALT, max_age=settings.ACCOUNT_VERIFICATION_MAX_AGE)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=pk).first()
    if user is None:
        return None
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def invite_colleague(inviter, organisation: Organisation, email: str, base_url: str):
    """An applicant adds a colleague to their company: an account without password is created (or
    found) and receives a link to choose one. Only members of the company may invite."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    if not Membership.objects.filter(user=inviter, organisation=organisation, role=Role.APPLICANT).exists():
        raise PermissionError("Seuls les membres de l'entreprise peuvent inviter.")
    email = email.strip().lower()
    User = get_user_model()
    user = User.objects.filter(username__iexact=email).first() or User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(username=email, email=email)
        user.set_unusable_password()
        user.save()
    membership, created = Membership.objects.get_or_create(user=user, organisation=organisation, role=Role.APPLICANT)
    if created:
        link = (f"{base_url.rstrip('/')}/compte/mot-de-passe/{urlsafe_base64_encode(force_bytes(user.pk))}/"
                f"{default_token_generator.make_token(user)}/")
        transaction.on_commit(lambda: send_mail(
            f"Relocalisation — invitation de {organisation.name}",
            f"{inviter.get_full_name() or inviter.get_username()} vous a ajouté à l'entreprise « {organisation.name} » "
            f"sur Relocalisation.\n\nChoisissez votre mot de passe (ou gardez l'actuel et connectez-vous) : {link}",
            settings.DEFAULT_FROM_EMAIL, [email]))
    return membership, created


BACKUP_CODE_COUNT = 10


@transaction.atomic
def regenerate_backup_codes(user) -> list[str]:
    """Ten new single-use backup codes for the second factor (lost phone); the earlier ones stop
    working. django-otp's static device throttles wrong guesses like the TOTP one."""
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    device, _ = StaticDevice.objects.get_or_create(user=user, name="Codes de secours", defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def backup_codes_left(user) -> int:
    from django_otp.plugins.otp_static.models import StaticToken

    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify_backup_code(user, code: str):
    """The static device if ``code`` is one of the user's unused backup codes (it is then used up)."""
    from django_otp.plugins.otp_static.models import StaticDevice

    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(code):
            return device
    return None

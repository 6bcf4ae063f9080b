"""Test world for issue 4: one call with an open wave, every role, dossiers in several states.
Imported by the conftest of tests/applications, tests/review, tests/security."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from relocalisation.applications import services
from relocalisation.applications.models import StaffScope
from relocalisation.organisations.models import Membership, Organisation, Role
from relocalisation.programmes.models import Call, Wave

CVL_PROGRAMME = "relocalisation-diversification-centre-val-de-loire"
GOOD_FORM = {"title": "Ligne de décolletage", "description": "Rapatrier une ligne de décolletage de Chine.",
             "project_type": "reshoring", "phase": "launch", "headcount": 85, "naf": "25.62A", "commune": "45234",
             "investment_eur": Decimal("850000"), "aid_requested_eur": Decimal("12000"), "jobs_created": 6,
             "jobs_kept": 40}

ROLES = ("anonymous", "other_company", "applicant", "other_instructor", "instructor", "committee", "manager", "admin")


@dataclass
class World:
    call: Call
    wave: Wave
    other_call: Call
    company: Organisation
    other_company: Organisation
    users: dict
    apps: dict

    def user(self, role):
        return self.users.get(role)


def make_user(username, **extra):
    return get_user_model().objects.create_user(username=username, email=f"{username}@example.test",
                                                password="motdepasse-solide-42", **extra)


def login(client, user):
    """Log in, with the second factor verified for staff (as after /compte/double-authentification/)."""
    if user is None:
        client.logout()
        return client
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def submit(user, app, data=None):
    services.update_form(user, app, dict(GOOD_FORM, **(data or {})), expected_version=app.version)
    app.refresh_from_db()
    return services.transition(user, app, "deposer")


def build_world(envelope=Decimal("100000")) -> World:
    call = Call.objects.get(programme__slug=CVL_PROGRAMME, slug="relocalisation-diversification")
    other_call = Call.objects.exclude(programme=call.programme).order_by("pk").first()
    now = timezone.now()
    wave = Wave.objects.create(call=call, number=77, label="Vague de test", opens_at=now - dt.timedelta(days=10),
                               deadline=now + dt.timedelta(days=30), envelope_eur=envelope)
    company = Organisation.objects.create(name="Entreprise Test", siren="900000019", headcount=85)
    other_company = Organisation.objects.create(name="Autre Entreprise", siren="900000027", headcount=50)
    operator = Organisation.objects.create(name="Opérateur test", kind=Organisation.Kind.OPERATOR)
    users = {}
    users["applicant"] = make_user("entreprise")
    Membership.objects.create(user=users["applicant"], organisation=company, role=Role.APPLICANT)
    users["other_company"] = make_user("autre-entreprise")
    Membership.objects.create(user=users["other_company"], organisation=other_company, role=Role.APPLICANT)
    for role, scope in (("instructor", ("instructor", call, None)), ("other_instructor", ("instructor", other_call, None)),
                        ("committee", ("committee", None, call.programme)), ("manager", ("manager", None, call.programme))):
        users[role] = make_user(role)
        Membership.objects.create(user=users[role], organisation=operator, role=scope[0])
        StaffScope.objects.create(user=users[role], role=scope[0], call=scope[1], programme=scope[2])
    users["admin"] = make_user("administrateur")
    Membership.objects.create(user=users["admin"], organisation=operator, role=Role.ADMIN)
    applicant, instructor = users["applicant"], users["instructor"]
    apps = {}
    apps["brouillon"] = services.create_draft(applicant, organisation=company, wave=wave, title="Brouillon")
    apps["en_construction"] = services.create_draft(applicant, organisation=company, wave=wave)
    submit(applicant, apps["en_construction"])
    apps["en_instruction"] = services.create_draft(applicant, organisation=company, wave=wave)
    submit(applicant, apps["en_instruction"], {"title": "En instruction"})
    services.transition(instructor, apps["en_instruction"], "passer_en_instruction")
    for app in apps.values():
        app.refresh_from_db()
    return World(call, wave, other_call, company, other_company, users, apps)


@pytest.fixture
def world(db):
    return build_world()

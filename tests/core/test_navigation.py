import pytest
from django.contrib.auth import get_user_model

from relocalisation.organisations.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def _nav(client):
    body = client.get("/dispositifs/").content.decode()
    return body[body.index('id="navigation-principale"'):body.index("</nav>", body.index('id="navigation-principale"'))]


def test_anonymous_menu_has_public_pages_only(client):
    nav = _nav(client)
    assert "/observatoire/" in nav and "/eligibilite/" in nav
    assert "/dossiers/" not in nav and "/detection/" not in nav and "/instruction/" not in nav


@pytest.mark.parametrize("role,shown,hidden", [
    ("applicant", ["/dossiers/"], ["/instruction/", "/detection/", "/imports/"]),
    ("agency", ["/detection/", "/foncier/"], ["/dossiers/", "/instruction/", "/imports/"]),
])
def test_menu_follows_roles(client, role, shown, hidden):
    user = get_user_model().objects.create_user("u-" + role, password="x-pass-12345")
    org = Organisation.objects.create(name="Org " + role, kind="agency" if role == "agency" else "company")
    Membership.objects.create(user=user, organisation=org, role=role)
    client.force_login(user)
    nav = _nav(client)
    assert all(link in nav for link in shown), nav
    assert not any(link in nav for link in hidden), nav

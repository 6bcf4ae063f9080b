"""Role × object matrix for detection and land: registry exploration, leads, club and land records are
private to the agency that owns them (anonymous → login or 401; company user → 403; another agency → 404)."""
import pytest
from django.urls import reverse

from relocalisation.detection.models import Club, ClubEvent, ClubMembership, EstablishmentSignal, Lead, RegistryJob
from relocalisation.organisations.models import Organisation
from tests.detection.conftest import *  # noqa: F401,F403  (fixtures: agency, users, scored registry)

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects(agency):
    lead = Lead.objects.create(agency=agency, name="Projet confidentiel", siret="44306184100047")
    club = Club.objects.create(agency=agency, name="Club confidentiel")
    firm = Organisation.objects.create(name="Membre confidentiel", kind="company")
    member = ClubMembership.objects.create(club=club, organisation=firm)
    event = ClubEvent.objects.create(club=club, title="Événement confidentiel", date="2026-01-01")
    job = RegistryJob.objects.create(kind="score", agency=agency)
    objects = {"lead": lead, "club": club, "event": event, "member": member, "job": job}
    try:
        from relocalisation.land.models import LandParcel

        objects["parcel"] = LandParcel.objects.create(agency=agency, name="Terrain confidentiel", surface_m2=10000)
    except ImportError:
        pass
    return objects


def private_urls(objects):
    urls = [
        ("get", reverse("detection:explore")), ("get", reverse("detection:export")),
        ("get", reverse("detection:leads")), ("get", reverse("detection:board")),
        ("get", reverse("detection:funnel")), ("get", reverse("detection:clubs")),
        ("get", reverse("detection:weights")),
    ]
    if "parcel" in objects:
        urls += [("get", reverse("land:parcels")), ("get", reverse("land:map")), ("get", reverse("land:match")),
                 ("get", reverse("land:import"))]
    return urls


def owned_urls(objects):
    urls = [
        ("get", reverse("detection:lead", args=[objects["lead"].pk])),
        ("post", reverse("detection:lead_move", args=[objects["lead"].pk])),
        ("get", reverse("detection:club", args=[objects["club"].pk])),
        ("get", reverse("detection:club_event", args=[objects["event"].pk])),
        ("get", reverse("detection:job", args=[objects["job"].pk])),
    ]
    if "parcel" in objects:
        urls.append(("get", reverse("land:parcel", args=[objects["parcel"].pk])))
    return urls


def test_anonymous_is_sent_to_login(client, objects):
    for method, url in private_urls(objects) + owned_urls(objects):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and ("login" in response.url or "connexion" in response.url), url
    assert client.get("/api/v1/registry").status_code == 401


def test_company_user_is_refused(client, objects, company_user):
    client.force_login(company_user)
    for method, url in private_urls(objects) + owned_urls(objects):
        assert getattr(client, method)(url, {"stage": "contacted"}).status_code == 403, url
    assert client.get("/api/v1/registry").status_code == 403


def test_other_agency_cannot_reach_objects(client, objects, other_agency_user):
    client.force_login(other_agency_user)
    for method, url in owned_urls(objects):
        assert getattr(client, method)(url, {"stage": "contacted"}).status_code == 404, url
    objects["lead"].refresh_from_db()
    assert objects["lead"].stage == "detected"
    for method, url in private_urls(objects):
        response = getattr(client, method)(url)
        assert response.status_code in (200, 409), url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        for secret in (b"Projet confidentiel", b"Club confidentiel", "Événement confidentiel".encode(),
                       b"Membre confidentiel", b"Terrain confidentiel"):
            assert secret not in body, (url, secret)


def test_owner_agency_reaches_everything(client, objects, agency_user):
    client.force_login(agency_user)
    for method, url in owned_urls(objects):
        response = getattr(client, method)(url, {"stage": "contacted"})
        assert response.status_code in (200, 302), url


def test_signals_and_scores_are_per_agency(client, scored, agency, other_agency_user):
    from relocalisation.detection import selectors

    row = selectors.search(agency, selectors.RegistryFilters(), limit=1).rows[0]
    EstablishmentSignal.objects.create(agency=agency, siret=row["siret"], kind="land", note="note confidentielle")
    client.force_login(other_agency_user)
    response = client.get(reverse("detection:establishment", args=[row["siret"]]))
    assert response.status_code == 200 and b"note confidentielle" not in response.content

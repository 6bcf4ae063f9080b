import uuid

import pytest

from relocalisation.awards.models import Award


@pytest.mark.django_db
@pytest.mark.parametrize("url", [
    "/observatoire/", "/observatoire/?level=department&measure=aid_eur", "/observatoire/?region=84&measure=jobs_created",
    "/observatoire/?date_from=pas-une-date&region=ZZ", "/laureats/", "/laureats/?sort=-aid_eur&page=2",
    "/laureats/?page=abc&sort=nimporte", "/observatoire/annonces/?date_from=2023-01-01&date_to=2023-12-31",
    "/observatoire/engagements/", "/observatoire/donnees-ouvertes/", "/opendata/",
])
def test_public_pages_render(client, synthetic_awards, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_dashboard_figures_follow_the_region_filter(client, synthetic_awards):
    from relocalisation.observatory.formatting import format_int

    award = Award.objects.filter(is_synthetic=True).first()
    page = client.get("/observatoire/", {"region": award.region_id}).content.decode()
    count = Award.objects.filter(region=award.region_id).count()
    assert f'id="chiffre-laureats">{format_int(count)}<' in page
    # the map links filter the dashboard by INSEE code, and overseas régions are listed beside it
    assert 'data-code="84"' in page and "?region=84" in page.replace("&amp;", "&") or "region=84" in page
    assert "La Réunion" in page


@pytest.mark.django_db
def test_invalid_filters_are_reported_in_french(client, synthetic_awards):
    page = client.get("/observatoire/", {"date_from": "hier"}).content.decode()
    assert "Date attendue (AAAA-MM-JJ)" in page


@pytest.mark.django_db
def test_laureate_page_shows_its_source(client, synthetic_awards):
    award = Award.objects.filter(origin="reference").first()
    page = client.get(f"/laureats/{award.pk}/").content.decode()
    assert award.organisation.name in page
    assert "Données de référence" in page
    assert client.get(f"/laureats/{uuid.uuid4()}/").status_code == 404


@pytest.mark.django_db
def test_laureate_list_search_and_pagination(client, synthetic_awards):
    page = client.get("/laureats/", {"q": "Projet synthétique 17"}).content.decode()
    assert "Projet synthétique 17<" in page
    assert "Projet synthétique 18<" not in page


@pytest.mark.django_db
def test_map_address_leads_to_the_dashboard_map(client):
    response = client.get("/observatoire/carte/?region=84")
    assert response.status_code == 302
    assert response["Location"] == "/observatoire/?region=84#carte-titre"

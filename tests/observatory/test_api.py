import datetime as dt
from decimal import Decimal

import pytest

from relocalisation.awards.models import Award, Origin
from relocalisation.awards.services import save_award


@pytest.mark.django_db
def test_stats_contract(client, synthetic_awards):
    response = client.get("/api/v1/stats", {"group_by": "region"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"totals", "groups"}
    assert set(data["totals"]) == {"awards", "investment_eur", "aid_eur", "jobs_created"}
    assert data["totals"]["awards"] == Award.objects.count()
    for group in data["groups"]:
        assert set(group) == {"key", "label", "awards", "investment_eur", "aid_eur", "jobs_created"}
    assert sum(g["awards"] for g in data["groups"]) == data["totals"]["awards"]


@pytest.mark.django_db
@pytest.mark.parametrize("group_by", ["region", "department", "sector", "programme", "month"])
def test_stats_groupings_with_filters(client, synthetic_awards, group_by):
    award = Award.objects.filter(is_synthetic=True).first()
    response = client.get("/api/v1/stats", {"group_by": group_by, "region": award.region_id,
                                            "programme": award.programme.slug, "date_to": "2030-01-01"})
    assert response.status_code == 200
    data = response.json()
    expected = Award.objects.filter(region=award.region_id, programme=award.programme).count()
    assert data["totals"]["awards"] == expected
    assert sum(g["awards"] for g in data["groups"]) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["group_by=ville", "region=ZZ", "date_from=hier", "commune=123",
                                   "date_from=2024-01-02&date_to=2024-01-01", "sector=inconnu"])
def test_stats_bad_input_is_a_french_422(client, query):
    response = client.get(f"/api/v1/stats?{query}")
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Paramètres invalides."
    assert body["erreurs"]


@pytest.mark.django_db
def test_stats_cache_is_invalidated_when_awards_change(client, synthetic_awards):
    first = client.get("/api/v1/stats?group_by=sector").json()["totals"]
    template = Award.objects.filter(is_synthetic=True).first()
    award = Award(programme=template.programme, organisation=template.organisation, origin=Origin.IMPORT,
                  commune=template.commune, aid_eur=Decimal(1000), decided_on=dt.date(2024, 1, 1))
    save_award(award)
    second = client.get("/api/v1/stats?group_by=sector").json()["totals"]
    assert second["awards"] == first["awards"] + 1
    assert second["aid_eur"] == first["aid_eur"] + 1000
    Award.objects.filter(pk=award.pk).first().delete()  # post_delete
    assert client.get("/api/v1/stats?group_by=sector").json()["totals"] == first
    # A bulk update sends no signal by itself: writers send awards_changed (as imports do).
    from relocalisation.awards.services import awards_changed

    Award.objects.filter(pk=template.pk).update(jobs_created=(template.jobs_created or 0) + 7)
    awards_changed.send(sender=Award)
    assert client.get("/api/v1/stats?group_by=sector").json()["totals"]["jobs_created"] == first["jobs_created"] + 7


@pytest.mark.django_db
def test_announcements_endpoint(client, synthetic_awards):
    response = client.get("/api/v1/announcements", {"date_from": "2023-01-01", "date_to": "2023-12-31"})
    assert response.status_code == 200
    data = response.json()
    count = Award.objects.filter(decided_on__year=2023).count()
    assert data["figures"]["awards"] == count
    assert data["figures"]["previous_awards"] == Award.objects.filter(decided_on__lt=dt.date(2023, 1, 1)).count()
    assert "nouveaux lauréats" in data["text"]
    assert sum(g["awards"] for g in data["groups"]) == count

import pytest

from relocalisation.detection import scoring

pytestmark = pytest.mark.django_db
URL = "/api/v1/registry"


def test_anonymous_gets_401(client, scored):
    assert client.get(URL).status_code == 401


def test_non_agency_users_get_403(client, scored, company_user):
    client.force_login(company_user)
    response = client.get(URL)
    assert response.status_code == 403 and "agence" in response.json()["detail"]


def test_agency_member_gets_scored_establishments_best_first(client, scored, agency_user):
    client.force_login(agency_user)
    data = client.get(URL, {"limit": 30}).json()
    assert data["count"] > 1000 and len(data["results"]) == 30 and data["weights_version"] == 1
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)
    first = data["results"][0]
    assert len(first["siret"]) == 14
    assert [f["name"] for f in first["factors"]] == list(scoring.FACTOR_LABELS)
    assert sum(f["contribution"] for f in first["factors"]) == pytest.approx(first["score"], abs=0.05)
    assert {"name", "value", "weight", "contribution"} <= set(first["factors"][0])


def test_filters_and_pagination(client, scored, agency_user):
    client.force_login(agency_user)
    data = client.get(URL, {"region": "84", "naf": "2", "min_score": 20, "limit": 200}).json()
    assert data["results"]
    assert all(r["region"] == "84" and r["naf"].startswith("2") and r["score"] >= 20 for r in data["results"])
    dep = client.get(URL, {"department": "69", "limit": 5}).json()
    assert dep["count"] > 0 and all(r["department"] == "69" for r in dep["results"])
    page1 = client.get(URL, {"limit": 5}).json()["results"]
    page2 = client.get(URL, {"limit": 5, "offset": 5}).json()["results"]
    assert not {r["siret"] for r in page1} & {r["siret"] for r in page2}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 5000}, {"min_score": 150}, {"naf": "x' OR 1=1"},
                                    {"region": "abc"}, {"offset": -1}])
def test_bad_parameters_are_422_in_french(client, scored, agency_user, params):
    client.force_login(agency_user)
    response = client.get(URL, params)
    assert response.status_code == 422 and response.json()["detail"] == "Paramètres invalides."


def test_agency_without_scores_gets_409(client, var_dir, agency_user):
    client.force_login(agency_user)
    response = client.get(URL)
    assert response.status_code == 409 and "score" in response.json()["detail"]

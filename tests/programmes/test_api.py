import pytest

pytestmark = pytest.mark.django_db

ELIGIBILITY = "/api/v1/eligibility?headcount=50&naf=21.10Z&commune=38053&project_type=reshoring&phase=launch"


def test_programmes_shape(client):
    data = client.get("/api/v1/programmes").json()
    assert data["count"] == 5 and len(data["items"]) == 5
    item = {p["slug"]: p for p in data["items"]}["secteurs-critiques"]
    for key in ("id", "slug", "name", "envelope_eur", "source"):
        assert key in item
    assert item["envelope_eur"] == 850_000_000 and item["source"] == "001_ae53b902410e7f31.txt"


def test_programmes_filters(client):
    def slugs(qs):
        return {p["slug"] for p in client.get("/api/v1/programmes" + qs).json()["items"]}

    assert slugs("?q=secteurs critiques") == {"secteurs-critiques"}
    assert slugs("?q=SÉCTEURS Critiques") == {"secteurs-critiques"}  # accent and case insensitive
    # A commune in Centre-Val de Loire gets the national programmes and its région's, not AURA's.
    orleans = slugs("?commune=45234")
    assert "relocalisation-diversification-centre-val-de-loire" in orleans
    assert "plan-relocalisation-auvergne-rhone-alpes" not in orleans and "resilience" in orleans
    # The CVL call requires 10+ employees: not for a TPE.
    assert "relocalisation-diversification-centre-val-de-loire" not in slugs("?size=TPE")
    assert "secteurs-critiques" in slugs("?sector=sante")
    assert slugs("?support=advisory_days") == {"relocalisation-diversification-centre-val-de-loire"}
    assert slugs("?open=true") == set()  # every seed call is historical


def test_programme_detail_by_slug_and_id(client):
    data = client.get("/api/v1/programmes/relocalisation-diversification-centre-val-de-loire").json()
    call = data["calls"][0]
    assert call["advisory_days_min"] == 6 and call["advisory_days_max"] == 12
    assert call["public_share_percent"] == 80
    assert call["waves"][0]["deadline"].startswith("2022-01-28T23:59:59")
    assert {s["funder"] for s in data["funding_shares"]} == {"Région Centre-Val de Loire", "Banque des Territoires"}
    assert client.get(f"/api/v1/programmes/{data['id']}").json()["slug"] == data["slug"]
    assert client.get("/api/v1/programmes/inconnu").status_code == 404


def test_calls(client):
    data = client.get("/api/v1/calls?programme=plan-relocalisation-auvergne-rhone-alpes").json()
    assert data["count"] == 2
    assert all(c["open"] is False for c in client.get("/api/v1/calls").json()["items"])


def test_eligibility_contract(client):
    data = client.get(ELIGIBILITY).json()
    assert set(data) >= {"items"}
    by_programme = {i["call"]["programme"]["slug"]: i for i in data["items"]}
    item = by_programme["secteurs-critiques"]
    assert set(item) == {"call", "status", "reasons", "open"}
    assert set(item["call"]) == {"id", "title", "programme"}
    assert item["status"] == "eligible" and item["open"] is False
    assert all(set(r) >= {"rule", "ok", "message"} for r in item["reasons"])
    # Bourgoin-Jallieu is in AURA, not in Centre-Val de Loire
    cvl = by_programme["relocalisation-diversification-centre-val-de-loire"]
    assert cvl["status"] == "not_eligible"
    assert any(r["rule"] == "territory" and r["ok"] is False for r in cvl["reasons"])
    assert by_programme["plan-relocalisation-auvergne-rhone-alpes"]["status"] == "eligible"


def test_eligibility_reasons_and_missing_data(client):
    data = client.get("/api/v1/eligibility?headcount=8&naf=21.10Z&commune=45234&project_type=reshoring").json()
    cvl = next(i for i in data["items"] if i["call"]["programme"]["slug"].startswith("relocalisation-diversification"))
    assert cvl["status"] == "not_eligible"
    assert "effectif 8 < minimum 10" in [r["message"] for r in cvl["reasons"]]
    # no phase given → the phase rule cannot be decided → to_check when nothing blocks
    data = client.get("/api/v1/eligibility?headcount=80&naf=21.10Z&commune=45234&project_type=reshoring").json()
    cvl = next(i for i in data["items"] if i["call"]["programme"]["slug"].startswith("relocalisation-diversification"))
    assert cvl["status"] == "to_check"


def test_eligibility_open_only(client):
    assert client.get(ELIGIBILITY + "&open=true").json()["items"] == []


def test_eligibility_by_known_siret(client):
    from relocalisation.organisations.models import Establishment, Organisation

    org = Organisation.objects.create(name="Pharma Test", siren="732829320", headcount=50, naf_id="21.10Z",
                                      commune_id="38053")
    Establishment.objects.create(siret="73282932000074", organisation=org, commune_id="38053", naf_id="21.10Z",
                                 headcount=50)
    data = client.get("/api/v1/eligibility?siret=73282932000074&project_type=reshoring&phase=launch").json()
    item = next(i for i in data["items"] if i["call"]["programme"]["slug"] == "secteurs-critiques")
    assert item["status"] == "eligible"


@pytest.mark.parametrize("query,status,needle", [
    ("siret=1234", 422, "14 chiffres"),
    ("siret=73282932000075", 422, "Luhn"),
    ("siret=35600000000001", 404, "Aucun établissement"),  # La Poste: valid without Luhn, but unknown
    ("naf=99.99Z", 422, "NAF inconnu"),
    ("commune=99999", 422, "commune INSEE inconnu"),
    ("headcount=-3", 422, "négatif"),
    ("headcount=abc", 422, "entier"),
    ("project_type=delocalisation", 422, "non admise"),
    ("commune=" + "x" * 10000, 422, "trop long"),
])
def test_eligibility_bad_input(client, query, status, needle):
    response = client.get("/api/v1/eligibility?" + query)
    assert response.status_code == status
    assert needle in response.content.decode()


@pytest.mark.parametrize("url", [
    "/api/v1/programmes?offset=100000000000000000000", "/api/v1/programmes?limit=100000",
    "/api/v1/programmes?q=" + "a" * 10000, "/api/v1/awards?date_from=hier", "/api/v1/awards/pas-un-uuid",
    "/api/v1/programmes?size=XXL",
])
def test_api_bad_input_is_4xx_in_french(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()


def test_territories_by_insee_code(client):
    assert client.get("/api/v1/territories/regions/84").json()["name"] == "Auvergne-Rhône-Alpes"
    assert client.get("/api/v1/territories/departments/2A").json()["region_code"] == "94"
    communes = client.get("/api/v1/territories/communes?q=bourgoin").json()
    assert communes["items"][0]["code"] == "38053"
    assert client.get("/api/v1/territories/departments?region=24").json().__len__() == 6
    assert client.get("/api/v1/territories/communes/00000").status_code == 404
    its = client.get("/api/v1/territories/industrial-territories").json()
    assert its[0]["epcis"] == ["200066918"]


def test_awards_api_filters(client):
    isere = client.get("/api/v1/awards?department=38").json()
    assert isere["count"] == 4
    assert {a["organisation"] for a in isere["items"]} == {"Seqens", "Aledia", "Scalinx", "Novapex"}
    sante = client.get("/api/v1/awards?sector=sante&programme=secteurs-critiques").json()
    assert {a["project"] for a in sante["items"]} == {"SEKKOIA", "MESPRCC"}
    one = isere["items"][0]
    assert client.get(f"/api/v1/awards/{one['id']}").json()["id"] == one["id"]


def test_openapi_and_docs(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/v1/programmes", "/api/v1/eligibility", "/api/v1/calls", "/api/v1/awards"):
        assert path in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200

import csv
import html
import io

import pytest

pytestmark = pytest.mark.django_db


def test_home(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Relocalisation" in response.content.decode()


def test_catalogue_search_and_empty_state(client):
    page = client.get("/dispositifs/?q=secteurs+critiques").content.decode()
    assert "(Re)localisations dans les secteurs critiques" in page and "1 dispositif trouvé" in page
    page = client.get("/dispositifs/?q=zzzzzz").content.decode()
    assert "Aucun dispositif ne correspond" in page


def test_catalogue_commune_filter_by_name(client):
    page = client.get("/dispositifs/?commune=Orléans").content.decode()
    assert "Centre-Val de Loire" in page and "Auvergne-Rhône-Alpes" not in page.split("nombre-resultats")[1]


def test_catalogue_homonym_commune_asks_for_department(client):
    response = client.get("/dispositifs/?commune=Saint-Denis")
    assert response.status_code == 400
    assert "précisez le département" in response.content.decode()


def test_catalogue_sort_and_pagination(client):
    page = client.get("/dispositifs/?tri=enveloppe").content.decode()
    assert page.index("Plan régional de relocalisation") < page.index("(Re)localisations dans les secteurs")
    assert client.get("/dispositifs/?page=2").status_code == 404
    assert client.get("/dispositifs/?page=abc").status_code == 400
    assert client.get("/dispositifs/?page=99999999999").status_code == 400
    assert client.get("/dispositifs/?q=" + "a" * 10000).status_code == 400


def test_htmx_partial(client):
    response = client.get("/dispositifs/?q=rebond", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Rebond industriel" in body and "<html" not in body


def test_programme_page(client):
    page = html.unescape(client.get("/dispositifs/relocalisation-diversification-centre-val-de-loire/").content.decode())
    for needle in ("300\u202f000\u00a0€", "Effectif d'au moins 10 salariés", "Effectif d'au plus 5\u202f000 salariés",
                   "28 janvier 2022", "Banque des Territoires", "80\u00a0%"):
        assert needle in page, needle
    page = client.get("/dispositifs/resilience/").content.decode()
    assert "Seqens" in page and "Bourgoin-Jallieu" in page and "65\u00a0M€" in page
    assert client.get("/dispositifs/inconnu/").status_code == 404


def test_eligibility_page(client):
    page = client.get("/eligibilite/?headcount=50&naf=21.10Z&commune=Bourgoin-Jallieu&project_type=reshoring&phase=launch")
    body = html.unescape(page.content.decode())
    assert page.status_code == 200
    assert "Éligible" in body and "Non éligible" in body and "Appel clos" in body
    assert "code NAF 21.10Z dans le secteur critique « santé »" in body


@pytest.mark.parametrize("query,needle", [
    ("headcount=-1", "négatif"), ("siret=123", "14 chiffres"), ("naf=ZZ", "NAF inconnu"),
    ("commune=Atlantide", "Commune introuvable"), ("headcount=abc", "nombre entier"),
])
def test_eligibility_page_bad_input(client, query, needle):
    response = client.get("/eligibilite/?" + query)
    assert response.status_code in (400, 404)
    assert needle in html.unescape(response.content.decode())


def test_dispositifs_csv(client):
    response = client.get("/opendata/dispositifs.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 6
    cvl = next(r for r in rows if r["titre"].startswith("Appel à projets « Relocalisation"))
    assert cvl["eligibilite_effectif_minimal"] == "10" and cvl["eligibilite_effectif_maximal"] == "5000"
    assert cvl["eligibilite_geographique"] == "REG-24"
    assert cvl["ciblage_naf"] == "B|C|D|E"
    crit = next(r for r in rows if "secteurs critiques" in r["titre"])
    assert "21" in crit["ciblage_naf"].split("|") and crit["eligibilite_geographique"] == "PAYS-99100"


def test_admin_pages(admin_client):
    for url in ("/admin/programmes/programme/", "/admin/programmes/call/", "/admin/programmes/eligibilityrule/",
                "/admin/awards/award/?q=seqens", "/admin/territories/commune/?q=grenoble",
                "/admin/programmes/call/1/change/"):
        assert admin_client.get(url).status_code == 200, url


def test_rule_params_are_validated_in_admin():
    from django.core.exceptions import ValidationError

    from relocalisation.programmes.models import Call, EligibilityRule

    rule = EligibilityRule(call=Call.objects.first(), kind="headcount_min", params={"value": "dix"})
    with pytest.raises(ValidationError):
        rule.clean()
    EligibilityRule(call=Call.objects.first(), kind="headcount_min", params={"value": 10}).clean()

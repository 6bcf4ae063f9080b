"""A company searches the catalogue, opens the critical-sectors call and checks its eligibility."""
import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_search_programme_and_check_eligibility(live_server, reference_tx, page, artifacts_dir):
    page.goto(live_server.url + "/")
    page.get_by_label("Rechercher un dispositif").fill("secteurs critiques")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"/dispositifs/\?q=secteurs"))
    assert "1 dispositif trouvé" in page.locator("#nombre-resultats").inner_text()

    page.get_by_role("link", name="(Re)localisations dans les secteurs critiques").click()
    page.wait_for_url(re.compile(r"/dispositifs/secteurs-critiques/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "(Re)localisations dans les secteurs critiques"
    assert "850" in page.content()

    page.get_by_role("link", name="Vérifier mon éligibilité").first.click()
    page.wait_for_url(re.compile(r"/eligibilite/"))
    page.get_by_label("Effectif salarié").fill("50")
    page.get_by_label("Code NAF (APE)").fill("21.10Z")
    page.get_by_label("Commune du projet").fill("Bourgoin-Jallieu")
    page.get_by_label("Type de projet").select_option("reshoring")
    page.get_by_label("Phase du projet").select_option("launch")
    page.get_by_role("button", name="Vérifier mon éligibilité").click()

    card = page.locator(".resultat-appel", has_text="AAP « (Re)localisations dans les secteurs critiques »")
    card.wait_for()
    assert card.get_attribute("data-statut") == "eligible"
    assert "secteur critique « santé »" in card.inner_text()
    cvl = page.locator(".resultat-appel", has_text="Relocalisation/Diversification")
    assert cvl.get_attribute("data-statut") == "not_eligible"
    assert "hors du territoire" in cvl.inner_text()
    page.screenshot(path=str(artifacts_dir / "eligibilite.png"), full_page=True)

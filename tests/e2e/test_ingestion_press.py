"""An operator pastes a press release, reviews the highlighted evidence and accepts a laureate."""
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from relocalisation.awards.models import Award, Origin

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = ("Le Gouvernement a annoncé 72 nouveaux lauréats de l’appel à projets « (Re)localisations dans les secteurs "
        "critiques ».\n- Le projet « ALPHA » porté par Dupont Industries – Lannion (22)\n"
        "Ce projet de composants électroniques représente 4 millions d’euros d’investissement et créera 15 emplois. "
        "<b>gras</b>\n")


def test_paste_review_accept(live_server, reference_tx, page, artifacts_dir):
    user = get_user_model().objects.create_user("operatrice", password="motdepasse-solide-123", is_staff=True)
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])
    page.goto(live_server.url + "/communiques/")
    page.get_by_label("Texte du communiqué ou de l'article").fill(TEXT)
    page.get_by_role("button", name="Lancer l'extraction").click()
    page.wait_for_url(re.compile(r"/communiques/[0-9a-f-]+/$"))
    page.get_by_role("heading", name="Lauréats proposés (1)").wait_for()
    mark = page.locator("mark.press-mark", has_text="Dupont Industries")
    assert mark.count() == 1
    assert "<b>gras</b>" in page.locator(".press-text").inner_text()  # shown as text, not markup
    page.screenshot(path=str(artifacts_dir / "communique-revue.png"), full_page=True)
    page.get_by_label("Dispositif").select_option(label="(Re)localisations dans les secteurs critiques")
    page.get_by_role("button", name="Accepter").click()
    page.get_by_text("Lauréat « Dupont Industries » enregistré.").wait_for()
    award = Award.objects.get(origin=Origin.PRESS)
    assert award.commune_id == "22113" and award.investment_eur == 4_000_000 and award.jobs_created == 15

"""Browser test: the pipeline board moves a lead with htmx (no inline script, no page reload)."""
import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from relocalisation.detection.models import Lead, LeadStageChange
from relocalisation.organisations.models import Membership, Organisation, Role

pytestmark = pytest.mark.e2e


def test_board_moves_lead_with_htmx(live_server, reference_tx, page):
    agency = Organisation.objects.create(kind=Organisation.Kind.AGENCY, name="Agence e2e")
    user = get_user_model().objects.create_user("agence-e2e", password="motdepasse-solide-42")
    Membership.objects.create(user=user, organisation=agency, role=Role.AGENCY)
    lead = Lead.objects.create(agency=agency, name="Projet e2e")
    LeadStageChange.objects.create(lead=lead, to_stage="detected")
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{live_server.url}/detection/projets/tableau/")
    page.evaluate("window.pageMarker = 'same page'")  # survives an htmx swap, not a reload
    page.get_by_role("button", name="→ Contacté : Projet e2e").click()
    page.locator("#col-contacted").filter(has_text="(1)").wait_for()
    assert page.locator("section[aria-labelledby='col-contacted']").get_by_role("link", name="Projet e2e").is_visible()
    assert page.evaluate("window.pageMarker") == "same page"
    lead.refresh_from_db()
    assert lead.stage == "contacted"
    assert not errors, errors

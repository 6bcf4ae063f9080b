"""Accessibility (axe-core: no serious or critical violation) and no CSP violation on the dossier,
instruction and committee pages, for the roles that use them."""
import json
from decimal import Decimal

import pytest
from django.test import Client

from relocalisation.review import services as review_services
from tests.applications.factories import build_world, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SERIOUS = {"serious", "critical"}


def _as(page, live_server, user):
    client = login(Client(), user)
    page.context.clear_cookies()
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])


def _audit(page, url):
    from axe_playwright_python.sync_playwright import Axe

    response = page.goto(url)
    page.wait_for_load_state("load")
    assert response.status == 200 and page.url == url, (url, page.url)  # audited, not redirected
    violations = Axe().run(page).response["violations"]
    return [{"id": v["id"], "impact": v["impact"], "targets": [n["target"] for n in v["nodes"]][:3]}
            for v in violations if v.get("impact") in SERIOUS]


def test_dossier_pages_pass_axe(live_server, reference_tx, page, artifacts_dir):
    world = build_world()
    app, draft = world.apps["en_instruction"], world.apps["brouillon"]
    review_services.create_simulation(world.user("committee"), world.wave, "Scénario A",
                                      [(app, True, Decimal("1000"))])
    csp = []
    page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
    report = {}
    for role, paths in (
        ("applicant", ["/dossiers/", f"/dossiers/{draft.pk}/", f"/dossiers/{app.pk}/", "/compte/",
                       f"/compte/entreprises/{world.company.pk}/"]),
        ("instructor", ["/instruction/", f"/instruction/dossiers/{app.pk}/"]),
        ("committee", [f"/instruction/vagues/{world.wave.pk}/comite/", "/instruction/a-notifier/"]),
        ("manager", [f"/instruction/appels/{world.call.pk}/grille/"]),
    ):
        _as(page, live_server, world.user(role))
        for path in paths:
            found = _audit(page, live_server.url + path)
            if found:
                report[f"{role} {path}"] = found
    (artifacts_dir / "axe-dossiers.json").write_text(json.dumps({"violations": report, "csp": csp},
                                                                ensure_ascii=False, indent=2))
    assert report == {}, json.dumps(report, ensure_ascii=False, indent=1)
    assert csp == []

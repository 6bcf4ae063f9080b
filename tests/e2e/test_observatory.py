"""The public opens the observatory, clicks a région on the map, and the figures and the list follow."""
import re

import pytest
from django.core.cache import cache

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_click_a_region_on_the_map_filters_the_dashboard(live_server, reference_tx, page, artifacts_dir):
    from relocalisation.awards.models import Award
    from relocalisation.ingestion.synthetic import generate
    from relocalisation.observatory.formatting import format_int

    cache.clear()
    generate(400, seed=3)
    total = Award.objects.count()
    in_ara = Award.objects.filter(region="84").count()
    assert 0 < in_ara < total

    page.goto(live_server.url + "/observatoire/")
    assert page.locator("#chiffre-laureats").inner_text() == format_int(total)
    page.screenshot(path=str(artifacts_dir / "observatoire.png"), full_page=True)

    page.locator('#carte a[data-code="84"]').click()  # Auvergne-Rhône-Alpes
    page.wait_for_url(re.compile(r"region=84"))
    assert page.locator("#chiffre-laureats").inner_text() == format_int(in_ara)
    assert page.get_by_label("Région", exact=True).input_value() == "84"

    # The measure switch recolours the map (the select submits itself: static JS, no inline script).
    page.get_by_label("Mesure").select_option("aid_eur")
    page.wait_for_url(re.compile(r"measure=aid_eur"))
    assert "region=84" in page.url
    page.screenshot(path=str(artifacts_dir / "observatoire-ara.png"), full_page=True)

    # Every figure links to the list behind it: the list now holds the région's laureates only.
    page.locator("#chiffres a[data-figure=awards]").click()
    page.wait_for_url(re.compile(r"/laureats/\?.*region=84"))
    assert page.locator("#nombre-laureats").inner_text().startswith(format_int(in_ara))
    communes = page.locator("#liste-laureats tbody tr td:nth-child(3)").all_inner_texts()
    assert communes
    from relocalisation.territories.models import Department

    ara_departments = set(Department.objects.filter(region="84").values_list("code", flat=True))
    for text in communes:
        assert re.search(r"\((\w+)\)$", text).group(1) in ara_departments


def test_observatory_pages_with_data_pass_axe_without_csp_violation(live_server, reference_tx, page, artifacts_dir):
    """axe-core: no serious or critical violation on every observatory page, filled with data."""
    import json

    from axe_playwright_python.sync_playwright import Axe

    from relocalisation.awards.models import Award
    from relocalisation.ingestion.synthetic import generate

    cache.clear()
    generate(150, seed=4)
    award = Award.objects.filter(is_synthetic=True).first()
    paths = ["/observatoire/?level=department&measure=aid_eur&sector=sante", "/laureats/?sort=-aid_eur",
             f"/laureats/{award.pk}/", "/observatoire/annonces/?date_from=2021-01-01&date_to=2022-12-31",
             "/observatoire/engagements/", "/observatoire/donnees-ouvertes/", "/observatoire/?date_from=hier"]
    csp, report = [], {}
    page.on("console", lambda msg: csp.append(msg.text) if "Content Security Policy" in msg.text else None)
    for path in paths:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        found = [v for v in Axe().run(page).response["violations"] if v.get("impact") in {"serious", "critical"}]
        if found:
            report[path] = [{"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
                            for v in found]
    (artifacts_dir / "axe-observatoire.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    assert report == {}, json.dumps(report, ensure_ascii=False, indent=1)
    assert csp == []

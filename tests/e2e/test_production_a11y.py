"""Accessibility (axe-core: 0 serious or critical violation), keyboard navigation with skip links,
and no Content-Security-Policy violation, on every public page type and the operators' pages that
exist in this deployment (a page whose URL does not resolve is skipped and listed)."""
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import Resolver404, resolve

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/", "/dispositifs/", "/dispositifs/?q=industrie", "/dispositifs/secteurs-critiques/", "/eligibilite/",
    "/opendata/", "/observatoire/", "/observatoire/annonces/", "/observatoire/engagements/", "/laureats/",
    "/laureats/{award}/", "/observatoire/donnees-ouvertes/",
    "/compte/connexion/", "/compte/inscription/", "/compte/mot-de-passe/",
    "/accessibilite/", "/mentions-legales/", "/donnees-personnelles/", "/plan-du-site/",
    "/page-inexistante/",  # the 404 page
]
# Main operator pages, visited as the demo account that may see them (relocalisation load_demo).
OPERATOR_PAGES = {
    "demo-entreprise": ["/compte/", "/dossiers/", "/dossiers/{application}/"],
    "demo-instructeur": ["/instruction/", "/instruction/dossiers/{application}/", "/taches/"],
    "demo-gestionnaire": ["/imports/", "/instruction/vagues/{wave}/comite/", "/taches/", "/communiques/",
                          "/communiques/{extraction}/"],
    "demo-agence": ["/detection/", "/detection/projets/", "/detection/projets/tableau/", "/detection/entonnoir/",
                    "/detection/clubs/", "/detection/ponderation/", "/foncier/", "/foncier/carte/",
                    "/foncier/rapprochement/"],
}
SERIOUS = {"serious", "critical"}


def _exists(path):
    try:
        resolve(path.split("?")[0])
    except Resolver404:
        return path == "/page-inexistante/"
    return True


IMPACTS = {}  # every violation by impact (moderate/minor too), for the accessibility statement


def _axe(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    for violation in results.response["violations"]:
        key = f"{violation.get('impact')}:{violation['id']}"
        IMPACTS[key] = IMPACTS.get(key, 0) + 1
    return [v for v in results.response["violations"] if v.get("impact") in SERIOUS]


def _watch_csp(page):
    violations = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    return violations


def _login(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


def _audit(page, live_server, paths, refused=None):
    report, skipped = {}, []
    csp = _watch_csp(page)
    for path in paths:
        if not _exists(path):
            skipped.append(path)
            continue
        try:
            response = page.goto(live_server.url + path)
        except Exception as exc:  # e.g. an error status with an empty body
            if refused is None:
                raise
            refused.append((path, 0, str(exc)[:200]))
            continue
        page.wait_for_load_state("load")
        if refused is not None and (response.status != 200 or response.url != live_server.url + path):
            refused.append((path, response.status, response.url))
            continue
        found = _axe(page)
        if found:
            report[path] = [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                             "targets": [n["target"] for n in v["nodes"]][:5]} for v in found]
    return report, skipped, csp


def test_public_pages_pass_axe_without_csp_violation(live_server, reference_tx, page, artifacts_dir):
    from relocalisation.awards.models import Award

    award = Award.objects.order_by("pk").first()
    paths = [p.format(award=award.pk) if award else p for p in PUBLIC_PAGES if award or "{award}" not in p]
    report, skipped, csp = _audit(page, live_server, paths)
    (artifacts_dir / "axe-public.json").write_text(json.dumps(
        {"violations": report, "skipped": skipped, "csp": csp, "all_impacts": IMPACTS}, ensure_ascii=False, indent=2))
    assert report == {}, json.dumps(report, ensure_ascii=False, indent=1)
    assert csp == []


def test_operator_pages_pass_axe_without_csp_violation(live_server, reference_tx, page, artifacts_dir, settings):
    from django.core.management import call_command

    from relocalisation.applications.models import Application
    from relocalisation.core.models import TaskRecord
    from relocalisation.programmes.models import Wave

    settings.DEBUG = True  # load_demo refuses otherwise
    call_command("load_demo", stdout=open("/dev/null", "w"))
    settings.DEBUG = False
    settings.REQUIRE_STAFF_2FA = False  # the second factor is tested by the accounts tests
    users = get_user_model().objects
    application = Application.objects.filter(organisation__memberships__user__username="demo-entreprise").first()
    wave = Wave.objects.order_by("pk").first()
    from relocalisation.ingestion.models import PressExtraction

    extraction = PressExtraction.objects.filter(status=PressExtraction.Status.DONE).order_by("created_at").first()
    for username in ("demo-instructeur", "demo-gestionnaire"):
        owner = users.get(username=username)
        TaskRecord.objects.create(task_result_id=f"a-{username}", task_path="x.y", label="Import des lauréats",
                                  owner=owner, status=TaskRecord.Status.RUNNING, progress_done=40, progress_total=100)
        TaskRecord.objects.create(task_result_id=f"b-{username}", task_path="x.y", label="Extraction", owner=owner,
                                  status=TaskRecord.Status.FAILED, attempts=3, max_attempts=3,
                                  error="Échec définitif après 3 tentatives : fichier illisible.")
    report, skipped, csp, audited, refused = {}, [], [], [], []
    for username, paths in OPERATOR_PAGES.items():
        page.context.clear_cookies()
        _login(page, live_server, users.get(username=username))
        paths = [p.format(application=getattr(application, "pk", ""), wave=getattr(wave, "pk", ""),
                          extraction=getattr(extraction, "pk", "")) for p in paths]
        found, missing, violations = _audit(page, live_server, paths, refused=refused)
        report.update({f"{username} {p}": v for p, v in found.items()})
        skipped += missing
        csp += violations
        refused_now = {r[0] for r in refused}
        audited += [f"{username} {p}" for p in paths if p not in missing and p not in refused_now]
    (artifacts_dir / "axe-operator.json").write_text(json.dumps(
        {"violations": report, "skipped": skipped, "refused": refused, "audited": audited, "csp": csp,
         "all_impacts": IMPACTS}, ensure_ascii=False, indent=2))
    assert report == {}, json.dumps(report, ensure_ascii=False, indent=1)
    assert csp == []
    assert refused == []  # each demo account may open the pages listed for it
    assert len(audited) >= 15  # not vacuous


def test_keyboard_skip_links_and_tab_order_on_home_page(live_server, reference_tx, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.textContent.trim()")
    assert first == "Contenu"  # the first Tab reaches the skip links
    assert page.evaluate("document.activeElement.getBoundingClientRect().height") > 0  # shown when focused
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")
    page.keyboard.press("Tab")  # the next Tab continues inside the main content
    assert page.evaluate("!!document.activeElement.closest('#content')")

    # From the top, Tab walks every control in order without getting stuck, up to the footer.
    page.goto(live_server.url + "/")
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const r = e.getBoundingClientRect();
            const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
            return {tag: e.tagName, name: (e.getAttribute('aria-label') || label || e.textContent || e.value || e.title || '').trim(),
                    inFooter: !!e.closest('footer'), visible: r.width > 0 && r.height > 0}; }""")
        assert info["tag"] != "BODY", f"le focus est perdu après {seen[-3:]}"
        assert info["name"], f"élément focalisable sans nom accessible après {seen[-3:]}"
        seen.append(info["name"])
        if info["inFooter"] and info["name"] == "Données personnelles":
            break
    else:
        pytest.fail(f"le pied de page n'est pas atteint au clavier : {seen}")
    assert "Rechercher un dispositif" in " ".join(seen) or "Rechercher" in seen
    assert re.search(r"Menu|Accueil", " ".join(seen))

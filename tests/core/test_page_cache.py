"""Shared versioned cache and the public page cache: anonymous visitors get stored pages, any change
to awards or programmes retires them at once (also when made by another process), nobody logged in
or with pending messages is ever served a stored page."""
import csv
import io
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from relocalisation.awards.models import Award
from relocalisation.core import cache as shared
from relocalisation.programmes.models import Programme
from relocalisation.settings import cache_from_url

pytestmark = pytest.mark.django_db


def make_award(aid="250000"):
    """A copy of a seed laureate (the seed data has some): a new row, through the ORM's save."""
    award = Award.objects.order_by("id").first()
    award.id = uuid.uuid4()
    award._state.adding = True
    award.aid_eur = Decimal(aid)
    award.external_key = ""
    award.save()
    return award


def test_anonymous_public_page_is_stored_then_served_from_the_cache(client):
    first = client.get("/dispositifs/?q=industrie")
    second = client.get("/dispositifs/?q=industrie")
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert first.content == second.content
    assert second["Content-Type"].startswith("text/html")
    # the headers set by the outer middleware are on the stored page too
    assert "Content-Security-Policy" in second and "X-Request-ID" in second


def test_query_order_does_not_matter_but_values_do(client):
    client.get("/dispositifs/?q=industrie&sort=name")
    assert client.get("/dispositifs/?sort=name&q=industrie")["X-Cache"] == "HIT"
    assert client.get("/dispositifs/?sort=name&q=santé")["X-Cache"] == "MISS"


def test_htmx_partial_and_whole_page_are_stored_apart(client):
    whole = client.get("/dispositifs/?q=industrie")
    partial = client.get("/dispositifs/?q=industrie", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="resultats")
    assert partial["X-Cache"] == "MISS"
    assert b"<html" in whole.content.lower()
    assert b"<html" not in partial.content.lower()


def test_an_award_change_retires_the_stored_observatory_pages(client):
    before = client.get("/api/v1/stats?group_by=region").json()
    assert client.get("/api/v1/stats?group_by=region")["X-Cache"] == "HIT"
    make_award(aid="250000")
    after = client.get("/api/v1/stats?group_by=region")
    assert after["X-Cache"] == "MISS"
    assert after.json()["totals"]["awards"] == before["totals"]["awards"] + 1


def test_a_programme_change_retires_the_stored_catalogue_pages(client):
    client.get("/dispositifs/")
    programme = Programme.objects.filter(is_published=True).first()
    programme.name = "Nom changé pour le test du cache"
    programme.save()
    response = client.get("/dispositifs/")
    assert response["X-Cache"] == "MISS"
    assert "Nom changé pour le test du cache" in response.content.decode()


def test_a_change_made_by_another_process_is_seen(client):
    """Another process shares the cache, not our memory: it can only have bumped the version."""
    client.get("/laureats/")
    assert client.get("/laureats/")["X-Cache"] == "HIT"
    shared._bump_now("awards")  # what the other process's commit does
    assert client.get("/laureats/")["X-Cache"] == "MISS"


def test_logged_in_users_and_token_callers_are_never_served_stored_pages(client):
    client.get("/dispositifs/")
    assert client.get("/dispositifs/")["X-Cache"] == "HIT"
    user = get_user_model().objects.create_user("lecteur-cache", password="x-Secret-2026-cache")
    client.force_login(user)
    response = client.get("/dispositifs/")
    assert "X-Cache" not in response
    assert "lecteur-cache" in response.content.decode()  # their own header, not the anonymous one
    client.logout()
    assert "X-Cache" not in client.get("/api/v1/programmes", HTTP_AUTHORIZATION="Bearer inconnu")


def test_pending_messages_bypass_the_cache(client):
    client.get("/dispositifs/")
    client.cookies["messages"] = "quelque-chose"
    assert "X-Cache" not in client.get("/dispositifs/")


def test_errors_and_other_paths_are_not_stored(client):
    assert client.get("/dispositifs/?page=999999999999").status_code in (400, 404)
    assert "X-Cache" not in client.get("/dispositifs/?page=999999999999")
    client.get("/mentions-legales/")
    assert "X-Cache" not in client.get("/mentions-legales/")


@override_settings(PUBLIC_PAGE_CACHE_TIMEOUT=0)
def test_the_page_cache_can_be_turned_off(client):
    client.get("/dispositifs/")
    assert "X-Cache" not in client.get("/dispositifs/")


def test_version_bump_runs_again_after_commit(django_capture_on_commit_callbacks):
    start = shared.version("awards")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        shared.bump("awards")
        assert shared.version("awards") == start + 1  # at once, for this process
    assert len(callbacks) == 1
    assert shared.version("awards") == start + 2  # and after commit, for the others


def test_versions_survive_eviction():
    shared.versions(["catalogue"])
    cache.delete("version:catalogue")
    assert shared.version("catalogue") >= 1
    shared._bump_now("catalogue")
    assert shared.version("catalogue") >= 1


def test_cache_url_forms():
    assert cache_from_url("db")["BACKEND"].endswith("DatabaseCache")
    assert cache_from_url("redis://127.0.0.1:6379/2")["BACKEND"].endswith("RedisCache")
    assert cache_from_url("locmem")["BACKEND"].endswith("LocMemCache")
    with pytest.raises(ImproperlyConfigured):
        cache_from_url("memcached://quelque-part")


def test_after_a_change_every_caller_gets_the_new_figure():
    rows = [1]
    assert shared.cached("awards", "figure", {"q": "x"}, lambda: len(rows)) == 1
    assert shared.cached("awards", "figure", {"q": "x"}, lambda: 99) == 1  # stored
    rows.append(1)
    shared.bump("awards")
    asked_meanwhile = []

    def compute():
        # Another caller (another process, right after the change) asks for the same figure while this
        # one is recomputing it: it recomputes too, and never gets the figure from before the change.
        if not asked_meanwhile:
            asked_meanwhile.append(None)
            asked_meanwhile[0] = shared.cached("awards", "figure", {"q": "x"}, compute)
        return len(rows)

    assert shared.cached("awards", "figure", {"q": "x"}, compute) == 2
    assert asked_meanwhile == [2]
    assert shared.peek("awards", "figure", {"q": "x"}) == 2
    assert shared.cached("awards", "figure", {"q": "x"}, lambda: 99) == 2


def test_after_an_import_the_stored_observatory_pages_give_the_new_figures(client):
    from relocalisation.ingestion import imports

    header = ["entreprise", "dispositif", "commune_insee", "aide_eur", "cle_import"]

    def import_aid(aid: str) -> None:
        out = io.StringIO()
        csv.writer(out, delimiter=";").writerows([header, ["Cache SA", "secteurs-critiques", "38185", aid, "cache-1"]])
        plan = imports.validate(*imports.read_table(out.getvalue().encode(), "l.csv"), imports.guess_mapping(header))
        assert plan.is_valid, [r.errors for r in plan.rows]
        imports.apply(plan)

    import_aid("1 000 000 €")
    before = client.get("/api/v1/stats?group_by=region").json()["totals"]
    assert client.get("/api/v1/stats?group_by=region")["X-Cache"] == "HIT"
    import_aid("3 000 000 €")  # the same award, its aid changed: an update, no new row
    after = client.get("/api/v1/stats?group_by=region")
    assert after["X-Cache"] == "MISS"
    assert after.json()["totals"]["awards"] == before["awards"]
    assert Decimal(str(after.json()["totals"]["aid_eur"])) == Decimal(str(before["aid_eur"])) + 2_000_000
    assert client.get("/api/v1/stats?group_by=region").json() == after.json()

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from relocalisation.applications.models import Application, State, StatusChange
from relocalisation.applications.retention import purgeable
from tests.applications.factories import login

pytestmark = pytest.mark.django_db


def test_transition_and_history(client, world):
    app = world.apps["en_construction"]
    login(client, world.user("instructor"))
    response = client.post(f"/api/v1/applications/{app.pk}/transitions",
                           {"action": "passer_en_instruction", "version": app.version}, content_type="application/json")
    assert response.status_code == 200 and response.json()["state"] == "en_instruction"
    history = client.get(f"/api/v1/applications/{app.pk}/history").json()
    assert [h["action"] for h in history] == ["creer", "deposer", "passer_en_instruction"]
    response = client.post(f"/api/v1/applications/{app.pk}/transitions",
                           {"action": "passer_en_instruction", "version": app.version}, content_type="application/json")
    assert response.status_code == 409 and "modifié entre-temps" in response.json()["detail"]


def test_history_has_no_write_route(client, world):
    app = world.apps["en_instruction"]
    login(client, world.user("admin"))
    url = f"/api/v1/applications/{app.pk}/history"
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(url, {}, content_type="application/json").status_code == 405
    assert StatusChange.objects.filter(application=app).count() == 3


@pytest.mark.parametrize("payload,status,fragment", [
    ({"action": "supprimer"}, 422, "valeur non admise"),
    ({}, 422, "champ obligatoire manquant"),
    ({"action": "refuser", "motivation": "x" * 5001}, 422, "texte trop long"),
    ({"action": "passer_en_instruction", "version": "deux"}, 422, "nombre entier attendu"),
    ({"action": "passer_en_instruction", "version": 0}, 422, "valeur trop petite"),
    ({"action": "accepter"}, 409, "impossible"),
])
def test_bad_input_french_errors(client, world, payload, status, fragment):
    app = world.apps["en_construction"]
    login(client, world.user("admin"))
    response = client.post(f"/api/v1/applications/{app.pk}/transitions", payload, content_type="application/json")
    assert response.status_code == status
    assert fragment in json.dumps(response.json(), ensure_ascii=False)


def test_malformed_json_and_filters(client, world):
    login(client, world.user("admin"))
    app = world.apps["en_construction"]
    response = client.post(f"/api/v1/applications/{app.pk}/transitions", "{pas du json", content_type="application/json")
    assert 400 <= response.status_code < 500
    response = client.get("/api/v1/applications?state=inconnu")
    assert response.status_code == 422
    response = client.get("/api/v1/applications?state=en_instruction")
    assert [a["state"] for a in response.json()["items"]] == ["en_instruction"]


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.dictionaries(st.sampled_from(["action", "motivation", "version", "x"]),
                               st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30),
                                         st.sampled_from(["accepter", "refuser", "retirer", "classer_sans_suite",
                                                          "repasser_en_construction", "passer_en_instruction"]))),
       path=st.one_of(st.uuids().map(str), st.text(alphabet="abc-019%", max_size=12)))
def test_api_never_500(client, world, payload, path):
    """Property: whatever the body or id, the API answers a 2xx/4xx with a JSON body, never a 500."""
    login(client, world.user("admin"))
    for url in (f"/api/v1/applications/{path}/transitions", f"/api/v1/applications/{world.apps['en_instruction'].pk}/transitions"):
        response = client.post(url, payload, content_type="application/json")
        assert response.status_code < 500, (url, payload, response.content[:200])
    response = client.get(f"/api/v1/applications/{path}/history")
    assert response.status_code < 500


def test_retention_purge_dry_run_by_default(world, capsys):
    app = world.apps["en_instruction"]
    from relocalisation.applications import services

    services.transition(world.user("instructor"), app, "classer_sans_suite", "Abandon")
    Application.objects.filter(pk=app.pk).update(decided_at=timezone.now() - dt.timedelta(days=4000))
    assert list(purgeable(days=3650).values_list("pk", flat=True)) == [app.pk]
    call_command("purge_applications", "--jours", "3650")
    assert Application.objects.filter(pk=app.pk).exists()
    assert "Simulation : 1" in capsys.readouterr().out
    call_command("purge_applications", "--jours", "3650", "--appliquer")
    assert not Application.objects.filter(pk=app.pk).exists()
    assert not StatusChange.objects.filter(application_id=app.pk).exists()
    assert Application.objects.filter(state=State.EN_CONSTRUCTION).exists()  # others untouched


def test_accepter_takes_the_amount_given_and_checks_the_envelope(client, world):
    from relocalisation.review.models import Decision

    app = world.apps["en_instruction"]
    login(client, world.user("admin"))
    url = f"/api/v1/applications/{app.pk}/transitions"
    too_much = client.post(url, {"action": "accepter", "amount_eur": "150000"}, content_type="application/json")
    assert too_much.status_code == 409 and "enveloppe" in too_much.json()["detail"]
    assert client.post(url, {"action": "accepter", "amount_eur": 0}, content_type="application/json").status_code == 422
    response = client.post(url, {"action": "accepter", "amount_eur": "20000.50"}, content_type="application/json")
    assert response.status_code == 200 and response.json()["state"] == "accepte"
    decision = Decision.objects.get(application=app)
    assert str(decision.amount_eur) == "20000.50" and decision.award.aid_eur == decision.amount_eur


def test_amount_is_only_for_accepter(client, world):
    login(client, world.user("admin"))
    for key, action in (("en_instruction", "refuser"), ("en_construction", "passer_en_instruction")):
        app = world.apps[key]
        response = client.post(f"/api/v1/applications/{app.pk}/transitions",
                               {"action": action, "motivation": "motif", "amount_eur": "1000"},
                               content_type="application/json")
        assert response.status_code == 422 and "accepter" in response.json()["detail"]
        app.refresh_from_db()
        assert app.state == key

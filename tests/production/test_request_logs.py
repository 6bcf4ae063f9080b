"""One JSON log line per request, request id echoed in the header and in error pages."""
import json
import logging

import pytest
from django.test import override_settings

from relocalisation.core.logging import JsonFormatter
from relocalisation.core.middleware import sanitized_query


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(JsonFormatter().format(record))


@pytest.fixture
def request_log():
    handler = Collect()
    logger = logging.getLogger("relocalisation.request")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


@pytest.mark.django_db
def test_one_json_line_per_request_with_its_id(client, request_log):
    response = client.get("/mentions-legales/?q=usine&token=abc123&page=2")
    assert response.status_code == 200
    request_id = response.headers["X-Request-ID"]
    assert len(request_log) == 1
    line = json.loads(request_log[0])
    assert line["method"] == "GET" and line["path"] == "/mentions-legales/" and line["status"] == 200
    assert line["request_id"] == request_id and line["user_id"] is None
    assert isinstance(line["duration_ms"], float)
    assert "abc123" not in request_log[0] and "token=%5Bfiltr%C3%A9%5D" in line["query"]
    assert "q=usine" in line["query"]


@pytest.mark.django_db
def test_log_has_the_user_id_and_never_the_password(client, django_user_model, request_log):
    user = django_user_model.objects.create_user("agent@example.org", password="Mot-de-passe-secret-42", is_staff=True)
    client.post("/admin/login/", {"username": "agent@example.org", "password": "Mot-de-passe-secret-42",
                                  "next": "/admin/"})
    client.get("/mentions-legales/")
    assert all("Mot-de-passe-secret-42" not in line for line in request_log)
    assert json.loads(request_log[-1])["user_id"] == user.pk


@pytest.mark.django_db
def test_incoming_request_id_is_kept_only_if_well_formed(client):
    assert client.get("/", HTTP_X_REQUEST_ID="proxy-1234abcd").headers["X-Request-ID"] == "proxy-1234abcd"
    injected = client.get("/", HTTP_X_REQUEST_ID='x" \n{"evil":1}').headers["X-Request-ID"]
    assert injected != 'x" \n{"evil":1}' and len(injected) == 32


@pytest.mark.django_db
def test_404_page_shows_the_request_id(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert f"référence {response.headers['X-Request-ID']}" in response.content.decode()


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.production.urls_boom", DEBUG=False)
def test_500_page_shows_the_request_id_and_is_logged(client, request_log):
    client.raise_request_exception = False
    response = client.get("/panne/")
    assert response.status_code == 500
    request_id = response.headers["X-Request-ID"]
    assert f"référence {request_id}" in response.content.decode()
    line = json.loads(request_log[-1])
    assert line["status"] == 500 and line["request_id"] == request_id


def test_sensitive_query_keys_are_filtered():
    assert sanitized_query("") == ""
    cleaned = sanitized_query("password=x&api_key=y&siret=12345678901234&commune=38185")
    assert "x" not in cleaned.split("&")[0].split("=")[1] and "12345678901234" not in cleaned
    assert "commune=38185" in cleaned

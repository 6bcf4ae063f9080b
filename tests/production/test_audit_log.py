"""Append-only audit log of operators' and administrators' writes, read-only in the admin, CSV export."""
import csv
import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction

from relocalisation.core import context
from relocalisation.core.models import AuditLog
from relocalisation.organisations.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def acting_as(user):
    return context.current_request.set(SimpleNamespace(user=user))


@pytest.fixture
def administrator(django_user_model):
    return django_user_model.objects.create_superuser("admin@example.org", password="Un-mot-de-passe-1")


@pytest.fixture
def instructor(django_user_model):
    user = django_user_model.objects.create_user("instructeur@example.org", password="x" * 12)
    agency = Organisation.objects.create(name="Agence régionale", kind=Organisation.Kind.OPERATOR)
    Membership.objects.create(user=user, organisation=agency, role="instructor")
    return user


def test_operator_writes_are_logged_with_before_and_after(instructor):
    token = acting_as(instructor)
    try:
        group = Group.objects.create(name="Comité Isère")
        group.name = "Comité Isère 2026"
        group.save()
        pk = group.pk
        group.delete()
    finally:
        context.current_request.reset(token)
    entries = list(AuditLog.objects.filter(model="auth.group").order_by("id"))
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all(e.actor_id == instructor.pk and e.actor_repr == "instructeur@example.org" for e in entries)
    assert entries[0].after["name"] == "Comité Isère" and entries[0].before is None
    assert entries[1].before["name"] == "Comité Isère" and entries[1].after["name"] == "Comité Isère 2026"
    assert entries[1].changed_fields == ["name"] and entries[1].object_id == str(pk)
    assert entries[2].before["name"] == "Comité Isère 2026" and entries[2].after is None
    assert "instructor" in entries[0].actor_roles


def test_applicants_and_anonymous_writes_are_not_logged(django_user_model):
    applicant = django_user_model.objects.create_user("porteur@example.org", password="x" * 12)
    token = acting_as(applicant)
    try:
        Group.objects.create(name="Pas un opérateur")
    finally:
        context.current_request.reset(token)
    Group.objects.create(name="Sans utilisateur")
    assert not AuditLog.objects.filter(model="auth.group").exists()


def test_secrets_are_masked(administrator):
    token = acting_as(administrator)
    try:
        administrator.set_password("Nouveau-mot-de-passe-2")
        administrator.save()
    finally:
        context.current_request.reset(token)
    entry = AuditLog.objects.get(model="auth.user", action="update")
    assert entry.before["password"] == "[masqué]" and entry.after["password"] == "[masqué] (modifié)"
    assert administrator.password not in str(entry.after) and "Nouveau" not in str(entry.after)


def test_admin_changes_through_the_web_are_logged_with_request_id(client, administrator):
    client.force_login(administrator)
    response = client.post("/admin/auth/group/add/", {"name": "Instructeurs Auvergne"})
    assert response.status_code == 302
    entry = AuditLog.objects.get(model="auth.group", action="create")
    assert entry.actor_id == administrator.pk and entry.source == "web"
    assert entry.request_id == response.headers["X-Request-ID"]


def test_audit_log_is_append_only(administrator):
    token = acting_as(administrator)
    try:
        Group.objects.create(name="Trace")
    finally:
        context.current_request.reset(token)
    entry = AuditLog.objects.get(model="auth.group")
    entry.object_repr = "falsifié"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()
    with pytest.raises(PermissionDenied):
        AuditLog.objects.filter(pk=entry.pk).update(object_repr="falsifié")
    with pytest.raises(PermissionDenied):
        AuditLog.objects.all().delete()
    # Even raw SQL is refused by a database trigger.
    with pytest.raises(DatabaseError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE core_auditlog SET object_repr = 'falsifié'")
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM core_auditlog")
    assert AuditLog.objects.get(pk=entry.pk).object_repr == "Trace"


def test_admin_shows_the_log_read_only_and_exports_csv(client, administrator, django_user_model):
    token = acting_as(administrator)
    try:
        Group.objects.create(name="Exporté")
    finally:
        context.current_request.reset(token)
    entry = AuditLog.objects.get(model="auth.group")
    client.force_login(administrator)
    assert client.get("/admin/core/auditlog/").status_code == 200
    assert client.get("/admin/core/auditlog/add/").status_code == 403
    assert client.get(f"/admin/core/auditlog/{entry.pk}/delete/").status_code == 403
    detail = client.get(f"/admin/core/auditlog/{entry.pk}/change/").content.decode()
    assert 'name="_save"' not in detail  # read-only view
    export = client.get("/admin/core/auditlog/export.csv?action__exact=create")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["date", "auteur_id", "auteur"]
    assert any(row[6] == "auth.group" and "Exporté" in row[12] for row in rows[1:])

    staff = django_user_model.objects.create_user("agent@example.org", password="x" * 12, is_staff=True)
    client.force_login(staff)
    assert client.get("/admin/core/auditlog/").status_code == 403
    assert client.get("/admin/core/auditlog/export.csv").status_code == 403

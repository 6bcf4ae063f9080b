"""Audit log of every write by operators and administrators, for every model, with no per-app code.

Model signals (pre/post save, pre delete, m2m changed) compare the row before and after; the user
comes from the current request (core.middleware.CurrentUserMiddleware) or, in a background task,
from the operator who launched it (core.tasks). Writes that bypass model signals (QuerySet.update,
bulk_create, raw SQL) are not seen: services that use them for operator actions must call
``record()`` themselves (documented in docs/operations.md)."""
from __future__ import annotations

import json
import logging

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save

from relocalisation.core import context

logger = logging.getLogger("relocalisation.audit")

OPERATOR_ROLES = {"instructor", "committee", "manager", "agency", "admin"}
MASKED = "[masqué]"
# Bookkeeping models whose writes are not operator actions (or are the log itself).
EXCLUDED_MODELS = {
    "core.auditlog", "core.taskrecord", "core.workerheartbeat",
    "sessions.session", "contenttypes.contenttype", "auth.permission", "admin.logentry",
    "django_tasks_db.dbtaskresult", "migrations.migration",
}
EXCLUDED_APPS = {"axes", "otp_totp", "otp_static", "otp_email"}
_SENSITIVE = ("password", "token", "secret", "otp", "key")


def is_operator(user) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_relocalisation_is_operator", None)
    if cached is None:
        cached = bool(user.is_staff or user.is_superuser)
        if not cached and hasattr(user, "memberships"):
            cached = user.memberships.filter(role__in=OPERATOR_ROLES).exists()
        user._relocalisation_is_operator = cached
    return cached


def _roles(user) -> str:
    roles = []
    if user.is_superuser:
        roles.append("superuser")
    if user.is_staff:
        roles.append("staff")
    if hasattr(user, "memberships"):
        roles += sorted(set(user.memberships.values_list("role", flat=True)))
    return ",".join(roles)[:255]


def _label(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _audited(model) -> bool:
    meta = model._meta
    return (not meta.auto_created and _label(model) not in EXCLUDED_MODELS
            and meta.app_label not in EXCLUDED_APPS and not getattr(model, "audit_exempt", False))


def snapshot(instance) -> dict:
    """JSON-safe dict of the concrete fields; secrets masked, files by name only (never content)."""
    data = {}
    for field in instance._meta.concrete_fields:
        name = field.attname
        if any(word in field.name.lower() for word in _SENSITIVE) or isinstance(field, models.BinaryField):
            data[name] = MASKED
            continue
        value = field.value_from_object(instance)
        if isinstance(field, models.FileField):
            value = getattr(value, "name", None) or None
        data[name] = value
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder, default=str))


def _secret_digests(instance) -> dict:
    import hashlib

    return {f.attname: hashlib.sha256(str(f.value_from_object(instance)).encode()).hexdigest()
            for f in instance._meta.concrete_fields
            if any(word in f.name.lower() for word in _SENSITIVE) or isinstance(f, models.BinaryField)}


def record(*, action: str, instance=None, model_label: str = "", object_id="", object_repr: str = "",
           before=None, after=None, user=None) -> None:
    """Append one entry (also usable directly by services doing bulk writes)."""
    from relocalisation.core.models import AuditLog

    user = user or context.current_user()
    if not is_operator(user):
        return
    changed = sorted(k for k in set(before or {}) | set(after or {}) if (before or {}).get(k) != (after or {}).get(k))
    if action == AuditLog.Action.UPDATE and not changed:
        return
    AuditLog.objects.create(
        actor_id=user.pk,
        actor_repr=str(user.get_username())[:255],
        actor_roles=_roles(user),
        source="task" if context.task_actor.get() is not None else "web",
        request_id=context.request_id.get() or "",
        model=model_label or _label(type(instance)),
        object_id=str(object_id if object_id != "" else getattr(instance, "pk", ""))[:64],
        object_repr=(object_repr or str(instance))[:255],
        action=action,
        changed_fields=changed,
        before=before,
        after=after,
    )


def _pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not _audited(sender) or not is_operator(context.current_user()):
        return
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        instance._audit_skip = True
        return
    instance._audit_skip = False
    before = None
    if instance.pk is not None and not instance._state.adding:
        previous = sender._default_manager.filter(pk=instance.pk).first()
        before = snapshot(previous) if previous is not None else None
    instance._audit_before = before
    instance._audit_before_secrets = _secret_digests(previous) if before is not None else {}


def _post_save(sender, instance, created, raw=False, **kwargs):
    if raw or getattr(instance, "_audit_skip", True):
        return
    from relocalisation.core.models import AuditLog

    before = None if created else getattr(instance, "_audit_before", None)
    after = snapshot(instance)
    if before is not None:  # a changed secret shows as changed, never by its value
        old_secrets = getattr(instance, "_audit_before_secrets", {})
        for name, digest in _secret_digests(instance).items():
            if old_secrets.get(name) != digest:
                after[name] = MASKED + " (modifié)"
    record(action=AuditLog.Action.CREATE if created or before is None else AuditLog.Action.UPDATE,
           instance=instance, before=before, after=after)
    instance._audit_skip = True


def _pre_delete(sender, instance, **kwargs):
    if not _audited(sender) or not is_operator(context.current_user()):
        return
    from relocalisation.core.models import AuditLog

    record(action=AuditLog.Action.DELETE, instance=instance, before=snapshot(instance), after=None)


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    owner = type(instance)
    if not _audited(owner) or not is_operator(context.current_user()):
        return
    from relocalisation.core.models import AuditLog

    field = next((f.name for f in owner._meta.many_to_many if f.remote_field.through is sender), sender.__name__)
    verb = {"post_add": "ajout", "post_remove": "retrait", "post_clear": "vidage"}[action]
    record(action=AuditLog.Action.UPDATE, instance=instance,
           before={field: None}, after={field: {verb: sorted(str(pk) for pk in (pk_set or []))}})


def connect_signals() -> None:
    if not getattr(settings, "AUDIT_LOG_ENABLED", True):
        return
    pre_save.connect(_pre_save, dispatch_uid="relocalisation_audit_pre_save")
    post_save.connect(_post_save, dispatch_uid="relocalisation_audit_post_save")
    pre_delete.connect(_pre_delete, dispatch_uid="relocalisation_audit_pre_delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="relocalisation_audit_m2m")

"""Cache of the observatory's aggregates: the « awards » namespace of ``core.cache``. Any change to
awards bumps its version (after commit), which invalidates every cached figure and public page built
from awards, in every process sharing the cache."""
from __future__ import annotations

from relocalisation.core import cache as shared

NAMESPACE = "awards"
TIMEOUT = shared.TIMEOUT


def invalidate(**_kwargs) -> None:
    shared.bump(NAMESPACE)


def peek(name: str, params: dict):
    return shared.peek(NAMESPACE, name, params)


def cached(name: str, params: dict, compute):
    return shared.cached(NAMESPACE, name, params, compute, TIMEOUT)


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from relocalisation.awards.models import Award
    from relocalisation.awards.services import awards_changed

    awards_changed.connect(invalidate, dispatch_uid="observatory-awards-changed")
    post_save.connect(invalidate, sender=Award, dispatch_uid="observatory-award-saved")
    post_delete.connect(invalidate, sender=Award, dispatch_uid="observatory-award-deleted")

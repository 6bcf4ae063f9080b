"""Cache of the observatory's aggregates. One version number in the cache prefixes every key; any
change to awards bumps it, which invalidates every cached figure at once (no key listing needed)."""
from __future__ import annotations

import hashlib
import json

from django.core.cache import cache

VERSION_KEY = "observatory:version"
TIMEOUT = 60 * 60  # an hour: changes invalidate sooner; this only bounds memory


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate(**_kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # never set yet, or evicted
        cache.set(VERSION_KEY, 2, None)


def make_key(name: str, params: dict) -> str:
    payload = json.dumps({k: str(v) for k, v in sorted(params.items()) if v not in (None, "")}, sort_keys=True)
    digest = hashlib.sha1(payload.encode()).hexdigest()
    return f"observatory:{_version()}:{name}:{digest}"


def cached(name: str, params: dict, compute):
    key = make_key(name, params)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from relocalisation.awards.models import Award
    from relocalisation.awards.services import awards_changed

    awards_changed.connect(invalidate, dispatch_uid="observatory-awards-changed")
    post_save.connect(invalidate, sender=Award, dispatch_uid="observatory-award-saved")
    post_delete.connect(invalidate, sender=Award, dispatch_uid="observatory-award-deleted")

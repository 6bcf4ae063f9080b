"""Shared, versioned cache.

Each *namespace* ("catalogue": programmes, calls, waves, rules; "awards": laureates) has a version
number kept in the cache itself; every key of that namespace carries the version, so a change bumps
one number and every figure or page computed before it is ignored at once, in every process that
shares the cache (database or Redis in production: settings ``CACHE_URL``), with no key listing.
Versions are bumped at the change and again after its transaction commits: a reader in another
process must never keep, under the current version, a result computed from the rows before the commit.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction

NAMESPACES = ("catalogue", "awards")
TIMEOUT = 60 * 60  # an hour: changes invalidate sooner; this only bounds the cache's size


def _version_key(namespace: str) -> str:
    return f"version:{namespace}"


def versions(namespaces: Iterable[str]) -> tuple[int, ...]:
    """The current versions, in one round trip to the cache."""
    names = list(namespaces)
    found = cache.get_many([_version_key(n) for n in names])
    result = []
    for name in names:
        value = found.get(_version_key(name))
        if value is None:  # first use, or evicted: start (again) at a fresh number
            cache.add(_version_key(name), 1, None)
            value = cache.get(_version_key(name), 1)
        result.append(int(value))
    return tuple(result)


def version(namespace: str) -> int:
    return versions([namespace])[0]


def _bump_now(namespace: str) -> None:
    try:
        cache.incr(_version_key(namespace))
    except ValueError:  # never set yet, or evicted: any number not used recently will do
        import time

        cache.set(_version_key(namespace), int(time.time() * 1000), None)


def bump(namespace: str) -> None:
    """Invalidate everything cached under ``namespace`` now (this process sees its own change at
    once) and again once the current transaction commits: a reader in another process may have
    cached, under the first new version, figures computed from the rows before the commit."""
    _bump_now(namespace)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump_now(namespace))


def digest(params: dict) -> str:
    payload = json.dumps({k: str(v) for k, v in sorted(params.items()) if v not in (None, "")}, sort_keys=True)
    return hashlib.sha1(payload.encode()).hexdigest()


def _key(namespace: str, name: str, params: dict) -> str:
    return f"{namespace}:{version(namespace)}:{name}:{digest(params)}"


def peek(namespace: str, name: str, params: dict):
    """The value cached under the current version, or None (never computes)."""
    return cache.get(_key(namespace, name, params))


def cached(namespace: str, name: str, params: dict, compute: Callable, timeout: int = TIMEOUT):
    """The value under the current version, computing and storing it on a miss."""
    key = _key(namespace, name, params)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value

"""Personal API tokens: creation and lookup (only a hash is stored)."""
from __future__ import annotations

import hashlib
import secrets

from django.utils import timezone

from relocalisation.organisations.models import ApiToken


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(user, label: str = "") -> str:
    secret = "rl_" + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, prefix=secret[:10], key_hash=_hash(secret), label=label)
    return secret


def user_for_token(secret: str):
    if not secret or len(secret) > 200:
        return None
    token = (ApiToken.objects.select_related("user").filter(key_hash=_hash(secret), revoked=False).first())
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user

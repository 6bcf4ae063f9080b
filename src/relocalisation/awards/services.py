"""Writes of awards. Every Award, whatever its origin (committee decision, import, press release),
is saved through this module so that caches and derived data stay right."""
from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

from relocalisation.awards.models import Award

#: Sent after awards were created, changed or deleted (observatory caches listen to it).
awards_changed = Signal()


@transaction.atomic
def save_award(award: Award) -> Award:
    award.save()
    transaction.on_commit(lambda: awards_changed.send(sender=Award))
    return award

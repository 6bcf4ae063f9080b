"""RGPD retention: refused, abandoned (classé sans suite) and stale draft dossiers are deleted
with their attachments, messages and history once the retention period has passed. Accepted
dossiers are kept (they back a public award)."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from relocalisation.applications.models import Application, State, StatusChange


def purgeable(now=None, days: int | None = None) -> QuerySet[Application]:
    now = now or timezone.now()
    limit = now - dt.timedelta(days=settings.APPLICATION_RETENTION_DAYS if days is None else days)
    return Application.objects.filter(
        Q(state__in=[State.REFUSE, State.SANS_SUITE], decided_at__lt=limit)
        | Q(state=State.BROUILLON, wave__deadline__lt=limit, updated_at__lt=limit))


@transaction.atomic
def purge(apps: QuerySet[Application]) -> int:
    from relocalisation.review.models import Decision, Review, SimulationLine

    ids = list(apps.values_list("pk", flat=True))
    if not ids:
        return 0
    for app in Application.objects.filter(pk__in=ids).prefetch_related("attachments"):
        for attachment in app.attachments.all():
            attachment.file.delete(save=False)
    SimulationLine.objects.filter(application_id__in=ids).delete()
    Review.objects.filter(application_id__in=ids).delete()
    Decision.objects.filter(application_id__in=ids, award__isnull=True).delete()
    # The history is append-only for everybody; the legal retention limit is the one exception.
    QuerySet(model=StatusChange).filter(application_id__in=ids).delete()
    Application.objects.filter(pk__in=ids).delete()
    return len(ids)

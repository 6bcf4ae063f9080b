"""Synthetic awards for load tests and demos, always labelled (``is_synthetic=True``, origin
« synthetic ») and placed over real communes, sectors, sizes and programmes of the reference data.
Inserted in bulk: COPY on PostgreSQL, batched INSERTs elsewhere."""
from __future__ import annotations

import datetime as dt
import io
import random
import uuid
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone

from relocalisation.awards.models import Award, Origin
from relocalisation.awards.services import awards_changed

BATCH = 20_000


def _organisations(count: int, rng: random.Random, communes: list[tuple]) -> list:
    from relocalisation.organisations.models import Organisation

    start = Organisation.objects.filter(name__startswith="Entreprise synthétique ").count()
    orgs = [Organisation(kind=Organisation.Kind.COMPANY, name=f"Entreprise synthétique {start + i:07d}",
                         name_normalized=f"entreprise synthetique {start + i:07d}",
                         commune_id=rng.choice(communes)[0], source="synthétique (generate_awards)")
            for i in range(count)]
    Organisation.objects.bulk_create(orgs, batch_size=5000)
    return [o.pk for o in orgs]


def generate(count: int, seed: int = 5, stdout=None) -> int:
    """Create ``count`` synthetic awards; returns how many were created."""
    from relocalisation.activities.models import CriticalSector, SizeCategory
    from relocalisation.programmes.models import Programme, Wave
    from relocalisation.territories.models import Commune

    rng = random.Random(seed)
    communes = list(Commune.objects.filter(kind=Commune.Kind.CURRENT, department__isnull=False)
                    .values_list("code", "department_id", "region_id", "population"))
    if not communes:
        raise RuntimeError("Référentiel absent : lancez d'abord « relocalisation load_reference ».")
    # Industry follows people, roughly: weight communes by population (bounded so villages appear).
    weights = [min(max(p or 0, 200), 200_000) for *_, p in communes]
    sectors = list(CriticalSector.objects.values_list("slug", flat=True)) or [None]
    sizes = list(SizeCategory.objects.values_list("code", flat=True)) or [None]
    programmes = list(Programme.objects.values_list("pk", flat=True))
    waves = {}
    for wave in Wave.objects.select_related("call"):
        waves.setdefault(wave.call.programme_id, []).append((wave.call_id, wave.pk))
    calls = {}
    from relocalisation.programmes.models import Call

    for call_id, programme_id in Call.objects.values_list("pk", "programme_id"):
        calls.setdefault(programme_id, []).append(call_id)
    org_ids = _organisations(max(1, count // 3), rng, communes)
    start, end = dt.date(2020, 9, 1), dt.date(2026, 6, 30)
    span = (end - start).days
    now = timezone.now()
    created = 0
    fields = ["id", "programme_id", "call_id", "wave_id", "organisation_id", "project_name", "description",
              "commune_id", "department_id", "region_id", "sector_id", "naf_id", "size_category_id",
              "investment_eur", "investment_note", "aid_eur", "advisory_days", "engineering_days", "funding_split",
              "jobs_created", "jobs_kept", "jobs_created_delivered", "investment_delivered_eur", "decided_on",
              "origin", "source", "source_quote", "external_key", "is_synthetic", "created_at", "updated_at"]
    while created < count:
        size = min(BATCH, count - created)
        picks = rng.choices(communes, weights=weights, k=size)
        rows = []
        for i, (code, dep, reg, _) in enumerate(picks):
            programme = rng.choice(programmes)
            call_id = wave_id = None
            if waves.get(programme) and rng.random() < 0.7:
                call_id, wave_id = rng.choice(waves[programme])
            elif calls.get(programme):
                call_id = rng.choice(calls[programme])
            investment = Decimal(int(rng.lognormvariate(14.5, 1.2)) // 1000 * 1000 + 50_000)
            aid = (investment * Decimal(rng.uniform(0.1, 0.45))).quantize(Decimal("1"))
            jobs = int(rng.expovariate(1 / 25))
            followed = rng.random() < 0.2
            pk = uuid.uuid4()
            rows.append((
                pk, programme, call_id, wave_id, rng.choice(org_ids), f"Projet synthétique {created + i + 1}",
                "", code, dep, reg, rng.choice(sectors), None, rng.choice(sizes), investment, "", aid, None, None, "[]",
                jobs, int(rng.expovariate(1 / 40)), int(jobs * rng.uniform(0.3, 1.3)) if followed else None,
                (investment * Decimal(rng.uniform(0.5, 1.1))).quantize(Decimal("1")) if followed else None,
                start + dt.timedelta(days=rng.randrange(span)), Origin.SYNTHETIC, "synthétique (generate_awards)", "",
                f"synthetic:{pk}", True, now, now))
        _insert(fields, rows)
        created += size
        if stdout:
            stdout.write(f"{created} / {count}")
    # Now (this process's caches) and after commit (readers that cached in between).
    awards_changed.send(sender=Award)
    transaction.on_commit(lambda: awards_changed.send(sender=Award))
    return created


def _insert(fields: list[str], rows: list[tuple]) -> None:
    table = Award._meta.db_table
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {table} ({', '.join(fields)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    objs = [Award(**{f: v for f, v in zip(fields, row) if f != "funding_split"}) for row in rows]
    Award.objects.bulk_create(objs, batch_size=2000)

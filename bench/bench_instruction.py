"""Benchmark of issue 4: the instructor's dossier list (filtered, sorted, paginated) and a
committee session page, with N SYNTHETIC dossiers across 50 calls, on PostgreSQL.

Data: the reference data plus one synthetic programme « [synthétique] banc d'essai instruction »
with 50 calls (one wave each), 5 000 synthetic companies and N dossiers spread over the calls and
states; instructors' reviews on the dossiers in instruction. Everything is created in the database
named by DATABASE_URL (use a throw-away one: the script refuses a database that has real dossiers).

Usage:
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt4bench \
    /work/main/.venv/bin/python bench/bench_instruction.py [--dossiers 100000] [--requests 200]
Prints p50/p95 per page; copy them to docs/benchmarks.md with the date and machine.
"""
import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("RELOCALISATION_VAR", tempfile.mkdtemp(prefix="bench-instruction-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "relocalisation.settings"
os.environ["DEBUG"] = "0"
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

SLUG = "synthetique-banc-instruction"


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def generate(n_dossiers, rng):
    import datetime as dt
    import uuid
    from decimal import Decimal

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from relocalisation.applications.models import Application, StaffScope, State
    from relocalisation.organisations.models import Membership, Organisation, Role
    from relocalisation.programmes.models import Call, Programme, Wave
    from relocalisation.review.models import Review
    from relocalisation.review.selectors import grid_for

    programme, _ = Programme.objects.get_or_create(slug=SLUG, defaults={
        "name": "[synthétique] banc d'essai instruction", "is_published": False})
    now = timezone.now()
    calls, waves = [], []
    for i in range(50):
        call, _ = Call.objects.get_or_create(programme=programme, slug=f"appel-{i}",
                                             defaults={"title": f"[synthétique] Appel {i}",
                                                       "envelope_eur": Decimal(5_000_000)})
        wave, _ = Wave.objects.get_or_create(call=call, number=1, defaults={
            "label": "Vague 1", "deadline": now + dt.timedelta(days=30), "envelope_eur": Decimal(2_000_000)})
        calls.append(call)
        waves.append(wave)
    existing = Application.objects.filter(call__programme=programme).count()
    if existing < n_dossiers:
        orgs = list(Organisation.objects.filter(source="synthétique banc instruction"))
        if not orgs:
            Organisation.objects.bulk_create([Organisation(name=f"[synthétique] Entreprise {i}", name_normalized=f"entreprise {i}",
                                                           source="synthétique banc instruction", headcount=rng.randint(10, 900))
                                              for i in range(5000)], batch_size=2000)
            orgs = list(Organisation.objects.filter(source="synthétique banc instruction"))
        states = [State.EN_CONSTRUCTION] * 3 + [State.EN_INSTRUCTION] * 4 + [State.ACCEPTE, State.REFUSE, State.SANS_SUITE] \
            + [State.BROUILLON]
        words = ["usinage", "décolletage", "chimie fine", "moules", "électronique", "emballage", "textile", "forge"]
        batch = []
        for i in range(existing, n_dossiers):
            k = rng.randrange(50)
            state = rng.choice(states)
            batch.append(Application(
                id=uuid.uuid4(), reference=f"S-{i:09d}", call=calls[k], wave=waves[k], organisation=rng.choice(orgs),
                state=state, title=f"[synthétique] {rng.choice(words)} {i}", project_type="reshoring", phase="launch",
                aid_requested_eur=Decimal(rng.randint(5, 300) * 1000),
                submitted_at=None if state == State.BROUILLON else now - dt.timedelta(minutes=rng.randint(0, 500_000))))
            if len(batch) == 5000:
                Application.objects.bulk_create(batch)
                batch = []
        Application.objects.bulk_create(batch)
    User = get_user_model()
    instructor, _ = User.objects.get_or_create(username="bench-instructeur")
    committee, _ = User.objects.get_or_create(username="bench-comite")
    operator, _ = Organisation.objects.get_or_create(name="[synthétique] opérateur banc", kind="operator")
    for user, role in ((instructor, Role.INSTRUCTOR), (committee, Role.COMMITTEE)):
        Membership.objects.get_or_create(user=user, organisation=operator, role=role)
    for call in calls[:5]:
        StaffScope.objects.get_or_create(user=instructor, role="instructor", call=call)
    StaffScope.objects.get_or_create(user=committee, role="committee", programme=programme)
    if not Review.objects.filter(application__call__programme=programme).exists():
        reviews = []
        for app_id in Application.objects.filter(call__programme=programme, state=State.EN_INSTRUCTION).values_list("pk", flat=True):
            reviews.append(Review(application_id=app_id, reviewer=instructor,
                                  weighted_score=Decimal(rng.randint(0, 2000)) / 100))
        Review.objects.bulk_create(reviews, batch_size=5000)
    for call in calls:
        grid_for(call)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum does in production: visibility map for index-only scans
    return instructor, committee, calls, waves


def login(client, user):
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="banc", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


class SqlTimer:
    """Wall time spent waiting for PostgreSQL during one request."""

    def __init__(self):
        self.total = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.total += time.perf_counter() - start


def measure(client, urls, n, details=None):
    """Wall time per request; in ``details``, the Django process's CPU time and the SQL wait, which
    tell the cost of the page apart from the waiting caused by other jobs on a shared machine."""
    times = []
    for i in range(n):
        url = urls[i % len(urls)]
        timer = SqlTimer()
        cpu = time.process_time()
        start = time.perf_counter()
        with connection.execute_wrapper(timer):
            response = client.get(url)
        times.append(time.perf_counter() - start)
        if details is not None:
            details.setdefault("cpu", []).append(time.process_time() - cpu)
            details.setdefault("sql", []).append(timer.total)
        assert response.status_code == 200, (url, response.status_code)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Ce banc d'essai mesure PostgreSQL : DATABASE_URL=postgres://… attendu.")
    rng = random.Random(4)
    call_command("migrate", verbosity=0)
    from relocalisation.applications.models import Application

    if Application.objects.exclude(call__programme__slug=SLUG).exists():
        sys.exit("La base contient de vrais dossiers : utilisez une base jetable.")
    call_command("load_reference", verbosity=0)
    start = time.perf_counter()
    instructor, committee, calls, waves = generate(args.dossiers, rng)
    print(f"Données : {Application.objects.count()} dossiers synthétiques sur 50 appels "
          f"(génération {time.perf_counter() - start:.0f} s)")
    client = Client()
    login(client, instructor)
    list_urls = ["/instruction/", "/instruction/?etat=en_instruction&tri=-aide",
                 f"/instruction/?appel={calls[0].pk}&etat=en_construction&tri=depot&page=3",
                 "/instruction/?q=usinage&tri=titre&page=2", "/instruction/?tri=-depot&page=40"]
    measure(client, list_urls, 10)  # warm-up
    list_details = {}
    list_times = measure(client, list_urls, args.requests, list_details)
    committee_client = Client()
    login(committee_client, committee)
    committee_urls = [f"/instruction/vagues/{w.pk}/comite/" for w in waves[:10]]
    measure(committee_client, committee_urls, 5)
    committee_details = {}
    committee_times = measure(committee_client, committee_urls, args.requests, committee_details)
    per_wave = Application.objects.filter(wave=waves[0]).exclude(state="brouillon").count()
    print(f"Charge de la machine (load average 1 min) : {os.getloadavg()[0]:.1f} sur {os.cpu_count()} cœurs")
    for name, times, details in (("Liste instructeur (5 appels, filtrée, triée, paginée)", list_times, list_details),
                                 (f"Page de comité (vague de ~{per_wave} dossiers déposés, 50 rangs par page)",
                                  committee_times, committee_details)):
        print(f"{name} : p50 {pct(times, 50) * 1000:.1f} ms, p95 {pct(times, 95) * 1000:.1f} ms "
              f"({len(times)} requêtes) — dont CPU Django p95 {pct(details['cpu'], 95) * 1000:.1f} ms, "
              f"attente SQL p95 {pct(details['sql'], 95) * 1000:.1f} ms")


if __name__ == "__main__":
    main()

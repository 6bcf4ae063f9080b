"""Benchmark of issue 3: eligibility for 10 000 company profiles against all calls, and catalogue
search over 1 000 generated programmes with a territory filter, on SQLite.

Data: the real reference data plus 1 000 SYNTHETIC programmes (names start with « [synthétique] »),
with calls and rules drawn at random over real régions, départements, NAF codes and sectors.
Baselines: evaluating each profile with a fresh load of calls and rules (no shared context), and the
catalogue page that loads and filters every programme in Python.

Usage: .venv/bin/python bench/bench_catalogue.py [--profiles 10000] [--programmes 1000] [--requests 300]
Prints the figures; copy them to docs/benchmarks.md with the date and machine.
"""
import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("RELOCALISATION_VAR", tempfile.mkdtemp(prefix="bench-catalogue-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "relocalisation.settings"
os.environ["DEBUG"] = "0"
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def generate_programmes(n, rng):
    from relocalisation.programmes.models import Call, EligibilityRule, Level, Programme, Wave
    from relocalisation.territories.models import Department, Region
    from django.utils import timezone
    import datetime as dt

    regions = list(Region.objects.filter(zone__in=["metro", "drom"]).values_list("code", flat=True))
    departments = list(Department.objects.values_list("code", "region_id"))
    sectors = ["sante", "agroalimentaire", "electronique", "intrants-essentiels", "5g"]
    words = ["relocalisation", "industrie", "diversification", "approvisionnement", "innovation", "usine",
             "souveraineté", "transition", "investissement", "compétitivité", "filière", "territoire"]
    now = timezone.now()
    for i in range(n):
        level = rng.choice(["national", "regional", "regional", "local"])
        p = Programme.objects.create(
            slug=f"synthetique-{i}", name=f"[synthétique] Dispositif {i} " + " ".join(rng.sample(words, 3)),
            level=level, summary="Dispositif synthétique pour les mesures de performance. " + " ".join(rng.sample(words, 5)),
            envelope_eur=rng.randint(1, 500) * 100_000, support_kinds=[rng.choice(["subsidy", "advisory_days", "loan_equity"])],
            source="bench/bench_catalogue.py (synthétique)")
        if level == "regional":
            p.regions.set([rng.choice(regions)])
        elif level == "local":
            p.departments.set([rng.choice(departments)[0]])
        call = Call.objects.create(programme=p, slug="appel", title=f"Appel synthétique {i}",
                                   opens_on=(now - dt.timedelta(days=30)).date())
        Wave.objects.create(call=call, number=1, deadline=now + dt.timedelta(days=rng.randint(-60, 120)))
        rules = [("headcount_min", {"value": rng.choice([0, 10, 20, 50])}),
                 ("headcount_max", {"value": rng.choice([249, 4999, 5000])}),
                 ("critical_sectors", {"sectors": rng.sample(sectors, 2)}),
                 ("project_types", {"values": ["reshoring", "diversification"]})]
        for pos, (kind, params) in enumerate(rng.sample(rules, rng.randint(1, 4))):
            EligibilityRule.objects.create(call=call, kind=kind, params=params, position=pos, blocking=rng.random() < 0.8)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--programmes", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--baseline-profiles", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(42)

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))
    print(f"set-up (migrate + load_reference): {time.perf_counter() - t0:.1f} s")

    from relocalisation.activities.models import NafCode
    from relocalisation.programmes.selectors import EligibilityContext, build_profile, evaluate_profile
    from relocalisation.territories.models import Commune

    t0 = time.perf_counter()
    generate_programmes(args.programmes, rng)
    print(f"generated {args.programmes} synthetic programmes in {time.perf_counter() - t0:.1f} s")

    communes = list(Commune.objects.filter(kind="commune-actuelle").values_list("code", flat=True))
    nafs = list(NafCode.objects.filter(level="subclass").values_list("code", flat=True))
    profiles = [dict(headcount=rng.choice([5, 12, 50, 120, 400, 3000, 6000]), naf=rng.choice(nafs),
                     commune=rng.choice(communes), project_type=rng.choice(["reshoring", "supply_reshoring", "diversification"]),
                     phase=rng.choice(["study", "launch", "development"])) for _ in range(args.profiles)]

    # Eligibility, shared context (what the API does per request after one context load)
    ctx = EligibilityContext.load()
    calls = len(ctx.calls)
    per = []
    t0 = time.perf_counter()
    for p in profiles:
        s = time.perf_counter()
        evaluate_profile(build_profile(**p), ctx=ctx)
        per.append(time.perf_counter() - s)
    total = time.perf_counter() - t0
    print(f"eligibility: {args.profiles} profiles × {calls} calls in {total:.2f} s "
          f"({args.profiles / total:.0f} profiles/s; p50 {ms(pct(per, 50))}, p95 {ms(pct(per, 95))})")
    # Baseline: reload calls and rules for every profile (naive per-request load)
    base = []
    for p in profiles[: args.baseline_profiles]:
        s = time.perf_counter()
        evaluate_profile(build_profile(**p), ctx=EligibilityContext.load())
        base.append(time.perf_counter() - s)
    print(f"  baseline (context reloaded per profile): p50 {ms(pct(base, 50))}, p95 {ms(pct(base, 95))}; "
          f"ratio baseline/optimised p50 = {pct(base, 50) / pct(per, 50):.1f}×")

    # Full eligibility API request (context loaded per request), through the Django stack
    client = Client()
    api = []
    for p in profiles[: args.requests]:
        s = time.perf_counter()
        r = client.get("/api/v1/eligibility", p)
        api.append(time.perf_counter() - s)
        assert r.status_code == 200, r.content[:200]
    print(f"GET /api/v1/eligibility ({calls} calls): p50 {ms(pct(api, 50))}, p95 {ms(pct(api, 95))}")

    # Catalogue search with territory filter
    terms = ["relocalisation", "industrie", "usine", "filière", "", "transition"]
    pages = []
    for _ in range(args.requests):
        params = {"q": rng.choice(terms), "commune": rng.choice(communes)}
        s = time.perf_counter()
        r = client.get("/dispositifs/", params)
        pages.append(time.perf_counter() - s)
        assert r.status_code == 200, r.status_code
    print(f"GET /dispositifs/?q=…&commune=… over {args.programmes + 5} programmes: "
          f"p50 {ms(pct(pages, 50))}, p95 {ms(pct(pages, 95))}")
    filtered = []
    for _ in range(args.requests):
        params = {"q": rng.choice(terms), "commune": rng.choice(communes), "taille": "PME", "secteur": "sante"}
        s = time.perf_counter()
        r = client.get("/dispositifs/", params)
        filtered.append(time.perf_counter() - s)
    print(f"GET /dispositifs/ with size + sector filters (rules evaluated): p50 {ms(pct(filtered, 50))}, "
          f"p95 {ms(pct(filtered, 95))}")
    apis = []
    for _ in range(args.requests):
        s = time.perf_counter()
        client.get("/api/v1/programmes", {"q": rng.choice(terms), "commune": rng.choice(communes)})
        apis.append(time.perf_counter() - s)
    print(f"GET /api/v1/programmes?q=…&commune=…: p50 {ms(pct(apis, 50))}, p95 {ms(pct(apis, 95))}")
    print(f"mean page time {ms(statistics.mean(pages))}")


if __name__ == "__main__":
    main()

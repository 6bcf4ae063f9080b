"""Benchmark of the observatory and of bulk imports (issue 5), on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/relocalisation_bench \
        PYTHONPATH=src .venv/bin/python bench/bench_observatory.py --size 1000000

Steps (each figure is printed next to a naive baseline and their ratio):
  1. synthetic awards (``generate_awards``: labelled synthetic, real communes and sectors), COPY;
  2. dashboard page and /api/v1/stats, p95 cold (cache cleared before each request) and warm;
     baseline: the same figures computed in Python from all the rows (one read of every row);
  3. import of a 100 000-row CSV (new laureates, French amounts, communes by name + département);
     baseline: one ORM save per row (get_or_create organisation + save), measured on a sample and
     extrapolated (said so in the output);
  4. full CSV export, streamed: time and peak memory (RSS sampled); baseline: load every row in
     memory then write (measured on the same rows).
Synthetic awards stay in the bench database (drop it afterwards: ``dropdb relocalisation_bench``).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relocalisation.settings")
os.environ.setdefault("DEBUG", "0")


def setup():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        print("Attention : ce banc est prévu pour PostgreSQL (DATABASE_URL=postgres://…).")
    call_command("migrate", verbosity=0)
    from relocalisation.territories.models import Commune

    if not Commune.objects.exists():
        call_command("load_reference", verbosity=0)


def p95(values):
    values = sorted(values)
    return values[max(0, int(round(0.95 * len(values))) - 1)]


class RssPeak:
    """Peak resident memory of this process while the block runs, sampled every 20 ms."""

    def __enter__(self):
        import psutil

        self.process = psutil.Process()
        self.start = self.process.memory_info().rss
        self.peak = self.start
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self):
        while self.running:
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.02)

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def delta_mb(self):
        return (self.peak - self.start) / 1024 / 1024


def ensure_awards(size: int) -> int:
    from relocalisation.awards.models import Award
    from relocalisation.ingestion.synthetic import generate

    have = Award.objects.filter(is_synthetic=True).count()
    if have < size:
        started = time.perf_counter()
        generate(size - have, seed=2026)
        print(f"génération : {size - have} lauréats synthétiques en {time.perf_counter() - started:.1f} s")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE awards_award")
    return Award.objects.count()


FILTERS = [{}, {"region": "84"}, {"department": "38"}, {"sector": "sante"}, {"programme": "secteurs-critiques"},
           {"date_from": "2023-01-01", "date_to": "2023-12-31"}, {"region": "11", "sector": "electronique"}]


def bench_pages(rounds: int):
    from urllib.parse import urlencode

    from django.core.cache import cache
    from django.test import Client

    client = Client()
    # « À froid » means an empty cache, not a process that never rendered a page: production
    # processes are long-lived. One request loads the templates and URL resolvers first.
    client.get("/observatoire/?department=38")
    results = {}
    for name, path in (("tableau de bord", "/observatoire/"), ("/api/v1/stats", "/api/v1/stats")):
        cold, warm = [], []
        for _ in range(rounds):
            for params in FILTERS:
                query = dict(params)
                if path.endswith("stats"):
                    query["group_by"] = "region"
                url = f"{path}?{urlencode(query)}"
                cache.clear()
                started = time.perf_counter()
                response = client.get(url)
                cold.append(time.perf_counter() - started)
                assert response.status_code == 200, (url, response.status_code)
                started = time.perf_counter()
                client.get(url)
                warm.append(time.perf_counter() - started)
        results[name] = (p95(cold), p95(warm), statistics.median(cold), len(cold))
    return results


def naive_stats(params):
    """Baseline: read every matching row and sum in Python (what a loop over the ORM would do)."""
    from relocalisation.awards.selectors import filter_awards

    totals, groups = [0, Decimal(0), Decimal(0), 0], {}
    for award in filter_awards(params).select_related("region"):
        for bucket in (totals, groups.setdefault(award.region_id, [0, Decimal(0), Decimal(0), 0])):
            bucket[0] += 1
            bucket[1] += award.investment_eur or 0
            bucket[2] += award.aid_eur or 0
            bucket[3] += award.jobs_created or 0
    return totals, groups


def bench_naive_stats():
    times = []
    for params in FILTERS[:3]:
        started = time.perf_counter()
        naive_stats(params)
        times.append(time.perf_counter() - started)
    return max(times), times


def make_import_csv(path: Path, rows: int):
    import csv
    import random

    from relocalisation.territories.models import Commune

    rng = random.Random(7)
    communes = list(Commune.objects.filter(kind="commune-actuelle", department__isnull=False)
                    .values_list("name", "department_id", "code"))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["entreprise", "dispositif", "projet", "commune", "departement", "commune_insee",
                         "aide_eur", "investissement_eur", "date_decision", "emplois_crees", "secteur", "cle_import"])
        for i in range(rows):
            name, dep, code = rng.choice(communes)
            by_name = i % 2 == 0  # half by name + département, half by INSEE code
            aid = rng.randint(20, 5000) * 1000
            writer.writerow([f"Entreprise importée {i:06d} (synthétique)", "secteurs-critiques", f"Projet {i}",
                             name if by_name else "", dep if by_name else "", "" if by_name else code,
                             f"{aid / 1_000_000:.1f} M€".replace(".", ",") if aid >= 1_000_000 else f"{aid:,} €".replace(",", " "),
                             f"{aid * 4:,} €".replace(",", " "), f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2024",
                             rng.randint(0, 80), rng.choice(["sante", "electronique", "5g", "agroalimentaire"]),
                             f"bench-import:{i}"])


def bench_import(rows: int, sample: int):
    from django.db import transaction

    from relocalisation.awards.models import Award
    from relocalisation.core.text import normalize
    from relocalisation.ingestion import imports

    path = ROOT / "bench" / "out" / f"import-{rows}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    make_import_csv(path, rows)
    Award.objects.filter(external_key__startswith="bench-import:").delete()
    from relocalisation.organisations.models import Organisation

    Organisation.objects.filter(name__startswith="Entreprise importée ").delete()  # a first import, really
    started = time.perf_counter()
    header, table = imports.read_table(path.read_bytes(), path.name)
    plan = imports.validate(header, table, imports.guess_mapping(header))
    checked = time.perf_counter() - started
    assert plan.is_valid, [r.errors for r in plan.invalid][:3]
    counts = imports.apply(plan, source="bench")
    total = time.perf_counter() - started
    assert counts["created"] == rows, counts
    # Baseline: per-row ORM work on a sample, rolled back.
    from relocalisation.organisations.models import Organisation
    from relocalisation.programmes.models import Programme
    from relocalisation.territories.models import Commune

    programme = Programme.objects.get(slug="secteurs-critiques")
    started = time.perf_counter()
    with transaction.atomic():
        for i, row in enumerate(table[:sample]):
            data = dict(zip(header, row))
            if data["commune_insee"]:
                commune = Commune.objects.get(code=data["commune_insee"])
            else:
                commune = Commune.objects.get(name=data["commune"], department_id=data["departement"],
                                              kind="commune-actuelle")
            name = data["entreprise"] + " (naif)"
            org, _ = Organisation.objects.get_or_create(  # on the indexed column: a fair baseline
                name_normalized=normalize(name), defaults={"name": name})
            award = Award.objects.filter(external_key="naive:" + data["cle_import"]).first() or Award(
                external_key="naive:" + data["cle_import"], origin="import")
            award.programme, award.organisation, award.commune = programme, org, commune
            award.aid_eur = imports.parse_amount(data["aide_eur"])
            award.save()
        transaction.set_rollback(True)
    naive = (time.perf_counter() - started) / sample * rows
    Award.objects.filter(external_key__startswith="bench-import:").delete()
    Organisation.objects.filter(name__startswith="Entreprise importée ").delete()
    return total, checked, naive


def bench_export(limit_baseline: int | None):
    from relocalisation.awards.models import Award
    from relocalisation.observatory import exports

    count = Award.objects.count()
    with RssPeak() as memory:
        started = time.perf_counter()
        size = 0
        for chunk in exports.laureates_csv({}):
            size += len(chunk)
        streamed = time.perf_counter() - started
    streamed_mb = memory.delta_mb
    # Baseline: load every row in memory, then write.
    import csv
    import io

    with RssPeak() as memory:
        started = time.perf_counter()
        qs = exports.with_siret(Award.objects.all()).order_by("decided_on", "id")
        if limit_baseline:
            qs = qs[:limit_baseline]
        rows = list(qs.values_list(*[lookup for _, lookup in exports.LAUREATE_COLUMNS]))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerows([[exports._text(v) for v in row] for row in rows])
        naive = time.perf_counter() - started
        del rows, out
    naive_mb = memory.delta_mb
    return count, size, streamed, streamed_mb, naive, naive_mb, limit_baseline or count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--naive-sample", type=int, default=1000)
    parser.add_argument("--naive-export-rows", type=int, default=0,
                        help="limiter la référence naïve de l'export à N lignes (0 : toutes)")
    parser.add_argument("--naive-stats-seconds", type=float, default=186.38,
                        help="avec --skip naive : durée de la référence naïve mesurée auparavant")
    parser.add_argument("--skip", default="", help="étapes à sauter : pages,naive,import,export")
    args = parser.parse_args()
    setup()
    from django.db import connection

    total = ensure_awards(args.size)
    print(f"base : {connection.vendor}, {total} lauréats (dont synthétiques)")
    skip = set(args.skip.split(","))
    if "pages" not in skip:
        pages = bench_pages(args.rounds)
        naive, _ = bench_naive_stats() if "naive" not in skip else (args.naive_stats_seconds, None)
        for name, (cold, warm, median, n) in pages.items():
            print(f"{name} : p95 à froid {cold * 1000:.0f} ms (médiane {median * 1000:.0f} ms), p95 à chaud "
                  f"{warm * 1000:.1f} ms ({n} requêtes) ; naïf (tout lire en Python) {naive:.2f} s → "
                  f"×{naive / cold:.0f} à froid, ×{naive / warm:.0f} à chaud")
    if "import" not in skip:
        took, checked, naive = bench_import(args.import_rows, args.naive_sample)
        print(f"import {args.import_rows} lignes : {took:.1f} s (dont vérification {checked:.1f} s) ; naïf (une requête "
              f"ORM par ligne, extrapolé de {args.naive_sample} lignes) {naive:.0f} s → ×{naive / took:.1f}")
    if "export" not in skip:
        count, size, streamed, streamed_mb, naive, naive_mb, naive_rows = bench_export(args.naive_export_rows or None)
        if naive_rows < count:  # per-row time and memory scaled to the full export (said so)
            naive, naive_mb = naive * count / naive_rows, naive_mb * count / naive_rows
            naive_rows = f"{naive_rows} lignes extrapolées à {count}"
        print(f"export CSV de {count} lauréats ({size / 1024 / 1024:.0f} Mo) : {streamed:.1f} s, mémoire +{streamed_mb:.0f} Mo ; "
              f"naïf (tout en mémoire, {naive_rows} lignes) {naive:.1f} s, mémoire +{naive_mb:.0f} Mo → "
              f"×{naive / streamed:.2f} en temps, ×{naive_mb / max(streamed_mb, 1):.0f} en mémoire")


if __name__ == "__main__":
    main()

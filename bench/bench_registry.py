"""Benchmark of the establishment registry: import, scoring and a filtered page, next to a pandas/SQL
baseline on a 1 000 000-row sample. SYNTHETIC data (bench/generate_registry.py).

    PYTHONPATH=src /work/main/.venv/bin/python bench/bench_registry.py --rows 10000000 --baseline-rows 1000000

Uses its own database and files under var/bench/ (RELOCALISATION_VAR), never the development data.
Prints a Markdown block to paste into docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sqlite3
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH_VAR = ROOT / "var" / "bench"
os.environ.setdefault("RELOCALISATION_VAR", str(BENCH_VAR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relocalisation.settings")
os.environ.setdefault("DEBUG", "1")

import psutil  # noqa: E402


class PeakMemory:
    """Peak resident memory of this process (DuckDB runs in-process), sampled every 50 ms."""

    def __init__(self):
        self.process = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()

    def __enter__(self):
        self.peak = self.process.memory_info().rss
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.05)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def gb(self) -> float:
        return self.peak / 1024 ** 3


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    from relocalisation.territories.models import Commune

    call_command("migrate", verbosity=0)
    if not Commune.objects.exists():
        call_command("load_reference", verbosity=0)


def bench_agency():
    from relocalisation.organisations.models import Organisation

    agency, _ = Organisation.objects.get_or_create(name="Agence de banc d'essai (synthétique)",
                                                   kind=Organisation.Kind.AGENCY)
    return agency


def random_filters(rng: random.Random):
    from relocalisation.detection.selectors import RegistryFilters

    choices = [
        lambda: RegistryFilters(region=rng.choice(["84", "11", "76", "75", "32", "44"])),
        lambda: RegistryFilters(department=rng.choice(["38", "69", "13", "59", "33", "31", "75", "67"])),
        lambda: RegistryFilters(naf=rng.choice(["21", "10", "26", "20", "25", "28"]), min_score=20),
        lambda: RegistryFilters(region="84", size="pme", min_score=30),
        lambda: RegistryFilters(sector=rng.choice(["sante", "agroalimentaire", "electronique"]), region="84"),
        lambda: RegistryFilters(min_score=rng.choice([30, 40, 50])),
    ]
    return rng.choice(choices)()


def measure_pages(agency, n=40) -> tuple[float, float]:
    """A filtered explore page = the page of 50 rows + its total + the département counts."""
    from relocalisation.detection import selectors

    rng = random.Random(7)
    times = []
    for i in range(n):
        filters = random_filters(rng)
        started = time.perf_counter()
        # what the explore page does: département counts (which give the total), then the 50 rows
        selectors.counts_by_department(agency, filters)
        selectors.search(agency, filters, limit=50, offset=rng.choice([0, 0, 50, 500]), with_total=False)
        times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def baseline(path: Path, rows: int) -> dict:
    """pandas read_csv + merge + vectorised scoring, stored with DataFrame.to_sql in SQLite, and the same
    filtered page in SQL (indexed on score): the usual « pandas + database » way."""
    import pandas as pd

    from relocalisation.activities.models import CriticalSector, NafCode, NafLevel
    from relocalisation.detection import scoring
    from relocalisation.detection.models import DependencyIndex
    from relocalisation.territories.models import Commune

    result = {}
    db = BENCH_VAR / "baseline.sqlite3"
    db.unlink(missing_ok=True)
    with PeakMemory() as mem:
        started = time.perf_counter()
        df = pd.read_csv(path, dtype=str, nrows=rows, keep_default_na=False,
                         usecols=["siret", "siren", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
                                  "trancheEffectifsEtablissement", "codeCommuneEtablissement",
                                  "etatAdministratifEtablissement", "dateCreationEtablissement"])
        read = len(df)
        communes = pd.DataFrame(list(Commune.objects.values_list("code", "department_id", "region_id")),
                                columns=["codeCommuneEtablissement", "department", "region"])
        df = df[df["etatAdministratifEtablissement"] == "A"].merge(communes, on="codeCommuneEtablissement")
        con = sqlite3.connect(db)
        df.to_sql("registry", con, index=False, chunksize=50_000)
        con.commit()
        result["import_s"] = time.perf_counter() - started
    result["import_mem_gb"] = mem.gb
    result["rows_read"], result["rows_kept"] = read, len(df)
    sectors = list(CriticalSector.objects.all())
    naf = pd.DataFrame([(c, s, next((x.slug for x in sectors if x.covers(c)), ""))
                        for c, s in NafCode.objects.filter(level=NafLevel.SUBCLASS).values_list("code", "section")],
                       columns=["activitePrincipaleEtablissement", "section", "sector"])
    dep = pd.DataFrame(list(DependencyIndex.objects.values_list("division", "value")), columns=["division", "v_exposure"])
    with PeakMemory() as mem:
        started = time.perf_counter()
        s = pd.read_sql("SELECT * FROM registry", con)
        s = s.merge(naf, on="activitePrincipaleEtablissement", how="left")
        s["division"] = s["activitePrincipaleEtablissement"].str[:2]
        s = s.merge(dep, on="division", how="left")
        s["v_strategic"] = (s["sector"].fillna("") != "").astype(float)
        s.loc[(s["v_strategic"] == 0) & s["section"].isin(list(scoring.INDUSTRIAL_SECTIONS)), "v_strategic"] = 0.4
        s["v_size"] = s["trancheEffectifsEtablissement"].map(scoring.SIZE_VALUES).fillna(0.0)
        s["v_region"] = (s["region"] == "84").astype(float)
        s["v_exposure"] = s["v_exposure"].fillna(0.0)
        s["score"] = 100 * (30 * s["v_strategic"] + 20 * s["v_size"] + 15 * s["v_region"] + 15 * s["v_exposure"]) / 100
        s = s.sort_values("score", ascending=False)
        s.to_sql("scored", con, index=False, chunksize=50_000, if_exists="replace")
        con.execute("CREATE INDEX scored_score ON scored(score)")
        con.commit()
        result["score_s"] = time.perf_counter() - started
    result["score_mem_gb"] = mem.gb
    rng = random.Random(7)
    times = []
    for _ in range(40):
        f = random_filters(rng)
        where, params = f.where()
        sql_where = where.replace("starts_with(naf, ?)", "activitePrincipaleEtablissement LIKE ? || '%'") \
                         .replace("band IN", "trancheEffectifsEtablissement IN")
        started = time.perf_counter()
        con.execute(f"SELECT * FROM scored{sql_where} ORDER BY score DESC LIMIT 50 OFFSET ?",
                    [*params, rng.choice([0, 0, 50, 500])]).fetchall()
        con.execute(f"SELECT department, count(*) FROM scored{sql_where} GROUP BY department", params).fetchall()
        times.append(time.perf_counter() - started)
    times.sort()
    result["page_p50"], result["page_p95"] = statistics.median(times), times[int(0.95 * (len(times) - 1))]
    con.close()
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--baseline-rows", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--skip-import", action="store_true", help="reuse the current registry version")
    args = parser.parse_args()
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    setup_django()
    from relocalisation.detection import services
    from relocalisation.detection.synthetic import generate

    source = BENCH_VAR / f"StockEtablissement.{args.rows}.synthetic.csv.gz"
    if not source.exists():
        started = time.perf_counter()
        generate(args.rows, source, quiet=True)
        print(f"generation: {time.perf_counter() - started:.1f} s ({source.stat().st_size / 1e6:.0f} Mo)", flush=True)
    agency = bench_agency()
    proc = psutil.Process()
    import_s = import_mem = import_cpu = float("nan")
    if not args.skip_import:
        with PeakMemory() as mem:
            cpu0, started = sum(proc.cpu_times()[:2]), time.perf_counter()
            job = services.import_registry(str(source), threads=args.threads)
            import_s, import_cpu = time.perf_counter() - started, sum(proc.cpu_times()[:2]) - cpu0
        import_mem = mem.gb
        print(f"import: {import_s:.1f} s wall, {import_cpu:.1f} s CPU, read {job.rows_read}, kept {job.rows_kept}, "
              f"peak {import_mem:.2f} GB", flush=True)
    weights = services.current_weights(agency)
    if weights.home_region_id is None and not weights.runs.exists():
        weights.home_region_id = "84"
        weights.save()
    with PeakMemory() as mem:
        cpu0, started = sum(proc.cpu_times()[:2]), time.perf_counter()
        job = services.score_registry(agency, threads=args.threads)
        score_s, score_cpu = time.perf_counter() - started, sum(proc.cpu_times()[:2]) - cpu0
    score_mem = mem.gb
    print(f"scoring: {score_s:.1f} s wall, {score_cpu:.1f} s CPU, scored {job.rows_scored}, peak {score_mem:.2f} GB "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", flush=True)
    p50, p95 = measure_pages(agency)
    print(f"filtered page: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms", flush=True)
    base = None if args.skip_baseline else baseline(source, args.baseline_rows)
    if base:
        print(f"baseline ({args.baseline_rows} rows): {base}", flush=True)
    n, b = args.rows, args.baseline_rows
    lines = [f"| measure | ours ({n:,} rows) | baseline pandas/SQLite ({b:,} rows) | throughput ratio |".replace(",", " "),
             "|---|---|---|---|"]
    if base:
        lines.append(f"| import (read, filter, join communes, store) | {import_s:.1f} s, peak {import_mem:.2f} GB | "
                     f"{base['import_s']:.1f} s, peak {base['import_mem_gb']:.2f} GB | "
                     f"× {(n / import_s) / (b / base['import_s']):.1f} rows/s |")
        lines.append(f"| scoring | {score_s:.1f} s, peak {score_mem:.2f} GB | {base['score_s']:.1f} s, peak "
                     f"{base['score_mem_gb']:.2f} GB | × {(n / score_s) / (b / base['score_s']):.1f} rows/s |")
        lines.append(f"| filtered page (50 rows + map counts giving the total) | p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms | "
                     f"p50 {base['page_p50'] * 1000:.0f} ms, p95 {base['page_p95'] * 1000:.0f} ms | "
                     f"p95 × {base['page_p95'] / p95:.1f} faster on {n // b}× more rows |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""Load benchmark (issue 8): locust headless on loopback against `serve_prod` (gunicorn + task
workers) on PostgreSQL, while sampling the CPU of gunicorn, the task workers, PostgreSQL and locust
itself (psutil) and PostgreSQL's lock waits. Not a test: writes bench/out/*.json and prints a
Markdown summary for docs/benchmarks.md.

    python bench/bench_load.py --users 200 --duration 300            # the issue's run
    python bench/bench_load.py --users 200 --duration 300 --with-import "import_awards {file}"

Uses BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/relocalisation_bench), which it
migrates and fills with the reference data, the demo data (if any app has demo.py) and BENCH_USERS
logged-in users (sessions created directly, so no password hashing happens during the run).
"""
import argparse
import csv
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
# Same key for the sessions prepared here and the server (sessions are signed with it).
BENCH_SECRET = "bench-only-secret-" + "x" * 50


def env_for(database_url: str, **extra) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "RELOCALISATION_VAR": str(OUT / "var"), "LOG_LEVEL": "WARNING"}
    env.update(extra)
    return env


def manage(database_url: str, *args, settings="relocalisation.settings", **extra):
    env = env_for(database_url, DJANGO_SETTINGS_MODULE=settings, **extra)
    subprocess.run([PYTHON, "-m", "relocalisation.manage", *args], env=env, cwd=ROOT, check=True)


PREPARE_USERS = """
import json, sys
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from relocalisation.applications.models import Application
# The demo companies' accounts (load_demo) with their own dossiers: one session per virtual user.
users = list(get_user_model().objects.filter(username__in=["demo-entreprise", "demo-entreprise-2"]))
sessions = []
for i in range(int(sys.argv[1])):
    user = users[i % len(users)]
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    pages = [f"/dossiers/{pk}/" for pk in Application.objects.filter(
        organisation__memberships__user=user).values_list("pk", flat=True)[:3]]
    sessions.append({"session": store.session_key, "pages": pages})
print(json.dumps(sessions))
"""


class Sampler(threading.Thread):
    """Every 2 s: CPU % by role (100 % = one core) and PostgreSQL lock waits / active backends."""

    def __init__(self, database_url: str):
        super().__init__(daemon=True)
        self.database_url = database_url
        self.samples = []
        self.stop = threading.Event()
        self.procs = {}
        self.import_pids: set[int] = set()

    def role(self, proc):
        try:
            cmd = " ".join(proc.cmdline())
            name = proc.name()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            return None
        if "gunicorn" in cmd:
            return "gunicorn"
        if "task_worker" in cmd:
            return "task_workers"
        if name.startswith("postgres") or "postgres:" in cmd:
            return "postgres"
        if "locust" in cmd:
            return "locust"
        if self.import_pids and proc.pid in self.import_pids:
            return "import"
        return "other"

    def run(self):
        import psycopg

        conn = psycopg.connect(self.database_url.replace("postgres://", "postgresql://"), autocommit=True)
        psutil.cpu_percent(None)
        while not self.stop.wait(2):
            totals = {}
            for proc in psutil.process_iter():
                if proc.pid not in self.procs:
                    self.procs[proc.pid] = proc
                    try:
                        proc.cpu_percent(None)
                    except psutil.Error:
                        pass
                    continue
                role = self.role(proc)
                if role is None:
                    continue
                try:
                    totals[role] = totals.get(role, 0.0) + proc.cpu_percent(None)
                except psutil.Error:
                    pass
            with conn.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
                waits = cursor.fetchone()[0]
                cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'")
                active = cursor.fetchone()[0]
            self.samples.append({"t": time.time(), "cpu": totals, "system": psutil.cpu_percent(None),
                                 "lock_waits": waits, "pg_active": active})
        conn.close()

    def summary(self):
        if not self.samples:
            return {}
        roles = sorted({r for s in self.samples for r in s["cpu"]})
        mean = {r: round(sum(s["cpu"].get(r, 0) for s in self.samples) / len(self.samples), 1) for r in roles}
        return {"cpu_percent_mean_by_role": mean,
                "system_cpu_percent_mean": round(sum(s["system"] for s in self.samples) / len(self.samples), 1),
                "lock_waits_max": max(s["lock_waits"] for s in self.samples),
                "lock_waits_mean": round(sum(s["lock_waits"] for s in self.samples) / len(self.samples), 2),
                "pg_active_mean": round(sum(s["pg_active"] for s in self.samples) / len(self.samples), 1),
                "samples": len(self.samples)}


def wait_ready(url: str, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=5) as response:
                if response.status == 200:
                    return
        except Exception:
            pass
        time.sleep(1)
    raise SystemExit("le serveur n'est pas prêt")


def locust_stats(prefix: Path):
    rows = list(csv.DictReader(open(f"{prefix}_stats.csv")))
    by_name = {}
    for row in rows:
        by_name[row["Name"]] = {
            "requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
            "rps": round(float(row["Requests/s"]), 1), "p50_ms": row["50%"], "p95_ms": row["95%"],
            "p99_ms": row["99%"], "max_ms": round(float(row["Max Response Time"])),
        }
    return by_name


def create_database(database_url: str) -> None:
    import psycopg
    from urllib.parse import urlparse

    parsed = urlparse(database_url)
    name = parsed.path.lstrip("/")
    admin_url = database_url.replace("postgres://", "postgresql://").rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def server_durations(log_path: Path) -> dict:
    """Server-side time per path (from the JSON request log): how much is queueing vs work."""
    by_path = {}
    for line in open(log_path, encoding="utf-8", errors="replace"):
        if '"relocalisation.request"' not in line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        by_path.setdefault(entry["path"], []).append(entry["duration_ms"])
    summary = {}
    for path, values in by_path.items():
        values.sort()
        n = len(values)
        summary[path] = {"n": n, "p50_ms": values[n // 2], "p95_ms": values[min(n - 1, int(n * 0.95))],
                         "statuses": None}
    return summary


def run(args):
    OUT.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{args.port}"
    if not args.skip_prepare:
        create_database(args.database_url)
        manage(args.database_url, "migrate", "--noinput", "-v", "0")
        manage(args.database_url, "load_reference")
        manage(args.database_url, "load_demo", DEBUG="1")
        env = env_for(args.database_url, DJANGO_SETTINGS_MODULE="relocalisation.settings", SECRET_KEY=BENCH_SECRET)
        result = subprocess.run([PYTHON, "-c", "import django; django.setup()\n" + PREPARE_USERS, str(args.users)],
                                env=env, cwd=ROOT, check=True, capture_output=True, text=True)
        (OUT / "sessions.json").write_text(result.stdout.strip().splitlines()[-1])

    server_env = env_for(args.database_url, DJANGO_SETTINGS_MODULE="relocalisation.settings.production",
                         SECRET_KEY=BENCH_SECRET, ALLOWED_HOSTS="127.0.0.1,localhost",
                         SECURE_SSL_REDIRECT="0", PORT=str(args.port), WEB_CONCURRENCY=str(args.web),
                         TASK_WORKERS=str(args.task_workers), STATIC_ROOT=str(OUT / "static"),
                         CACHE_URL=args.cache_url,
                         LOG_LEVEL="INFO")  # one JSON line per request: server-side durations
    server = subprocess.Popen([PYTHON, "-m", "relocalisation.manage", "serve_prod"], env=server_env, cwd=ROOT,
                              stdout=open(OUT / "server.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_ready(url)
        sampler = Sampler(args.database_url)
        sampler.start()
        importer = None
        import_timing = {}
        if args.with_import:
            data_file = OUT / "import-10000.csv"
            if args.import_generator:
                subprocess.run([PYTHON, args.import_generator, str(data_file), "10000"], check=True, cwd=ROOT)
            command = args.with_import.format(file=data_file).split()

            def do_import():
                time.sleep(args.import_delay)
                started = time.time()
                env = env_for(args.database_url, DJANGO_SETTINGS_MODULE="relocalisation.settings.production",
                              SECRET_KEY=BENCH_SECRET, ALLOWED_HOSTS="127.0.0.1", CACHE_URL=args.cache_url)
                process = subprocess.Popen([PYTHON, "-m", "relocalisation.manage", *command], env=env, cwd=ROOT,
                                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                sampler.import_pids.add(process.pid)
                output, _ = process.communicate()
                done = subprocess.CompletedProcess(command, process.returncode, output, "")
                import_timing.update({"seconds": round(time.time() - started, 1), "returncode": done.returncode,
                                      "tail": (done.stdout + done.stderr)[-1500:]})

            importer = threading.Thread(target=do_import, daemon=True)
            importer.start()
        prefix = OUT / args.label
        started = time.time()
        subprocess.run([PYTHON, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
                        "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{args.duration}s",
                        "--host", url, "--csv", str(prefix), "--only-summary", "--stop-timeout", "10"],
                       env={**os.environ, "BENCH_OUT": str(OUT)}, cwd=ROOT, check=False)
        elapsed = time.time() - started
        if importer:
            importer.join(timeout=600)
        sampler.stop.set()
        sampler.join(timeout=10)
        stats = locust_stats(prefix)
        result = {"label": args.label, "users": args.users, "duration_s": args.duration, "elapsed_s": round(elapsed),
                  "web_processes": args.web, "task_workers": args.task_workers, "cache_url": args.cache_url, "stats": stats,
                  "resources": sampler.summary(), "import": import_timing,
                  "server_side": server_durations(OUT / "server.log"),
                  "endpoints": json.loads((OUT / "skipped.json").read_text()) if (OUT / "skipped.json").exists() else {}}
        (OUT / f"{args.label}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
        print(json.dumps(result, indent=2, ensure_ascii=False))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL",
                                                                 "postgres://postgres@127.0.0.1:5432/relocalisation_bench"))
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=int, default=20)
    parser.add_argument("--duration", type=int, default=300)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--web", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "4")))
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--cache-url", default=os.environ.get("CACHE_URL", "db"),
                        help="shared cache of the web processes: db (production default) or redis://…")
    parser.add_argument("--label", default="load")
    parser.add_argument("--skip-prepare", action="store_true")
    parser.add_argument("--with-import", default="", help='management command, e.g. "import_awards {file}"')
    parser.add_argument("--import-generator", default="", help="script writing the 10 000-row file: <script> <file> <rows>")
    parser.add_argument("--import-delay", type=float, default=30)
    run(parser.parse_args())


if __name__ == "__main__":
    random.seed(8)
    main()

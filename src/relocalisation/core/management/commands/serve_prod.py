"""``relocalisation serve_prod`` (what ``make serve-prod`` runs): migrate, collect static files,
then run gunicorn and the task workers in the foreground until Ctrl-C or SIGTERM stops them all.

Environment: ``PORT`` (8000), ``BIND_HOST`` (127.0.0.1), ``WEB_CONCURRENCY`` (gunicorn processes,
default 2 × CPUs + 1, at most 8), ``TASK_WORKERS`` (2), ``GUNICORN_TIMEOUT`` (60 s).
A task worker that dies is restarted (its task is recovered by the reaper, see docs/tasks.md);
if gunicorn dies, everything stops with a non-zero status."""
import hashlib
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

STOP_GRACE_SECONDS = 30
MAX_WORKER_RESTARTS_PER_MINUTE = 5


def static_fingerprint() -> str:
    """Hash of every static source file's path, size and mtime: collectstatic is skipped when equal."""
    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            full = storage.path(path)
            stat = os.stat(full)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    digest.update(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    return digest.hexdigest()


class Command(BaseCommand):
    help = "Lance gunicorn et les processus de traitement des tâches (production, au premier plan)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-migrate", action="store_true")
        parser.add_argument("--skip-collectstatic", action="store_true")

    def handle(self, *args, **options):
        if settings.DEBUG:
            raise CommandError("DEBUG est actif : lancez avec DJANGO_SETTINGS_MODULE=relocalisation.settings.production.")
        if not options["skip_migrate"]:
            call_command("migrate", interactive=False, verbosity=1)
        call_command("createcachetable")  # the shared cache's table when CACHE_URL=db; no-op otherwise
        if not options["skip_collectstatic"]:
            self.collectstatic()

        port = int(os.environ.get("PORT", "8000"))
        host = os.environ.get("BIND_HOST", "127.0.0.1")
        web = int(os.environ.get("WEB_CONCURRENCY") or min(2 * (os.cpu_count() or 1) + 1, 8))
        task_workers = int(os.environ.get("TASK_WORKERS", "2"))
        gunicorn_cmd = [
            sys.executable, "-m", "gunicorn", "relocalisation.wsgi:application",
            "--bind", f"{host}:{port}", "--workers", str(web), "--worker-tmp-dir", "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp",
            "--timeout", os.environ.get("GUNICORN_TIMEOUT", "60"), "--graceful-timeout", "20",
            "--max-requests", "5000", "--max-requests-jitter", "500",
            "--forwarded-allow-ips", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
            "--error-logfile", "-", "--log-level", "warning",  # one JSON access line per request comes from Django
        ]
        worker_cmd = [sys.executable, "-m", "relocalisation.manage", "task_worker", "--no-reload", "--queue-name", "*"]

        self.stopping = False
        signal.signal(signal.SIGINT, self.on_signal)
        signal.signal(signal.SIGTERM, self.on_signal)

        self.stdout.write(f"gunicorn : {web} processus sur http://{host}:{port} ; tâches : {task_workers} processus")
        gunicorn = self.spawn(gunicorn_cmd)
        workers = {i: self.spawn(worker_cmd) for i in range(task_workers)}
        restarts: list[float] = []
        status = 0
        try:
            while not self.stopping:
                time.sleep(0.5)
                if gunicorn.poll() is not None:
                    self.stderr.write(f"gunicorn s'est arrêté (code {gunicorn.returncode}) : arrêt de tout.")
                    status = 1
                    break
                for slot, process in list(workers.items()):
                    if process.poll() is None or self.stopping:
                        continue
                    now = time.monotonic()
                    restarts = [t for t in restarts if now - t < 60] + [now]
                    if len(restarts) > MAX_WORKER_RESTARTS_PER_MINUTE:
                        self.stderr.write("Les processus de tâches s'arrêtent en boucle : arrêt de tout.")
                        status = 1
                        self.stopping = True
                        break
                    self.stderr.write(f"processus de tâches {slot} arrêté (code {process.returncode}) : relance.")
                    workers[slot] = self.spawn(worker_cmd)
        finally:
            self.stop_all([gunicorn, *workers.values()])
        self.stdout.write("Arrêt terminé.")
        if status:
            sys.exit(status)

    @staticmethod
    def spawn(cmd):
        # Own session: a terminal's Ctrl-C reaches only this supervisor, which then sends exactly one
        # SIGTERM to each child (a second signal would make a task worker abandon its task).
        return subprocess.Popen(cmd, start_new_session=True)

    def on_signal(self, signum, frame):
        self.stopping = True

    def stop_all(self, processes):
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def collectstatic(self):
        marker = os.path.join(settings.STATIC_ROOT, ".sources-fingerprint")
        fingerprint = static_fingerprint()
        try:
            with open(marker) as handle:
                if handle.read().strip() == fingerprint:
                    self.stdout.write("Fichiers statiques à jour.")
                    return
        except OSError:
            pass
        call_command("collectstatic", interactive=False, verbosity=1)
        with open(marker, "w") as handle:
            handle.write(fingerprint)

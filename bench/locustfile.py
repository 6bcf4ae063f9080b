"""Load profile of a call's last days (issue 8): catalogue search, eligibility API, observatory
statistics and logged-in dossier pages. Run by bench/bench_load.py (headless, loopback).

Endpoints that do not exist in this deployment (404 on a probe at start) are skipped and listed in
bench/out/skipped.json. Logged-in users reuse sessions prepared by bench_load.py (no password
hashing during the run). The client sends X-Forwarded-Proto: https as the TLS proxy would."""
import json
import os
import random
from pathlib import Path

from locust import FastHttpUser, between, events, task

OUT = Path(os.environ.get("BENCH_OUT", Path(__file__).parent / "out"))
SESSIONS = json.loads((OUT / "sessions.json").read_text()) if (OUT / "sessions.json").exists() else []
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Language": "fr"}
TERMS = ["industrie", "relocalisation", "santé", "électronique", "agroalimentaire", "intrants", "Isère",
         "diversification", "investissement", "", "secteurs critiques", "Auvergne"]
NAF = ["21.10Z", "26.11Z", "10.51A", "20.14Z", "25.62A", "29.32Z", "62.01Z"]
COMMUNES = ["38053", "38185", "69123", "63113", "75056", "13055", "59350", "33063"]
PROJECT_TYPES = ["reshoring", "supply_reshoring", "diversification"]
PHASES = ["launch", "study", "development"]

# (name, path or callable, requires login)
CANDIDATES = {
    "catalogue": ["/dispositifs/", "/api/v1/programmes"],
    "eligibility": ["/api/v1/eligibility"],
    "observatory": ["/observatoire/", "/api/v1/observatory/stats", "/api/v1/observatoire/stats", "/api/v1/awards"],
    "dossier": ["/candidatures/", "/compte/", "/compte/dossiers/", "/taches/"],
}
AVAILABLE: dict[str, list[str]] = {}


@events.test_start.add_listener
def probe(environment, **kwargs):
    """Keep only the endpoints that answer (not 404) in this deployment."""
    import urllib.request

    skipped = []
    cookie = f"sessionid={SESSIONS[0]}" if SESSIONS else ""
    for kind, paths in CANDIDATES.items():
        AVAILABLE[kind] = []
        for path in paths:
            request = urllib.request.Request(environment.host + path, headers={**HEADERS, "Cookie": cookie})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    ok = response.status < 400 and not response.geturl().rstrip("/").endswith("/connexion")
            except Exception:
                ok = False
            (AVAILABLE[kind] if ok else skipped).append(path)
    OUT.mkdir(exist_ok=True)
    (OUT / "skipped.json").write_text(json.dumps({"available": AVAILABLE, "skipped": skipped}, indent=2))


class Visitor(FastHttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.session = random.choice(SESSIONS) if SESSIONS else None

    def _get(self, path, name, logged_in=False):
        headers = dict(HEADERS)
        if logged_in and self.session:
            headers["Cookie"] = f"sessionid={self.session}"
        with self.client.get(path, headers=headers, name=name, catch_response=True) as response:
            if response.status_code >= 400:
                response.failure(f"HTTP {response.status_code}")
            elif "connexion" in (response.headers.get("Location") or ""):
                response.failure("session refusée")

    @task(4)
    def catalogue_search(self):
        for path in AVAILABLE.get("catalogue", []):
            term = random.choice(TERMS)
            suffix = f"?q={term}" if term else ""
            if random.random() < 0.3:
                suffix += ("&" if suffix else "?") + f"commune={random.choice(COMMUNES)}"
            self._get(path + suffix, name=f"{path} [recherche]")

    @task(4)
    def eligibility(self):
        for path in AVAILABLE.get("eligibility", []):
            query = (f"?headcount={random.choice([5, 20, 50, 120, 400, 2000])}&naf={random.choice(NAF)}"
                     f"&commune={random.choice(COMMUNES)}&project_type={random.choice(PROJECT_TYPES)}"
                     f"&phase={random.choice(PHASES)}")
            self._get(path + query, name=path)

    @task(3)
    def observatory(self):
        paths = AVAILABLE.get("observatory", [])
        if paths:
            path = random.choice(paths)
            self._get(path, name=path)

    @task(2)
    def dossier_pages(self):
        paths = AVAILABLE.get("dossier", [])
        if paths and self.session:
            path = random.choice(paths)
            self._get(path, name=f"{path} [connecté]", logged_in=True)

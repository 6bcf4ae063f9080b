"""Reads of the detection app: the scored registry of an agency (DuckDB over its Parquet file),
leads, reminders, funnel. Pages and API call the same functions."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from pathlib import Path

import duckdb
from django.db.models import Count
from django.utils import timezone

from relocalisation.detection import scoring
from relocalisation.detection.models import STAGE_ORDER, Lead, LeadStageChange, ScoreRun, Stage
from relocalisation.detection.registry import HEADCOUNT_BANDS, connect, registry_dir

COLUMNS = ("siret", "siren", "name", "naf", "division", "section", "sector", "band", "commune", "department",
           "region", "created_on", "head_office", *scoring.FACTOR_COLUMNS.values(), "score")
SORTS = {"score": "score DESC, siret", "-created_on": "created_on DESC NULLS LAST, siret",
         "created_on": "created_on ASC NULLS LAST, siret", "siret": "siret"}
SIZE_GROUPS = {  # filter « taille » → INSEE bands
    "tpe": ["00", "01", "02", "03"], "pme": ["11", "12", "21", "22", "31"], "eti": ["32", "41", "42", "51"],
    "ge": ["52", "53"], "nn": ["NN"],
}
SIZE_GROUP_LABELS = {"tpe": "Moins de 10 salariés", "pme": "10 à 249 salariés (PME / PMI)",
                     "eti": "250 à 4 999 salariés (ETI)", "ge": "5 000 salariés et plus", "nn": "Effectif inconnu"}


@dataclass
class RegistryFilters:
    region: str = ""
    department: str = ""
    naf: str = ""            # prefix: « 21 », « 21.10 », « 21.10Z »
    sector: str = ""         # CriticalSector slug
    size: str = ""           # key of SIZE_GROUPS
    min_score: float | None = None
    communes: list[str] = field(default_factory=list)  # e.g. the communes of a Territoire d'industrie
    sort: str = "score"

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.region:
            clauses.append("region = ?"); params.append(self.region)
        if self.department:
            clauses.append("department = ?"); params.append(self.department)
        if self.naf:
            clauses.append("starts_with(naf, ?)"); params.append(self.naf)
        if self.sector:
            clauses.append("sector = ?"); params.append(self.sector)
        if self.size in SIZE_GROUPS:
            bands = SIZE_GROUPS[self.size]
            clauses.append(f"band IN ({', '.join('?' * len(bands))})"); params.extend(bands)
        if self.min_score is not None:
            clauses.append("score >= ?"); params.append(float(self.min_score))
        if self.communes:
            clauses.append("list_contains(?, commune)"); params.append(list(self.communes))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def current_run(agency) -> ScoreRun | None:
    return ScoreRun.objects.filter(agency=agency, is_current=True).select_related("weights", "registry").first()


class NoScores(Exception):
    """The agency has no scored registry yet."""


_CONNECTIONS: dict[str, duckdb.DuckDBPyConnection] = {}
_LOCK = threading.Lock()


def _cursor(run: ScoreRun) -> duckdb.DuckDBPyConnection:
    """A cursor on the read-only DuckDB file of the run; one connection per file and process is kept
    (opening costs tens of milliseconds), older files' connections are closed when the run changes."""
    path = registry_dir() / run.file_name
    key = str(path)
    with _LOCK:
        con = _CONNECTIONS.get(key)
        if con is None:
            if not path.exists():
                raise NoScores("Le fichier des scores est introuvable : relancez le calcul des scores.")
            for old in list(_CONNECTIONS):
                if not Path(old).exists():
                    _CONNECTIONS.pop(old).close()
            con = connect(threads=2, database=path, read_only=True)
            _CONNECTIONS[key] = con
        return con.cursor()


@dataclass
class RegistryPage:
    rows: list[dict]
    total: int
    run: ScoreRun


def search(agency, filters: RegistryFilters, limit: int = 50, offset: int = 0, with_total: bool = True) -> RegistryPage:
    run = current_run(agency)
    if run is None:
        raise NoScores("Aucun score calculé pour votre agence : lancez « relocalisation score_registry ».")
    where, params = filters.where()
    # Rows are stored best first (score DESC, siret): DuckDB keeps insertion order for a query without
    # ORDER BY (preserve_insertion_order, on by default), so the default sort can stop at the limit.
    order = "" if filters.sort in ("", "score") else f" ORDER BY {SORTS.get(filters.sort, SORTS['score'])}"
    con = _cursor(run)
    try:
        cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM scored{where}{order} LIMIT ? OFFSET ?",
                          [*params, int(limit), int(offset)])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
        total = con.execute(f"SELECT count(*) FROM scored{where}", params).fetchone()[0] if with_total else -1
    finally:
        con.close()
    weights = run.weights.as_dict()
    for row in rows:
        row["factors"] = scoring.explain(row, weights)
        row["band_label"] = HEADCOUNT_BANDS.get(row["band"], ("", None))[0]
    return RegistryPage(rows=rows, total=total, run=run)


def counts_by_department(agency, filters: RegistryFilters) -> dict[str, int]:
    run = current_run(agency)
    if run is None:
        raise NoScores("Aucun score calculé pour votre agence : lancez « relocalisation score_registry ».")
    where, params = filters.where()
    con = _cursor(run)
    try:
        return dict(con.execute(f"SELECT department, count(*) FROM scored{where} GROUP BY department",
                                params).fetchall())
    finally:
        con.close()


def establishment(agency, siret: str) -> dict | None:
    run = current_run(agency)
    if run is None:
        return None
    con = _cursor(run)
    try:
        cur = con.execute(f"SELECT {', '.join(COLUMNS)} FROM scored WHERE siret = ?", [siret])
        found = cur.fetchone()
        if not found:
            return None
        row = dict(zip([d[0] for d in cur.description], found))
    finally:
        con.close()
    row["factors"] = scoring.explain(row, run.weights.as_dict())
    row["band_label"] = HEADCOUNT_BANDS.get(row["band"], ("", None))[0]
    return row


# ---------------------------------------------------------------------------------------------------
# Leads


def leads_of(agency):
    return Lead.objects.filter(agency=agency).select_related("owner", "commune", "department", "award")


def overdue_leads(agency, today: dt.date | None = None):
    today = today or timezone.localdate()
    return (leads_of(agency).filter(next_action_on__lt=today).exclude(stage__in=[Stage.LAUREATE, Stage.ABANDONED])
            .order_by("next_action_on"))


def moves(stage: str) -> list[tuple[str, str]]:
    """Buttons of a board card: back, forward, abandon — or reopen a closed lead."""
    if stage in (Stage.LAUREATE, Stage.ABANDONED):
        return [(Stage.DETECTED, "Rouvrir")]
    i = STAGE_ORDER.index(stage)
    result = []
    if i > 0:
        result.append((STAGE_ORDER[i - 1], f"← {Stage(STAGE_ORDER[i - 1]).label}"))
    result.append((STAGE_ORDER[i + 1], f"→ {Stage(STAGE_ORDER[i + 1]).label}"))
    result.append((Stage.ABANDONED, "Abandonner"))
    return result


def board(agency) -> list[tuple[str, str, list[Lead]]]:
    leads = list(leads_of(agency).order_by("next_action_on", "name"))
    for lead in leads:
        lead.moves = moves(lead.stage)
    return [(value, label, [lead for lead in leads if lead.stage == value]) for value, label in Stage.choices]


def funnel(agency, by: str = "") -> dict:
    """Leads that reached each stage (from the stage history), overall or per département / NAF section.

    ``by`` = "" | "department" | "section". Returns {"stages": [...], "groups": [(key, [counts…])]}."""
    reached: dict[tuple[str, str], set] = {}
    changes = (LeadStageChange.objects.filter(lead__agency=agency)
               .values_list("lead_id", "to_stage", "lead__department_id", "lead__naf_code"))
    rank = {stage: i for i, stage in enumerate(STAGE_ORDER)}
    for lead_id, to_stage, department, naf in changes:
        key = {"department": department or "—", "section": _section(naf)}.get(by, "Tous")
        if to_stage in rank:
            # reaching a stage means having gone through all earlier ones
            for stage in STAGE_ORDER[: rank[to_stage] + 1]:
                reached.setdefault((key, stage), set()).add(lead_id)
    keys = sorted({key for key, _ in reached})
    groups = [(key, [len(reached.get((key, stage), ())) for stage in STAGE_ORDER]) for key in keys]
    abandoned = dict(Lead.objects.filter(agency=agency, stage=Stage.ABANDONED).values_list("stage")
                     .annotate(n=Count("id")).values_list("stage", "n"))
    return {"stages": [(s, Stage(s).label) for s in STAGE_ORDER], "groups": groups,
            "abandoned": abandoned.get(Stage.ABANDONED, 0)}


_SECTIONS: dict[str, str] | None = None


def _section(naf: str) -> str:
    global _SECTIONS
    if not naf:
        return "—"
    if _SECTIONS is None:
        from relocalisation.activities.models import NafCode, NafLevel

        _SECTIONS = dict(NafCode.objects.filter(level=NafLevel.DIVISION).values_list("code", "section"))
    return _SECTIONS.get(naf[:2], "—")

"""Relocation-potential score of every active establishment, explained factor by factor.

score = 100 × Σ(weightᵢ × valueᵢ) / Σ weightᵢ, every valueᵢ in [0, 1]; the contribution of a factor is
100 × weightᵢ × valueᵢ / Σ weightᵢ points, so the contributions add up to the score. The whole
registry is scored in one vectorised DuckDB statement joined with small reference tables (written as
CSV next to the job): no Python loop over establishments."""
from __future__ import annotations

import csv
import gzip
import io
import os
import time
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from relocalisation.detection.registry import (ProgressCallback, RegistryError, connect, registry_dir,
                                               run_with_progress, sql_string)

#: Factor names in the API and their French labels (order of display).
FACTOR_LABELS = {
    "strategic": "Activité stratégique (secteur critique)",
    "size": "Taille (PMI 10 – ETI 5 000 salariés)",
    "industrial_territory": "Territoire d'industrie",
    "region": "Région de l'agence",
    "exposure": "Exposition aux approvisionnements étrangers",
    "signals": "Signaux relevés par l'agence",
}
#: Column holding the value of each factor in the scored file.
FACTOR_COLUMNS = {name: f"v_{name}" for name in FACTOR_LABELS}

#: Value of the « taille » factor per INSEE band: 10 to 4 999 employees (PMI to ETI) is the target;
#: 6–9 are close to the threshold; micro-firms, unknown headcounts and large groups get 0.
SIZE_VALUES = {"03": 0.3, "11": 1.0, "12": 1.0, "21": 1.0, "22": 1.0, "31": 1.0, "32": 1.0, "41": 1.0,
               "42": 1.0, "51": 1.0}
#: Value of the « activité stratégique » factor: critical sector 1; other industry (sections B–E) 0.4.
STRATEGIC_CRITICAL, STRATEGIC_INDUSTRY = 1.0, 0.4
INDUSTRIAL_SECTIONS = ("B", "C", "D", "E")

DEFAULT_DEPENDENCY_FILE = "dependency-index.placeholder.csv"


def default_dependency_rows() -> list[dict]:
    """The placeholder file shipped with the package (see its header and docs/detection.md)."""
    text = resources.files("relocalisation.detection").joinpath("data", DEFAULT_DEPENDENCY_FILE).read_text("utf-8")
    return parse_dependency_csv(text)


def parse_dependency_csv(text: str) -> list[dict]:
    """Rows ``division,value,source`` (lines starting with # are comments). French errors per line."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    if not reader.fieldnames or not {"division", "value"} <= set(reader.fieldnames):
        raise RegistryError("Le fichier d'indices doit avoir les colonnes « division » et « value » (et « source »).")
    rows, errors = [], []
    for number, row in enumerate(reader, start=2):
        division = (row.get("division") or "").strip()
        try:
            value = float((row.get("value") or "").replace(",", "."))
        except ValueError:
            value = -1
        if len(division) != 2 or not division.isdigit():
            errors.append(f"ligne {number} : division NAF sur deux chiffres attendue (« {division} »)")
        elif not 0 <= value <= 1:
            errors.append(f"ligne {number} : indice entre 0 et 1 attendu")
        else:
            rows.append({"division": division, "value": value, "source": (row.get("source") or "").strip()})
    if errors:
        raise RegistryError("Fichier d'indices refusé : " + " ; ".join(errors[:20]) + ".")
    return rows


@dataclass
class ScoreResult:
    rows_scored: int
    file_name: str


def _write_csv(path: Path, header: list[str], rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def reference_tables(agency, weights, directory: Path, token: str) -> dict[str, Path]:
    """Small tables the scoring joins with, from the database (a few thousand rows at most)."""
    from relocalisation.activities.models import CriticalSector, NafCode, NafLevel
    from relocalisation.detection.models import DependencyIndex, EstablishmentSignal
    from relocalisation.territories.models import Commune, IndustrialTerritory

    paths = {name: directory / f"{name}-{token}.csv" for name in ("naf", "bands", "territory", "dependency", "signals")}
    sectors = list(CriticalSector.objects.all())
    naf_rows = []
    for code, section in NafCode.objects.filter(level=NafLevel.SUBCLASS).values_list("code", "section"):
        sector = next((s.slug for s in sectors if s.covers(code)), "")
        value = STRATEGIC_CRITICAL if sector else (STRATEGIC_INDUSTRY if section in INDUSTRIAL_SECTIONS else 0.0)
        naf_rows.append((code, section, sector, value))
    _write_csv(paths["naf"], ["naf", "section", "sector", "value"], naf_rows)
    _write_csv(paths["bands"], ["band", "value"], SIZE_VALUES.items())
    communes: set[str] = set()
    for territory in IndustrialTerritory.objects.all():
        communes |= territory.commune_codes()
    # Arrondissements municipaux belong to the territory of their commune.
    communes |= set(Commune.objects.filter(parent_id__in=communes).values_list("code", flat=True))
    _write_csv(paths["territory"], ["commune"], ((c,) for c in sorted(communes)))
    own = DependencyIndex.objects.filter(agency=agency)
    index = own if own.exists() else DependencyIndex.objects.filter(agency__isnull=True)
    _write_csv(paths["dependency"], ["division", "value"], index.values_list("division", "value"))
    signal_rows = {}
    for siret, strength in EstablishmentSignal.objects.filter(agency=agency).values_list("siret", "strength"):
        signal_rows[siret] = min(1.0, signal_rows.get(siret, 0.0) + strength)
    _write_csv(paths["signals"], ["siret", "value"], signal_rows.items())
    return paths


def score_file(registry_file: str, agency, weights, on_progress: ProgressCallback | None = None,
               threads: int | None = None) -> ScoreResult:
    """Score the registry file for one agency with one weights version into a new Parquet file."""
    from relocalisation.detection.models import DependencyIndex

    if not DependencyIndex.objects.filter(agency__isnull=True).exists():
        load_dependency_rows(default_dependency_rows())
    directory = registry_dir()
    source = directory / registry_file
    if not source.exists():
        raise RegistryError("Le fichier du registre courant est introuvable : réimportez le registre.")
    token = uuid.uuid4().hex[:12]
    tables = reference_tables(agency, weights, directory, token)
    w = weights.as_dict()
    total = sum(w.values()) or 1
    region = weights.home_region_id or ""
    final_name = f"scores-{agency.pk}-v{weights.version}-{time.strftime('%Y%m%d-%H%M%S')}-{token}.duckdb"
    tmp_out = directory / (final_name + ".tmp")
    score_expr = " + ".join(f"{w[name]} * {col}" for name, col in FACTOR_COLUMNS.items())
    # The scored registry is a DuckDB database file (native storage reads much faster than Parquet for
    # « SELECT * … LIMIT 50 » pages); rows are stored best first so the default order needs no sort.
    con = connect(threads, database=tmp_out)
    try:
        def table(name, types):
            return f"read_csv({sql_string(tables[name])}, header=true, columns={types})"

        con.execute(f"CREATE TEMP TABLE naf_ref AS SELECT * FROM {table('naf', {'naf': 'VARCHAR', 'section': 'VARCHAR', 'sector': 'VARCHAR', 'value': 'DOUBLE'})}")
        con.execute(f"CREATE TEMP TABLE bands AS SELECT * FROM {table('bands', {'band': 'VARCHAR', 'value': 'DOUBLE'})}")
        con.execute(f"CREATE TEMP TABLE territory AS SELECT * FROM {table('territory', {'commune': 'VARCHAR'})}")
        con.execute(f"CREATE TEMP TABLE dependency AS SELECT * FROM {table('dependency', {'division': 'VARCHAR', 'value': 'DOUBLE'})}")
        con.execute(f"CREATE TEMP TABLE signals AS SELECT * FROM {table('signals', {'siret': 'VARCHAR', 'value': 'DOUBLE'})}")
        run_with_progress(con, f"""
            CREATE TABLE scored AS
                WITH f AS (
                    SELECT r.siret, r.siren, r.name, r.naf, r.division, coalesce(n.section, '') AS section,
                           coalesce(n.sector, '') AS sector, r.band, r.commune, r.department, r.region,
                           r.created_on, r.head_office,
                           coalesce(n.value, 0)::FLOAT AS v_strategic,
                           coalesce(b.value, 0)::FLOAT AS v_size,
                           (t.commune IS NOT NULL)::FLOAT AS v_industrial_territory,
                           (r.region = {sql_string(region)})::FLOAT AS v_region,
                           coalesce(d.value, 0)::FLOAT AS v_exposure,
                           coalesce(s.value, 0)::FLOAT AS v_signals
                    FROM read_parquet({sql_string(source)}) r
                    LEFT JOIN naf_ref n ON n.naf = r.naf
                    LEFT JOIN bands b ON b.band = r.band
                    LEFT JOIN territory t ON t.commune = r.commune
                    LEFT JOIN dependency d ON d.division = r.division
                    LEFT JOIN signals s ON s.siret = r.siret
                )
                SELECT *, round(100.0 * ({score_expr}) / {total}, 2)::FLOAT AS score FROM f
                ORDER BY score DESC
        """, on_progress, 0, 99)
        rows = con.execute("SELECT count(*) FROM scored").fetchone()[0]
        con.execute("CHECKPOINT")
    except Exception:
        con.close()
        tmp_out.unlink(missing_ok=True)
        Path(str(tmp_out) + ".wal").unlink(missing_ok=True)
        for path in tables.values():
            path.unlink(missing_ok=True)
        raise
    con.close()
    for path in tables.values():
        path.unlink(missing_ok=True)
    os.replace(tmp_out, directory / final_name)
    return ScoreResult(rows_scored=rows, file_name=final_name)


def load_dependency_rows(rows: list[dict], agency=None) -> int:
    """Replace the default index (agency None) or one agency's own index, atomically."""
    from django.db import transaction

    from relocalisation.detection.models import DependencyIndex

    with transaction.atomic():
        DependencyIndex.objects.filter(agency=agency).delete()
        DependencyIndex.objects.bulk_create(DependencyIndex(agency=agency, **row) for row in rows)
    return len(rows)


def decode_dependency_bytes(raw: bytes, name: str = "") -> list[dict]:
    if name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except OSError as exc:
            raise RegistryError("Fichier .gz illisible.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryError("Le fichier d'indices doit être encodé en UTF-8.") from exc
    return parse_dependency_csv(text)


def load_dependency_file(path: str | Path, agency=None) -> int:
    path = Path(path)
    if not path.exists():
        raise RegistryError(f"Fichier introuvable : {path}")
    return load_dependency_rows(decode_dependency_bytes(path.read_bytes(), path.name), agency)


def explain(row: dict, weights: dict[str, int]) -> list[dict]:
    """Factor list of one scored row: name, French label, value, weight, contribution (points)."""
    total = sum(weights.values()) or 1
    return [{"name": name, "label": label, "value": round(float(row[FACTOR_COLUMNS[name]]), 3),
             "weight": weights[name],
             "contribution": round(100.0 * weights[name] * float(row[FACTOR_COLUMNS[name]]) / total, 2)}
            for name, label in FACTOR_LABELS.items()]

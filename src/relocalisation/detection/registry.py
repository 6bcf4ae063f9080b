"""The establishment registry as a columnar store: Parquet files under ``var/registry/`` written and
queried with DuckDB (vectorised, streamed, multi-threaded). Nothing here loops over rows in Python.

Layout of the source: INSEE SIRENE ``StockEtablissement`` (CSV, CSV.gz or Parquet), see
docs/detection.md. Only active establishments (etatAdministratifEtablissement = « A ») located in a
commune of the Code officiel géographique are kept."""
from __future__ import annotations

import csv
import os
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import duckdb
from django.conf import settings

#: Columns the import needs (StockEtablissement names).
REQUIRED_COLUMNS = ("siret", "activitePrincipaleEtablissement", "trancheEffectifsEtablissement",
                    "codeCommuneEtablissement", "etatAdministratifEtablissement")
#: Columns used when present.
OPTIONAL_COLUMNS = ("siren", "dateCreationEtablissement", "denominationUsuelleEtablissement",
                    "enseigne1Etablissement", "etablissementSiege", "nomenclatureActivitePrincipaleEtablissement")

#: INSEE headcount bands (trancheEffectifsEtablissement) → (label, lower bound).
HEADCOUNT_BANDS = {
    "NN": ("Non employeur ou effectif inconnu", None), "00": ("0 salarié", 0), "01": ("1 ou 2 salariés", 1),
    "02": ("3 à 5 salariés", 3), "03": ("6 à 9 salariés", 6), "11": ("10 à 19 salariés", 10),
    "12": ("20 à 49 salariés", 20), "21": ("50 à 99 salariés", 50), "22": ("100 à 199 salariés", 100),
    "31": ("200 à 249 salariés", 200), "32": ("250 à 499 salariés", 250), "41": ("500 à 999 salariés", 500),
    "42": ("1 000 à 1 999 salariés", 1000), "51": ("2 000 à 4 999 salariés", 2000),
    "52": ("5 000 à 9 999 salariés", 5000), "53": ("10 000 salariés et plus", 10000),
}

ProgressCallback = Callable[[int], None]


class RegistryError(Exception):
    """Bad input for the registry (message in French, shown as is)."""


def registry_dir() -> Path:
    path = Path(settings.VAR_DIR) / "registry"
    path.mkdir(parents=True, exist_ok=True)
    return path


def connect(threads: int | None = None, database: Path | str = ":memory:", read_only: bool = False
            ) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(database), read_only=read_only, config={"preserve_insertion_order": True,"memory_limit": getattr(settings, "REGISTRY_MEMORY_LIMIT", "2GB"),
                                 "temp_directory": str(registry_dir() / "tmp")})
    if threads:
        con.execute(f"SET threads={int(threads)}")
    return con


def sql_string(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def run_with_progress(con: duckdb.DuckDBPyConnection, sql: str, on_progress: ProgressCallback | None,
                      lo: int = 0, hi: int = 100, params=None):
    """Run one DuckDB statement in a worker thread and report DuckDB's own progress estimate
    (scaled into lo..hi %) from the calling thread — so callbacks may use the Django ORM."""
    result: dict = {}

    def work():
        try:
            result["rows"] = con.execute(sql, params).fetchall() if params else con.execute(sql).fetchall()
        except Exception as exc:  # re-raised in the caller's thread
            result["error"] = exc

    if on_progress is None:
        work()
    else:
        con.execute("SET enable_progress_bar=true; SET enable_progress_bar_print=false")
        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        last = -1
        while thread.is_alive():
            thread.join(0.5)
            try:
                pct = con.query_progress()
            except Exception:  # no query running at this instant
                pct = -1
            if pct is not None and pct >= 0:
                scaled = int(lo + (hi - lo) * min(pct, 100) / 100)
                if scaled != last:
                    on_progress(scaled)
                    last = scaled
    if "error" in result:
        raise result["error"]
    if on_progress:
        on_progress(hi)
    return result.get("rows")


def write_communes_csv(path: Path) -> None:
    """Commune → département, région (COG, from the database) for the import join."""
    from relocalisation.territories.models import Commune

    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "department", "region"])
        for code, dep, reg, parent_dep, parent_reg in Commune.objects.values_list(
                "code", "department_id", "region_id", "parent__department_id", "parent__region_id").iterator(chunk_size=5000):
            writer.writerow([code, dep or parent_dep or "", reg or parent_reg or ""])


def source_reader(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".parquet"):
        return f"read_parquet({sql_string(path)})"
    if name.endswith(".csv") or name.endswith(".csv.gz"):
        # all_varchar: codes keep their leading zeros; the SIRENE file is comma-separated with a header.
        return (f"read_csv({sql_string(path)}, header=true, all_varchar=true, delim=',', quote='\"', "
                f"sample_size=20480, ignore_errors=false)")
    raise RegistryError("Format non reconnu : fournissez un fichier .csv, .csv.gz ou .parquet "
                        "au format StockEtablissement.")


def source_columns(con, reader: str) -> list[str]:
    try:
        return [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
    except duckdb.Error as exc:
        raise RegistryError(f"Fichier illisible : {exc}".splitlines()[0]) from exc


@dataclass
class ImportResult:
    rows_read: int
    rows_kept: int
    file_name: str


def import_file(path: str | Path, on_progress: ProgressCallback | None = None, threads: int | None = None) -> ImportResult:
    """Stream a StockEtablissement file into a new Parquet file; the caller flips the pointer."""
    path = Path(path)
    if not path.exists():
        raise RegistryError(f"Fichier introuvable : {path}")
    reader = source_reader(path)
    directory = registry_dir()
    token = uuid.uuid4().hex[:12]
    communes_csv = directory / f"communes-{token}.csv"
    staging = directory / f"staging-{token}.duckdb"
    final_name = f"registry-{time.strftime('%Y%m%d-%H%M%S')}-{token}.parquet"
    tmp_out = directory / (final_name + ".tmp")
    con = connect(threads)
    try:
        columns = source_columns(con, reader)
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise RegistryError("Colonnes obligatoires absentes du fichier (format StockEtablissement attendu) : "
                                + ", ".join(missing) + ".")

        def col(name: str, default: str = "NULL") -> str:
            return f'CAST("{name}" AS VARCHAR)' if name in columns else default

        write_communes_csv(communes_csv)
        con.execute(f"ATTACH {sql_string(staging)} AS staging")
        con.execute(f"CREATE TABLE communes AS SELECT * FROM read_csv({sql_string(communes_csv)}, header=true, all_varchar=true)")
        nomenclature = col("nomenclatureActivitePrincipaleEtablissement", "'NAFRev2'")
        # 1) stream the source once into a compressed staging table, with the « kept » verdict.
        staged = run_with_progress(con, f"""
            CREATE TABLE staging.rows AS
            SELECT trim({col('siret')}) AS siret,
                   coalesce(trim({col('siren')}), substr(trim({col('siret')}), 1, 9)) AS siren,
                   coalesce(nullif(trim({col('denominationUsuelleEtablissement')}), ''),
                            nullif(trim({col('enseigne1Etablissement')}), ''), '') AS name,
                   trim({col('activitePrincipaleEtablissement')}) AS naf,
                   coalesce(nullif(trim({col('trancheEffectifsEtablissement')}), ''), 'NN') AS band,
                   trim({col('codeCommuneEtablissement')}) AS commune,
                   TRY_CAST({col('dateCreationEtablissement')} AS DATE) AS created_on,
                   coalesce(lower({col('etablissementSiege')}) = 'true', false) AS head_office,
                   ({col('etatAdministratifEtablissement')} = 'A'
                    AND regexp_full_match(coalesce(trim({col('siret')}), ''), '[0-9]{{14}}')
                    AND regexp_full_match(coalesce(trim({col('activitePrincipaleEtablissement')}), ''), '[0-9]{{2}}\\.[0-9]{{2}}[A-Z]')
                    AND coalesce({nomenclature}, 'NAFRev2') = 'NAFRev2') AS ok
            FROM {reader}
        """, on_progress, 0, 80)
        del staged
        rows_read = con.execute("SELECT count(*) FROM staging.rows").fetchone()[0]
        # 2) keep active, well-formed rows located in a known commune; attach département and région.
        run_with_progress(con, f"""
            COPY (
                SELECT r.siret, r.siren, r.name, r.naf, substr(r.naf, 1, 2) AS division, r.band, r.commune,
                       c.department, c.region, r.created_on, r.head_office
                FROM staging.rows r JOIN communes c ON c.code = r.commune
                WHERE r.ok AND c.department <> ''
            ) TO {sql_string(tmp_out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)
        """, on_progress, 80, 99)
        rows_kept = con.execute(f"SELECT count(*) FROM read_parquet({sql_string(tmp_out)})").fetchone()[0]
    except duckdb.Error as exc:
        tmp_out.unlink(missing_ok=True)
        raise RegistryError("Lecture du registre impossible : " + str(exc).splitlines()[0]) from exc
    finally:
        con.close()
        communes_csv.unlink(missing_ok=True)
        for leftover in (staging, Path(str(staging) + ".wal")):
            leftover.unlink(missing_ok=True)
    os.replace(tmp_out, directory / final_name)  # the file appears complete or not at all
    return ImportResult(rows_read=rows_read, rows_kept=rows_kept, file_name=final_name)


def remove_unused_files(keep: set[str]) -> None:
    """Delete registry and score files no version points to any more (after a pointer swap)."""
    for path in [*registry_dir().glob("*.parquet"), *registry_dir().glob("*.duckdb")]:
        if path.name not in keep:
            try:
                path.unlink()
            except OSError:
                pass

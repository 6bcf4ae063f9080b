"""Generate a SYNTHETIC establishment registry in the INSEE SIRENE « StockEtablissement » layout.

    python bench/generate_registry.py --rows 10000000 --out var/bench/StockEtablissement.synthetic.csv.gz
    python bench/generate_registry.py --rows 5000 --out var/demo.synthetic.parquet

Every row is invented: real communes (COG 2026, territories/data/communes.json.gz, drawn in proportion
to their population) and real NAF rév. 2 sub-classes (activities/data/naf-rev2.json.gz), but random
SIREN/SIRET (valid Luhn keys), headcount bands, dates and states. The data is labelled synthetic three
ways: the file name must contain « synthetic », every ``denominationUsuelleEtablissement`` starts with
« SYNTHETIQUE », and a sidecar ``<file>.SYNTHETIC.txt`` says so. Vectorised with NumPy + Polars.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np
import polars as pl

PKG = Path(__file__).resolve().parents[1]  # the relocalisation package (reference data files)

COLUMNS = [  # official StockEtablissement column names, in the official order (subset)
    "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement",
    "trancheEffectifsEtablissement", "anneeEffectifsEtablissement", "activitePrincipaleRegistreMetiersEtablissement",
    "dateDernierTraitementEtablissement", "etablissementSiege", "nombrePeriodesEtablissement",
    "codePostalEtablissement", "libelleCommuneEtablissement", "codeCommuneEtablissement", "dateDebut",
    "etatAdministratifEtablissement", "enseigne1Etablissement", "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement",
    "caractereEmployeurEtablissement",
]
# Shares of the headcount bands (order of magnitude of the real stock: most establishments have no employee).
BANDS = {"NN": 0.55, "00": 0.12, "01": 0.11, "02": 0.07, "03": 0.045, "11": 0.045, "12": 0.03, "21": 0.012,
         "22": 0.007, "31": 0.002, "32": 0.0035, "41": 0.0018, "42": 0.0008, "51": 0.0004, "52": 0.0001, "53": 0.00005}
ACTIVE_SHARE = 0.6


def luhn_key(digits: np.ndarray) -> np.ndarray:
    """Check digit making ``digits`` + key Luhn-valid (digits: (n, k) uint8 array)."""
    k = digits.shape[1]
    doubled = np.zeros(k, dtype=bool)
    doubled[k - 1::-2] = True  # the digit left of the key is doubled, then every other one
    d = digits.astype(np.int64)
    d = np.where(doubled, d * 2, d)
    d = np.where(d > 9, d - 9, d)
    return ((10 - d.sum(axis=1) % 10) % 10).astype(np.int64)


def to_digits(values: np.ndarray, width: int) -> np.ndarray:
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return ((values[:, None] // powers) % 10).astype(np.uint8)


def load_reference():
    communes = json.load(gzip.open(PKG / "territories" / "data" / "communes.json.gz"))
    # SIRENE uses the arrondissements municipaux of Paris, Lyon and Marseille, not the communes.
    plm = {"75056", "69123", "13055"}
    communes = [c for c in communes if c["type"] in ("commune-actuelle", "arrondissement-municipal")
                and c["code"] not in plm and c.get("zone") in ("metro", "drom")]
    naf = [n["id"] for n in json.load(gzip.open(PKG / "activities" / "data" / "naf-rev2.json.gz")) if len(n["id"]) == 6]
    return communes, naf


def chunk(rng, start: int, size: int, communes: pl.DataFrame, weights: np.ndarray, naf: pl.Series) -> pl.DataFrame:
    index = np.arange(start, start + size, dtype=np.int64)
    body = (index * 7_368_787 + 12_345_679) % 100_000_000  # a bijection on 8 digits: unique SIREN
    siren_digits = to_digits(body, 8)
    siren = body * 10 + luhn_key(siren_digits)
    nic_body = rng.integers(1, 999, size=size, dtype=np.int64) * 10  # 4 digits before the NIC key
    siret_body = siren * 10_000 + nic_body // 10
    siret = siret_body * 10 + luhn_key(to_digits(siret_body, 13))
    nic = siret % 100_000
    place = rng.choice(len(weights), size=size, p=weights)
    band_codes = list(BANDS)
    band_p = np.array(list(BANDS.values()))
    band = rng.choice(len(band_codes), size=size, p=band_p / band_p.sum())
    active = rng.random(size) < ACTIVE_SHARE
    created = rng.integers(-7300, 20000, size=size)  # days since 1970-01-01 (1950 → 2024)
    pick = communes[place]
    df = pl.DataFrame({
        "siren": pl.Series(siren).cast(pl.String).str.zfill(9),
        "nic": pl.Series(nic).cast(pl.String).str.zfill(5),
        "siret": pl.Series(siret).cast(pl.String).str.zfill(14),
        "statutDiffusionEtablissement": pl.repeat("O", size, eager=True),
        "dateCreationEtablissement": pl.Series(created).cast(pl.Date).cast(pl.String),
        "trancheEffectifsEtablissement": pl.Series(np.array(band_codes)[band]),
        "anneeEffectifsEtablissement": pl.repeat("2023", size, eager=True),
        "activitePrincipaleRegistreMetiersEtablissement": pl.repeat("", size, eager=True),
        "dateDernierTraitementEtablissement": pl.repeat("2025-01-01T00:00:00", size, eager=True),
        "etablissementSiege": pl.Series(rng.random(size) < 0.7).cast(pl.String),
        "nombrePeriodesEtablissement": pl.repeat("1", size, eager=True),
        "codePostalEtablissement": pick["postal"],
        "libelleCommuneEtablissement": pick["label"],
        "codeCommuneEtablissement": pick["code"],
        "dateDebut": pl.Series(created).cast(pl.Date).cast(pl.String),
        "etatAdministratifEtablissement": pl.Series(np.where(active, "A", "F")),
        "enseigne1Etablissement": pl.repeat("", size, eager=True),
        "denominationUsuelleEtablissement": ("SYNTHETIQUE " + pl.Series(index).cast(pl.String).str.zfill(8)),
        "activitePrincipaleEtablissement": naf.gather(rng.integers(0, len(naf), size=size)),
        "nomenclatureActivitePrincipaleEtablissement": pl.repeat("NAFRev2", size, eager=True),
        "caractereEmployeurEtablissement": pl.Series(np.where(band > 1, "O", "N")),
    })
    return df.select(COLUMNS)


def generate(rows: int, out: Path, seed: int = 20260101, chunk_size: int = 1_000_000, quiet: bool = False) -> Path:
    if rows < 1:
        raise SystemExit("Nombre de lignes attendu : au moins 1.")
    if "synthetic" not in out.name.lower():
        raise SystemExit("Le nom du fichier doit contenir « synthetic » (données inventées).")
    out.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    communes, naf = load_reference()
    population = np.array([max(c.get("population") or 1, 1) for c in communes], dtype=np.float64)
    weights = population / population.sum()
    table = pl.DataFrame({"code": [c["code"] for c in communes],
                          "postal": [(c.get("codesPostaux") or [""])[0] for c in communes],
                          "label": [c["nom"].upper() for c in communes]})
    naf_series = pl.Series(naf)
    name = out.name.lower()
    started = time.perf_counter()
    parts = []
    writer = gzip.open(out, "wb", compresslevel=1) if name.endswith(".gz") else (
        open(out, "wb") if name.endswith(".csv") else None)
    try:
        for start in range(0, rows, chunk_size):
            size = min(chunk_size, rows - start)
            df = chunk(rng, start, size, table, weights, naf_series)
            if writer is not None:
                df.write_csv(writer, include_header=start == 0)
            else:
                parts.append(df)
            if not quiet:
                print(f"\r{start + size:>12,} / {rows:,} lignes", end="", file=sys.stderr, flush=True)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        if not name.endswith(".parquet"):
            raise SystemExit("Extension attendue : .csv, .csv.gz ou .parquet")
        pl.concat(parts).write_parquet(out, compression="zstd")
    Path(str(out) + ".SYNTHETIC.txt").write_text(
        f"DONNÉES SYNTHÉTIQUES — {rows} établissements inventés au format StockEtablissement (SIRENE), générés par "
        f"bench/generate_registry.py (graine {seed}) sur les communes du COG 2026 et les sous-classes NAF rév. 2. "
        "Aucune ligne ne décrit un établissement réel.\n", encoding="utf-8")
    if not quiet:
        print(f"\n{rows:,} lignes synthétiques écrites dans {out} en {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("var/bench/StockEtablissement.synthetic.csv.gz"))
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    generate(args.rows, args.out, args.seed, quiet=args.quiet)


if __name__ == "__main__":
    main()

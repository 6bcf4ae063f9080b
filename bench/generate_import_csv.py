"""Writes a SYNTHETIC awards file for `relocalisation import_awards` (load bench with an import):
    python bench/generate_import_csv.py bench/out/import-10000.csv 10000
Company names are labelled synthetic; communes are real INSEE codes. IMPORT_SEED (default 10000) changes the
amounts: a run with a new seed updates the rows a previous run created, so the import really changes awards
(and invalidates the observatory caches) instead of finding every row unchanged."""
import csv
import os
import random
import sys

COMMUNES = ["38185", "38053", "69123", "63113", "75056", "13055", "59350", "33063", "45234", "18033",
            "31555", "44109", "67482", "35238", "06088", "34172", "76540", "21231", "25056", "87085"]
PROGRAMMES = ["secteurs-critiques", "resilience", "plan-relocalisation-auvergne-rhone-alpes", "rebond-industriel"]


def main(path: str, count: int) -> None:
    random.seed(int(os.environ.get("IMPORT_SEED", "10000")))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["entreprise", "dispositif", "commune_insee", "aide_eur", "investissement_eur"])
        for i in range(count):
            aid = random.randint(50, 5000) * 1000
            writer.writerow([f"Entreprise synthétique bench {i:05d}", random.choice(PROGRAMMES),
                             random.choice(COMMUNES), aid, aid * random.randint(3, 10)])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

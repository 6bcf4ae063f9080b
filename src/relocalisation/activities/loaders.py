"""Load NAF rév. 2 (INSEE, packaged by SocialGouv) and the critical sectors and size classes."""
import csv
import gzip
import io
import json
from importlib import resources

from django.db import transaction

from relocalisation.activities.models import CriticalSector, NafCode, NafLevel, SizeCategory

DATA = resources.files("relocalisation.activities") / "data"

# The five critical sectors named by the call « (Re)localisations dans les secteurs critiques »
# (seed 001: « la santé, l'agroalimentaire, l'électronique, les intrants essentiels de l'industrie
# (chimie, matériaux, matières premières, etc.) et la 5G »). The call lists sectors, not NAF codes:
# the prefixes below are our editorial mapping onto NAF rév. 2 labels, editable in the admin.
CRITICAL_SECTORS = [
    ("sante", "santé", ["21", "26.60", "32.50"],
     "Industrie pharmaceutique (21), équipements électromédicaux (26.60), instruments à usage médical (32.50)."),
    ("agroalimentaire", "agroalimentaire", ["10", "11"], "Industries alimentaires (10) et boissons (11)."),
    ("electronique", "électronique", ["26", "27.1"],
     "Produits informatiques, électroniques et optiques (26), moteurs et matériel électrique (27.1)."),
    ("intrants-essentiels", "intrants essentiels", ["20", "22", "23", "24", "07", "08"],
     "Chimie (20), caoutchouc et plastiques (22), matériaux minéraux (23), métallurgie (24), "
     "extraction de minerais et autres matières premières (07, 08)."),
    ("5g", "5G", ["26.30", "61.10", "61.20"],
     "Équipements de communication (26.30), télécommunications filaires et sans fil (61.10, 61.20)."),
]
CRITICAL_SECTORS_SOURCE = "001_ae53b902410e7f31.txt"

# Headcount criterion of décret n° 2008-1354 (catégories d'entreprises); PMI = industrial PME.
SIZE_CATEGORIES = [
    ("TPE", "Très petite entreprise (microentreprise)", 0, 9, False, 1),
    ("PME", "Petite ou moyenne entreprise", 10, 249, False, 2),
    ("PMI", "Petite ou moyenne industrie", 10, 249, True, 3),
    ("ETI", "Entreprise de taille intermédiaire", 250, 4999, False, 4),
    ("GE", "Grande entreprise", 5000, None, False, 5),
]


def _level(code: str) -> str:
    if len(code) == 2:
        return NafLevel.DIVISION
    if len(code) == 4:
        return NafLevel.GROUP
    if len(code) == 5:
        return NafLevel.CLASS
    return NafLevel.SUBCLASS


def _parent(code: str, section_of_division: dict[str, str]) -> str:
    return {NafLevel.DIVISION: section_of_division.get(code, ""), NafLevel.GROUP: code[:2],
            NafLevel.CLASS: code[:4], NafLevel.SUBCLASS: code[:5]}[_level(code)]


@transaction.atomic
def load_activities() -> dict[str, int]:
    with gzip.open(DATA.joinpath("naf-rev2-sections.csv.gz").open("rb")) as fh:
        sections = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
    section_of_division = {}
    for s in sections:
        for div in range(int(s["first_division"]), int(s["last_division"]) + 1):
            section_of_division[f"{div:02d}"] = s["section"]
    rows = [NafCode(code=s["section"], label=s["label"], level=NafLevel.SECTION, section=s["section"])
            for s in sections]
    with gzip.open(DATA.joinpath("naf-rev2.json.gz").open("rb")) as fh:
        naf = json.load(fh)
    # Parents precede children in the sorted order (section letters first, then "01" < "01.1" < "01.11").
    for item in sorted(naf, key=lambda x: x["id"]):
        code = item["id"]
        rows.append(NafCode(code=code, label=item["label"], level=_level(code),
                            parent_id=_parent(code, section_of_division) or None,
                            section=section_of_division.get(code[:2], "")))
    NafCode.objects.bulk_create(rows, batch_size=1000, update_conflicts=True, unique_fields=["code"],
                                update_fields=["label", "level", "parent", "section"])
    for slug, name, prefixes, description in CRITICAL_SECTORS:
        CriticalSector.objects.update_or_create(
            slug=slug, defaults={"name": name, "naf_prefixes": prefixes, "description": description,
                                 "source": CRITICAL_SECTORS_SOURCE})
    for code, name, lo, hi, industrial, rank in SIZE_CATEGORIES:
        SizeCategory.objects.update_or_create(
            code=code, defaults={"name": name, "min_headcount": lo, "max_headcount": hi,
                                 "industrial_only": industrial, "rank": rank})
    return {"codes NAF": len(rows), "secteurs critiques": len(CRITICAL_SECTORS),
            "catégories de taille": len(SIZE_CATEGORIES)}

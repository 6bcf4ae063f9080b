"""Load the Code officiel géographique shipped in ``territories/data`` (INSEE COG 2026, packaged
by Etalab, see data/LICENSE). Idempotent: upserts by INSEE code, so a second run changes nothing."""
import gzip
import json
from importlib import resources

from django.db import transaction

from relocalisation.core.text import normalize
from relocalisation.territories.models import Commune, Department, Epci, Region

DATA = resources.files("relocalisation.territories") / "data"


def read_json(name: str):
    with gzip.open(DATA.joinpath(name).open("rb")) as fh:
        return json.load(fh)


@transaction.atomic
def load_territories() -> dict[str, int]:
    regions = [Region(code=r["code"], name=r["nom"], zone=r["zone"], chef_lieu=r.get("chefLieu", ""))
               for r in read_json("regions.json.gz")]
    Region.objects.bulk_create(regions, update_conflicts=True, unique_fields=["code"],
                               update_fields=["name", "zone", "chef_lieu"])
    region_codes = {r.code for r in regions}
    departments = [
        Department(code=d["code"], name=d["nom"], zone=d["zone"], chef_lieu=d.get("chefLieu", ""),
                   region_id=d.get("region") if d.get("region") in region_codes else None)
        for d in read_json("departements.json.gz")
    ]
    Department.objects.bulk_create(departments, update_conflicts=True, unique_fields=["code"],
                                   update_fields=["name", "zone", "chef_lieu", "region"])
    department_codes = {d.code for d in departments}

    raw = [c for c in read_json("communes.json.gz")
           if c["type"] in (Commune.Kind.CURRENT, Commune.Kind.MUNICIPAL_ARRONDISSEMENT)]
    # Parents first, so that arrondissements can point at them.
    raw.sort(key=lambda c: c["type"] != Commune.Kind.CURRENT)
    communes = []
    for c in raw:
        dep = c.get("departement")
        reg = c.get("region")
        communes.append(Commune(
            code=c["code"], name=c["nom"], name_normalized=normalize(c["nom"]), kind=c["type"],
            department_id=dep if dep in department_codes else None,
            region_id=reg if reg in region_codes else None,
            parent_id=c.get("commune") if c["type"] == Commune.Kind.MUNICIPAL_ARRONDISSEMENT else None,
            population=c.get("population"), postal_codes=c.get("codesPostaux", []), siren=c.get("siren", "") or "",
        ))
    Commune.objects.bulk_create(communes, batch_size=2000, update_conflicts=True, unique_fields=["code"],
                                update_fields=["name", "name_normalized", "kind", "department", "region", "parent",
                                               "population", "postal_codes", "siren"])
    commune_codes = {c.code for c in communes}

    epci_rows = read_json("epci.json.gz")
    epcis = [Epci(code=e["code"], name=e["nom"], kind=e.get("type", ""), population=e.get("populationTotale"))
             for e in epci_rows]
    Epci.objects.bulk_create(epcis, update_conflicts=True, unique_fields=["code"],
                             update_fields=["name", "kind", "population"])
    Through = Epci.communes.through
    wanted = {(e["code"], m["code"]) for e in epci_rows for m in e.get("membres", []) if m["code"] in commune_codes}
    existing = set(Through.objects.values_list("epci_id", "commune_id"))
    Through.objects.bulk_create([Through(epci_id=a, commune_id=b) for a, b in wanted - existing], batch_size=5000)
    stale = existing - wanted
    if stale:
        for epci_id, commune_id in stale:
            Through.objects.filter(epci_id=epci_id, commune_id=commune_id).delete()
    return {"régions": len(regions), "départements": len(departments), "communes": len(communes),
            "EPCI": len(epcis), "appartenances EPCI": len(wanted)}

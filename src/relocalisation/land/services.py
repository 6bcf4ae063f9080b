"""Land: CSV import (atomic, per-row French report) and matching of a project's needs to parcels."""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction

from relocalisation.land.models import LandParcel, ParcelMatch

CSV_COLUMNS = ["reference", "nom", "nature", "commune", "surface_m2", "surface_batie_m2", "zonage", "viabilise",
               "friche", "disponible_le", "prix_eur", "loyer_eur_m2_an", "proprietaire", "contact", "latitude",
               "longitude", "icpe", "embranchement_ferre", "notes"]
REQUIRED = ["nom", "commune", "surface_m2"]
KINDS = {"terrain": "land", "terrain nu": "land", "batiment": "building", "bâtiment": "building",
         "terrain bati": "both", "terrain bâti": "both", "land": "land", "building": "building", "both": "both"}
TRUE, FALSE = {"oui", "o", "vrai", "1", "true", "yes", "x"}, {"non", "n", "faux", "0", "false", "no", ""}
MAX_ROWS = 5000


@dataclass
class ImportReport:
    rows: list[dict] = field(default_factory=list)   # {"line", "status": "créé|mis à jour|erreur", "message"}
    saved: bool = False

    @property
    def errors(self) -> list[dict]:
        return [r for r in self.rows if r["status"] == "erreur"]


class RowError(ValueError):
    pass


def _bool(value: str, label: str) -> bool:
    v = (value or "").strip().lower()
    if v in TRUE:
        return True
    if v in FALSE:
        return False
    raise RowError(f"{label} : « oui » ou « non » attendu")


def _int(value: str, label: str, required=False) -> int | None:
    v = (value or "").strip().replace(" ", "").replace("\u202f", "")
    if not v:
        if required:
            raise RowError(f"{label} obligatoire")
        return None
    try:
        number = int(Decimal(v.replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise RowError(f"{label} : nombre entier attendu (« {value} »)") from None
    if number < 0:
        raise RowError(f"{label} : valeur positive attendue")
    return number


def _decimal(value: str, label: str) -> Decimal | None:
    v = (value or "").strip().replace(" ", "").replace("\u202f", "").replace("€", "")
    if not v:
        return None
    try:
        number = Decimal(v.replace(",", "."))
    except InvalidOperation:
        raise RowError(f"{label} : montant attendu (« {value} »)") from None
    if number < 0 or not number.is_finite():
        raise RowError(f"{label} : montant positif attendu")
    return number.quantize(Decimal("0.01"))


def _float(value: str, label: str, lo: float, hi: float) -> float | None:
    v = (value or "").strip().replace(",", ".")
    if not v:
        return None
    try:
        number = float(v)
    except ValueError:
        raise RowError(f"{label} : nombre décimal attendu (« {value} »)") from None
    if not lo <= number <= hi:
        raise RowError(f"{label} : valeur entre {lo} et {hi} attendue")
    return number


def _date(value: str, label: str) -> dt.date | None:
    v = (value or "").strip()
    if not v:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    raise RowError(f"{label} : date attendue (AAAA-MM-JJ ou JJ/MM/AAAA, « {value} »)")


def parse_row(row: dict, communes: set[str]) -> dict:
    errors, values = [], {}

    def take(key, fn):
        try:
            values[key] = fn()
        except RowError as exc:
            errors.append(str(exc))

    name = (row.get("nom") or "").strip()
    if not name:
        errors.append("nom obligatoire")
    values["name"] = name[:200]
    values["reference"] = (row.get("reference") or "").strip()[:60]
    kind = (row.get("nature") or "terrain").strip().lower()
    if kind not in KINDS:
        errors.append(f"nature : « terrain », « bâtiment » ou « terrain bâti » attendu (« {row.get('nature')} »)")
    values["kind"] = KINDS.get(kind, "land")
    commune = (row.get("commune") or "").strip()
    if commune not in communes:
        errors.append(f"commune : code INSEE inconnu (« {commune} »)")
    values["commune_id"] = commune
    take("surface_m2", lambda: _int(row.get("surface_m2"), "surface_m2", required=True))
    take("building_m2", lambda: _int(row.get("surface_batie_m2"), "surface_batie_m2"))
    values["zoning"] = (row.get("zonage") or "").strip()[:30]
    take("serviced", lambda: _bool(row.get("viabilise"), "viabilise"))
    take("brownfield", lambda: _bool(row.get("friche"), "friche"))
    take("available_from", lambda: _date(row.get("disponible_le"), "disponible_le"))
    take("price_eur", lambda: _decimal(row.get("prix_eur"), "prix_eur"))
    take("rent_eur_m2_year", lambda: _decimal(row.get("loyer_eur_m2_an"), "loyer_eur_m2_an"))
    values["owner_name"] = (row.get("proprietaire") or "").strip()[:200]
    values["contact"] = (row.get("contact") or "").strip()[:200]
    take("latitude", lambda: _float(row.get("latitude"), "latitude", -90, 90))
    take("longitude", lambda: _float(row.get("longitude"), "longitude", -180, 180))
    if (values.get("latitude") is None) != (values.get("longitude") is None):
        errors.append("latitude et longitude vont ensemble")
    take("icpe_allowed", lambda: _bool(row.get("icpe"), "icpe"))
    take("rail_access", lambda: _bool(row.get("embranchement_ferre"), "embranchement_ferre"))
    values["notes"] = (row.get("notes") or "").strip()
    if errors:
        raise RowError(" ; ".join(errors))
    return values


def decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RowError("encodage non reconnu (UTF-8 attendu)")


def import_parcels(agency, raw: bytes) -> ImportReport:
    """All or nothing: if one row is wrong, nothing is saved and the report says which and why."""
    from relocalisation.territories.models import Commune

    report = ImportReport()
    try:
        text = decode(raw)
    except RowError as exc:
        report.rows.append({"line": 1, "status": "erreur", "message": str(exc)})
        return report
    sample = text[:2000]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    reader.fieldnames = headers
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        report.rows.append({"line": 1, "status": "erreur",
                            "message": "colonnes obligatoires absentes : " + ", ".join(missing)
                                       + " (colonnes possibles : " + ", ".join(CSV_COLUMNS) + ")"})
        return report
    rows = list(reader)
    if len(rows) > MAX_ROWS:
        report.rows.append({"line": 1, "status": "erreur", "message": f"fichier trop long ({MAX_ROWS} lignes au plus)"})
        return report
    codes = {(r.get("commune") or "").strip() for r in rows}
    communes = set(Commune.objects.filter(code__in=codes).values_list("code", flat=True))
    existing = {p.reference: p for p in LandParcel.objects.filter(agency=agency).exclude(reference="")}
    seen: set[str] = set()
    parsed = []
    for line, row in enumerate(rows, start=2):
        try:
            values = parse_row(row, communes)
            if values["reference"] and values["reference"] in seen:
                raise RowError(f"référence « {values['reference']} » en double dans le fichier")
            seen.add(values["reference"])
        except RowError as exc:
            report.rows.append({"line": line, "status": "erreur", "message": str(exc)})
            continue
        status = "mis à jour" if values["reference"] in existing else "créé"
        report.rows.append({"line": line, "status": status, "message": values["name"]})
        parsed.append(values)
    if report.errors or not parsed:
        if not parsed and not report.errors:
            report.rows.append({"line": 1, "status": "erreur", "message": "aucune ligne à importer"})
        return report
    with transaction.atomic():
        for values in parsed:
            parcel = existing.get(values["reference"]) if values["reference"] else None
            if parcel is None:
                parcel = LandParcel(agency=agency)
            for key, value in values.items():
                setattr(parcel, key, value)
            parcel.save()
    report.saved = True
    return report


# ---------------------------------------------------------------------------------------------------
# Matching


@dataclass
class Needs:
    surface_min: int | None = None
    surface_max: int | None = None
    needed_by: dt.date | None = None
    departments: list[str] = field(default_factory=list)
    communes: list[str] = field(default_factory=list)
    centre: tuple[float, float] | None = None     # (lat, lon)
    centre_label: str = ""
    radius_km: float | None = None
    icpe: bool = False
    rail: bool = False
    serviced: bool = False
    brownfield_first: bool = False

    def as_json(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if v not in (None, [], False, "")}
        if self.needed_by:
            data["needed_by"] = self.needed_by.isoformat()
        if self.centre:
            data["centre"] = list(self.centre)
        return data


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius 6 371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def centre_of_commune(agency, code: str) -> tuple[float, float] | None:
    """The COG has no coordinates: a commune's centre is the mean position of the agency's parcels
    located in it (None when it has none with coordinates)."""
    points = list(LandParcel.objects.filter(agency=agency, commune_id=code, latitude__isnull=False,
                                            longitude__isnull=False).values_list("latitude", "longitude"))
    if not points:
        return None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


@dataclass
class Match:
    parcel: LandParcel
    score: float
    reasons: list[str]
    distance: float | None = None


def match(agency, needs: Needs) -> tuple[list[Match], list[tuple[LandParcel, str]]]:
    """Parcels meeting every hard need, ranked (0–100) with their reasons; and the rejected ones with why."""
    parcels = LandParcel.objects.filter(agency=agency).select_related("commune", "commune__department")
    kept, rejected = [], []
    for parcel in parcels:
        reasons, why_not = [], None
        surface = parcel.surface_m2
        if needs.surface_min is not None and surface < needs.surface_min:
            why_not = f"surface {surface:,} m² inférieure au minimum".replace(",", " ")
        elif needs.surface_max is not None and surface > needs.surface_max:
            why_not = f"surface {surface:,} m² supérieure au maximum".replace(",", " ")
        elif needs.needed_by and parcel.available_from and parcel.available_from > needs.needed_by:
            why_not = f"disponible seulement le {parcel.available_from:%d/%m/%Y}"
        elif needs.icpe and not parcel.icpe_allowed:
            why_not = "ICPE non autorisées"
        elif needs.rail and not parcel.rail_access:
            why_not = "pas d'embranchement ferroviaire"
        elif needs.serviced and not parcel.serviced:
            why_not = "non viabilisé"
        elif (needs.departments or needs.communes) and not (
                (parcel.commune_id and parcel.commune_id in needs.communes)
                or (parcel.commune and parcel.commune.department_id in needs.departments)):
            why_not = "hors des territoires demandés"
        distance = None
        if why_not is None and needs.radius_km is not None and needs.centre:
            if not parcel.has_point:
                why_not = "pas de coordonnées pour mesurer la distance"
            else:
                distance = distance_km(needs.centre, (parcel.latitude, parcel.longitude))
                if distance > needs.radius_km:
                    why_not = f"à {distance:.0f} km, au-delà du rayon de {needs.radius_km:.0f} km"
        if why_not:
            rejected.append((parcel, why_not))
            continue
        score = 50.0
        if needs.surface_min is not None or needs.surface_max is not None:
            lo = needs.surface_min or 0
            hi = needs.surface_max or max(surface, lo * 2, 1)
            middle = (lo + hi) / 2
            fit = 1 - min(1.0, abs(surface - middle) / max(hi - lo, 1))
            score += 20 * fit
            reasons.append(f"surface de {surface:,} m² dans la fourchette demandée".replace(",", " "))
        else:
            reasons.append(f"surface de {surface:,} m²".replace(",", " "))
        if needs.needed_by:
            reasons.append("disponible à temps" if parcel.available_from else "disponibilité immédiate ou non précisée")
            score += 5
        if parcel.serviced:
            score += 8
            reasons.append("viabilisé")
        if parcel.icpe_allowed:
            score += 4 if needs.icpe else 2
            reasons.append("ICPE autorisées")
        if parcel.rail_access:
            score += 4 if needs.rail else 1
            reasons.append("embranchement ferroviaire")
        if parcel.brownfield:
            score += 8 if needs.brownfield_first else 3
            reasons.append("friche à reconvertir (sobriété foncière)")
        if needs.departments or needs.communes:
            reasons.append("dans les territoires demandés")
        if distance is not None:
            score += 10 * (1 - distance / max(needs.radius_km, 1))
            reasons.append(f"à {distance:.0f} km de {needs.centre_label or 'la position demandée'}")
        kept.append(Match(parcel=parcel, score=round(min(score, 100), 1), reasons=reasons, distance=distance))
    kept.sort(key=lambda m: (-m.score, m.parcel.name))
    return kept, rejected


@transaction.atomic
def record_match(lead, found: Match, needs: Needs, user=None) -> ParcelMatch:
    obj, _ = ParcelMatch.objects.update_or_create(lead=lead, parcel=found.parcel, defaults={
        "score": found.score, "reasons": found.reasons, "criteria": needs.as_json(), "created_by": user})
    return obj

"""Bulk import of laureate lists (CSV / XLSX): read the file, map its columns, validate every row
against the reference data (COG communes, NAF, sectors, programmes), then write everything in one
transaction — or nothing. Every message is in French, for the operator.

Stages: ``read_table`` (file → header + rows, or ImportRejected) → ``map_columns`` →
``validate`` (rows → Plan: the columns parsed column-wise by columns.py, then one RowResult per row,
matched against the existing awards by array lookups) → ``apply`` (atomic and set-based: COPY and
one UPDATE … FROM, see bulk.py). Large files (100 000 rows) take seconds, not minutes.
Idempotence: a row is matched to an existing award by its ``identifiant`` (our export), else by its
import key (``cle_import`` column, SCDL ``referenceDecision``, else programme + SIRET/company +
project); an identical row changes nothing, a changed row updates the award and records an
AwardRevision."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from relocalisation.core.text import normalize
from relocalisation.ingestion.bulk import insert_columns, insert_rows, new_uuids, update_rows
from relocalisation.ingestion.columns import normalized, parse_column
from relocalisation.organisations.identifiers import clean_identifier, is_valid_siren, siret_error


class ImportRejected(Exception):
    """The whole file is refused; ``messages`` say why, in French."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


# Our field names → label shown to operators. The « relocalisation » preset is our own export.
FIELDS: dict[str, str] = {
    "identifiant": "Identifiant du lauréat (export)",
    "cle_import": "Clé d'import / référence de la décision",
    "dispositif": "Dispositif (identifiant court)",
    "dispositif_nom": "Dispositif (nom)",
    "appel": "Appel à projets (identifiant court)",
    "vague": "Vague (numéro)",
    "entreprise": "Entreprise (raison sociale)",
    "siren": "SIREN",
    "siret": "SIRET",
    "projet": "Projet",
    "description": "Description",
    "commune_insee": "Commune (code INSEE)",
    "commune": "Commune (nom)",
    "departement": "Département (code)",
    "region": "Région (code)",
    "secteur": "Secteur critique",
    "naf": "Code NAF",
    "taille": "Catégorie de taille",
    "investissement_eur": "Investissement (€)",
    "aide_eur": "Aide publique (€)",
    "jours_conseil": "Jours de conseil",
    "jours_ingenierie": "Jours d'ingénierie",
    "emplois_crees": "Emplois créés",
    "emplois_maintenus": "Emplois maintenus",
    "emplois_crees_constates": "Emplois créés constatés",
    "investissement_realise_eur": "Investissement réalisé (€)",
    "date_decision": "Date de décision",
    "source": "Source",
    "synthetique": "Données synthétiques (oui/non)",
}

BUILTIN_PRESETS: dict[str, dict] = {
    "relocalisation": {"label": "Export « lauréats » de Relocalisation (CSV / XLSX)",
                       "mapping": {name: name for name in FIELDS}},
    "scdl": {"label": "SCDL « subventions » 2.1.1", "mapping": {
        "cle_import": "referenceDecision", "entreprise": "nomBeneficiaire", "siret": "idBeneficiaire",
        "projet": "objet", "aide_eur": "montant", "date_decision": "dateConvention",
        "dispositif_nom": "dispositifAide"}},
}

# Field → model attribute of Award, for comparisons and history.
AWARD_FIELDS = {
    "projet": "project_name", "description": "description", "investissement_eur": "investment_eur",
    "aide_eur": "aid_eur", "jours_conseil": "advisory_days", "jours_ingenierie": "engineering_days",
    "emplois_crees": "jobs_created", "emplois_maintenus": "jobs_kept",
    "emplois_crees_constates": "jobs_created_delivered", "investissement_realise_eur": "investment_delivered_eur",
    "date_decision": "decided_on", "source": "source", "secteur": "sector_id", "naf": "naf_id",
    "taille": "size_category_id", "appel": "call_id", "vague": "wave_id",
}
PLACE_FIELDS = ("commune_id", "department_id", "region_id")


# --- Reading ---------------------------------------------------------------------------------------

def human_size(size: int) -> str:
    return f"{size // (1024 * 1024)} Mo" if size >= 1024 * 1024 else f"{max(1, size // 1024)} Ko"


def read_table(data: bytes, filename: str) -> tuple[list[str], list[list]]:
    """Header and rows of a CSV (UTF-8, « ; » « , » or tab) or XLSX file; ImportRejected otherwise."""
    if not data:
        raise ImportRejected(["Le fichier est vide."])
    if len(data) > settings.IMPORT_MAX_BYTES:
        raise ImportRejected([f"Le fichier dépasse la taille maximale ({human_size(settings.IMPORT_MAX_BYTES)})."])
    name = filename.lower()
    if data[:4] == b"PK\x03\x04" or name.endswith((".xlsx", ".xlsm")):
        header, rows = _read_xlsx(data)
    elif name.endswith(".xls"):
        raise ImportRejected(["Le format XLS (Excel 97-2003) n'est pas accepté : enregistrez le fichier en XLSX ou en CSV UTF-8."])
    else:
        header, rows = _read_csv(data)
    header = [str(h or "").strip() for h in header]
    if not any(header):
        raise ImportRejected(["La première ligne doit contenir les noms des colonnes ; elle est vide."])
    duplicates = sorted({h for h in header if h and header.count(h) > 1})
    if duplicates:
        raise ImportRejected([f"Colonnes en double : {', '.join(duplicates)}."])
    if len(rows) > settings.IMPORT_MAX_ROWS:
        raise ImportRejected([f"Trop de lignes ({len(rows)}) : {settings.IMPORT_MAX_ROWS} au plus par fichier."])
    return header, rows


def _read_csv(data: bytes) -> tuple[list[str], list[list]]:
    sample = data[:65536]
    if b"\x00" in sample:
        raise ImportRejected(["Le fichier n'est pas un fichier texte CSV (il contient des octets nuls) : "
                              "est-ce un fichier binaire, ou un CSV en UTF-16 ? Enregistrez-le en « CSV UTF-8 »."])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportRejected([f"Le fichier n'est pas encodé en UTF-8 (premier caractère illisible ligne {line}). "
                              "Enregistrez-le en « CSV UTF-8 » (dans Excel : Enregistrer sous → CSV UTF-8) "
                              "ou envoyez un fichier XLSX."]) from None
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (";", ",", "\t", "|")}
    delimiter = max(counts, key=counts.get)
    if counts[delimiter] == 0:
        raise ImportRejected(["Une seule colonne lue sur la première ligne : le séparateur n'est pas reconnu "
                              "(attendu : point-virgule, virgule ou tabulation), ou le fichier n'est pas un CSV."])
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        table = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise ImportRejected([f"CSV mal formé ligne {reader.line_num} : guillemets non refermés ou caractères "
                              f"invalides ({exc})."]) from None
    header, rows = table[0], table[1:]
    width = len(header)
    bad = [i + 2 for i, row in enumerate(rows) if len(row) != width]
    if bad and len(bad) > len(rows) // 2:
        raise ImportRejected([f"Le nombre de colonnes varie d'une ligne à l'autre ({len(bad)} lignes sur "
                              f"{len(rows)}) : le séparateur « {delimiter} » est-il le bon ?"])
    return header, rows


def _read_xlsx(data: bytes) -> tuple[list[str], list[list]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportRejected([f"Le fichier XLSX est illisible ou endommagé ({type(exc).__name__})."]) from None
    except Exception as exc:  # openpyxl raises a variety of errors on hostile files
        raise ImportRejected([f"Le fichier XLSX est illisible ({type(exc).__name__})."]) from None
    sheet = workbook.worksheets[0]
    table, formulas = [], []
    for row in sheet.iter_rows():
        values = []
        for cell in row:
            value = cell.value
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
                formulas.append(getattr(cell, "coordinate", "?"))
                value = None
            values.append(value)
        if any(v not in (None, "") for v in values):
            table.append(values)
    workbook.close()
    if formulas:
        shown = ", ".join(formulas[:10]) + (" …" if len(formulas) > 10 else "")
        raise ImportRejected([f"Le fichier contient {len(formulas)} cellule(s) avec une formule ({shown}) : "
                              "les formules sont refusées. Copiez les cellules et collez-les en « valeurs "
                              "seulement » avant d'envoyer le fichier."])
    if not table:
        raise ImportRejected(["La première feuille du classeur est vide."])
    header = table[0]
    while header and header[-1] in (None, ""):
        header = header[:-1]
    rows = [list(r[:len(header)]) + [None] * (len(header) - len(r)) for r in table[1:]]
    return header, rows


# --- Mapping ---------------------------------------------------------------------------------------

def preset_mapping(name: str | None) -> dict | None:
    if not name:
        return None
    if name in BUILTIN_PRESETS:
        return dict(BUILTIN_PRESETS[name]["mapping"])
    from relocalisation.ingestion.models import ImportPreset

    preset = ImportPreset.objects.filter(name=name).first()
    return dict(preset.mapping) if preset else None


def guess_mapping(header: list[str]) -> dict:
    """Our field names found in the header (exact or accent/case-insensitive), else a built-in preset
    whose columns are present."""
    by_norm = {normalize(h).replace(" ", "_"): h for h in header}
    for preset in BUILTIN_PRESETS.values():
        found = {f: col for f, col in preset["mapping"].items() if col in header}
        if "entreprise" in found and len(found) >= 3:
            return found
    return {f: by_norm[f] for f in FIELDS if f in by_norm}


def map_columns(header: list[str], mapping: dict) -> dict[str, int]:
    """field → column index; ImportRejected when a mapped column is missing or no company column."""
    index = {h: i for i, h in enumerate(header)}
    missing = sorted({col for col in mapping.values() if col and col not in index})
    result = {f: index[col] for f, col in mapping.items() if col and col in index and f in FIELDS}
    messages = []
    if "entreprise" not in result:
        messages.append("Colonne obligatoire manquante : le nom de l'entreprise (« entreprise », ou "
                        "« nomBeneficiaire » au format SCDL).")
    if missing and len(missing) == len([c for c in mapping.values() if c]):
        messages.append(f"Aucune des colonnes attendues n'a été trouvée (colonnes du fichier : "
                        f"{', '.join(header[:12])}{' …' if len(header) > 12 else ''}).")
    if messages:
        raise ImportRejected(messages)
    return result


# --- Parsing values -------------------------------------------------------------------------------

_UNITS = {"md": Decimal(10) ** 9, "mds": Decimal(10) ** 9, "milliard": Decimal(10) ** 9,
          "milliards": Decimal(10) ** 9, "m": Decimal(10) ** 6, "million": Decimal(10) ** 6,
          "millions": Decimal(10) ** 6, "k": Decimal(1000), "": Decimal(1)}
_AMOUNT = re.compile(r"^(-?[0-9][0-9 .,']*)\s*(md|mds|milliards?|millions?|m|k)?\s*(?:d'|de\s+)?(?:€|eur|euros?)?$")


def parse_amount(value) -> Decimal | None:
    """« 1,2 M€ » → 1 200 000; « 300 000 € » → 300 000; « 1.234.567,89 » ; numbers from XLSX."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("montant attendu")
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    text = str(value).strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return None
    match = _AMOUNT.match(text)
    if not match:
        raise ValueError(f"montant illisible : « {value} » (exemples admis : 300 000 €, 1,2 M€, 2 Md€)")
    number, unit = match.group(1).replace(" ", "").replace("'", ""), match.group(2) or ""
    if "," in number and "." in number:  # 1.234.567,89 or 1,234,567.89: the last one is the decimal mark
        if number.rfind(",") > number.rfind("."):
            number = number.replace(".", "").replace(",", ".")
        else:
            number = number.replace(",", "")
    elif "," in number:
        parts = number.split(",")
        number = number.replace(",", ".") if len(parts) == 2 and (len(parts[1]) != 3 or unit) else number.replace(",", "")
    elif number.count(".") > 1 or (number.count(".") == 1 and len(number.split(".")[1]) == 3 and not unit):
        number = number.replace(".", "")  # « 300.000 »: thousands
    try:
        amount = Decimal(number) * _UNITS[unit]
    except InvalidOperation:
        raise ValueError(f"montant illisible : « {value} »") from None
    if amount < 0:
        raise ValueError(f"montant négatif : « {value} »")
    if amount >= Decimal(10) ** 13:
        raise ValueError(f"montant invraisemblable : « {value} »")
    return amount.quantize(Decimal("0.01"))


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d")


def parse_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if "T" in text:
        text = text.split("T", 1)[0]
    for fmt in _DATE_FORMATS:
        try:
            date = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not (1990 <= date.year <= 2100):
            raise ValueError(f"date hors limites : « {value} »")
        return date
    raise ValueError(f"date illisible : « {value} » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ)")


def parse_int(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if text.endswith((",0", ".0")):
        text = text[:-2]
    if not text.isdigit():
        raise ValueError(f"nombre entier positif attendu : « {value} »")
    number = int(text)
    if number > 2_000_000:
        raise ValueError(f"nombre invraisemblable : « {value} »")
    return number


def parse_days(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        days = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"nombre de jours illisible : « {value} »") from None
    if days < 0 or days >= 100_000:
        raise ValueError(f"nombre de jours invraisemblable : « {value} »")
    return days.quantize(Decimal("0.1"))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    # Our exports quote cells that would run as spreadsheet formulas; undo it.
    if text.startswith("'") and text[1:2] in ("=", "+", "@"):
        text = text[1:]
    return text


# --- Validation -----------------------------------------------------------------------------------

@dataclass
class RowResult:
    line: int  # line number in the file (header = 1)
    action: str = "create"  # create | update | unchanged | error
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    key: str = ""
    award_id: str | None = None
    changes: dict = field(default_factory=dict)

    def as_report(self) -> dict:
        return {"ligne": self.line, "action": self.action, "erreurs": self.errors, "avertissements": self.warnings,
                "entreprise": self.data.get("entreprise", ""), "cle": self.key,
                "modifications": {k: [str(a) if a is not None else "", str(b) if b is not None else ""]
                                  for k, (a, b) in self.changes.items()}}


@dataclass
class Plan:
    header: list[str]
    mapping: dict
    rows: list[RowResult]

    @property
    def invalid(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == "error"]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.invalid

    def summary(self) -> str:
        if not self.rows:
            return "Le fichier ne contient aucune ligne de données."
        return (f"{len(self.rows)} ligne(s) : {self.count('create')} à créer, {self.count('update')} à modifier, "
                f"{self.count('unchanged')} inchangée(s), {len(self.invalid)} en erreur.")


class Reference:
    """The reference data rows are checked against, loaded once per import (dictionaries)."""

    def __init__(self):
        from relocalisation.activities.models import CriticalSector, NafCode, SizeCategory
        from relocalisation.programmes.models import Call, Programme, Wave
        from relocalisation.territories.models import Commune, Department, Region

        self.communes = {code: (dep, reg) for code, dep, reg in
                         Commune.objects.values_list("code", "department_id", "region_id")}
        self.commune_by_name: dict[tuple[str, str], list[str]] = {}
        self.commune_by_bare_name: dict[str, list[str]] = {}  # for rows without a département
        for code, name, dep, kind in Commune.objects.values_list("code", "name_normalized", "department_id", "kind"):
            self.commune_by_name.setdefault((name, dep or ""), []).append(code)
            self.commune_by_bare_name.setdefault(name, []).append(code)
        self.departments = {code: reg for code, reg in Department.objects.values_list("code", "region_id")}
        self.regions = set(Region.objects.values_list("code", flat=True))
        self.programmes = {slug: pk for pk, slug in Programme.objects.values_list("pk", "slug")}
        self.programme_names = {}
        for pk, slug, name, short in Programme.objects.values_list("pk", "slug", "name", "short_name"):
            self.programme_names[normalize(name)] = pk
            if short:
                self.programme_names.setdefault(normalize(short), pk)
        self.programme_slugs = {pk: slug for slug, pk in self.programmes.items()}
        self.calls = {(programme, slug): pk for pk, programme, slug in Call.objects.values_list("pk", "programme_id", "slug")}
        self.first_call = {}
        for pk, programme in Call.objects.order_by("id").values_list("pk", "programme_id"):
            self.first_call.setdefault(programme, pk)
        self.waves = {(call, number): pk for pk, call, number in Wave.objects.values_list("pk", "call_id", "number")}
        self.sectors = {}
        for slug, name in CriticalSector.objects.values_list("slug", "name"):
            self.sectors[slug] = slug
            self.sectors[normalize(name)] = slug
        self.naf = set(NafCode.objects.values_list("code", flat=True))
        self.sizes = {}
        for code, name in SizeCategory.objects.values_list("code", "name"):
            self.sizes[code.upper()] = code
            self.sizes[normalize(name)] = code


# Fields parsed column-wise (columns.py): scalar parser, and the fast path that computes it.
PARSED_FIELDS = {
    "investissement_eur": (parse_amount, "amount"), "aide_eur": (parse_amount, "amount"),
    "investissement_realise_eur": (parse_amount, "amount"), "emplois_crees": (parse_int, "int"),
    "emplois_maintenus": (parse_int, "int"), "emplois_crees_constates": (parse_int, "int"),
    "jours_conseil": (parse_days, None), "jours_ingenierie": (parse_days, None), "date_decision": (parse_date, "date"),
}


def _texts(cells: list) -> list[str]:
    """_text of every cell, with the common case (a string) inline."""
    texts = [v.strip() if v.__class__ is str else _text(v) for v in cells]
    if any(t[:1] == "'" for t in texts):
        texts = [_text(t) if t[:1] == "'" else t for t in texts]
    return texts


class Columns:
    """The mapped columns of a file, read and parsed column by column once: raw cells, their text
    (``_text``), parsed figures and dates with their errors, normalised names."""

    def __init__(self, rows: list[list], columns: dict[str, int]):
        self.raw = {name: [row[index] if index < len(row) else None for row in rows] for name, index in columns.items()}
        self.text = {name: _texts(cells) for name, cells in self.raw.items()}
        self.parsed = {name: parse_column(self.raw[name], *spec) for name, spec in PARSED_FIELDS.items()
                       if name in self.raw}
        self.norm = {name: normalized(self.text[name]) for name in ("entreprise", "commune", "projet")
                     if name in self.text}


def _clean_row(cols: Columns, i: int, ref: Reference, default_programme: int | None, result: RowResult) -> dict:
    """Check row ``i`` (its cells already parsed column-wise); errors go to ``result.errors`` (French),
    in the order of the columns' checks."""
    out: dict = {}
    err = result.errors.append
    texts = cols.text

    def text(name):
        return texts[name][i] if name in texts else ""

    def parse(name):
        if name not in texts:
            return
        values, errors = cols.parsed[name]
        if errors[i] is not None:
            err(f"{FIELDS[name]} : {errors[i]}.")
        else:
            out[name] = values[i]

    company = text("entreprise")
    if not company:
        err("Nom de l'entreprise manquant.")
    elif len(company) > 250:
        err("Nom de l'entreprise trop long (250 caractères au plus).")
    out["entreprise"] = company
    out["_name"] = cols.norm["entreprise"][i] if "entreprise" in cols.norm else ""
    # Identifiers
    siret = text("siret")
    siret = clean_identifier(siret) if siret else ""
    if siret:
        message = siret_error(siret)
        if message:
            err(message)
        out["siret"] = siret
    siren = text("siren")
    siren = (clean_identifier(siren) if siren else "") or (siret[:9] if siret and not siret_error(siret) else "")
    if siren:
        if not is_valid_siren(siren):
            err(f"SIREN invalide : « {cols.raw['siren'][i] if 'siren' in cols.raw else None} » (9 chiffres, clé de Luhn).")
        elif siret and not siret.startswith(siren):
            err("Le SIRET ne commence pas par le SIREN indiqué.")
        out["siren"] = siren
    # Programme, call, wave
    programme = None
    slug = text("dispositif")
    name = text("dispositif_nom")
    if slug:
        programme = ref.programmes.get(slug)
        if programme is None:
            err(f"Dispositif inconnu : « {slug} ».")
    elif name:
        programme = ref.programme_names.get(normalize(name))
        if programme is None:
            err(f"Dispositif inconnu : « {name} ».")
    else:
        programme = default_programme
        if programme is None:
            err("Dispositif manquant : ajoutez une colonne « dispositif » ou choisissez un dispositif par défaut.")
    out["programme_id"] = programme
    call_slug = text("appel")
    if call_slug and programme:
        out["appel"] = ref.calls.get((programme, call_slug))
        if out["appel"] is None:
            err(f"Appel à projets inconnu pour ce dispositif : « {call_slug} ».")
    elif "appel" in texts:
        out["appel"] = None
    wave = text("vague")
    if wave:
        call = out.get("appel") or (ref.first_call.get(programme) if programme else None)
        try:
            out["vague"] = ref.waves.get((call, parse_int(wave)))
        except ValueError:
            out["vague"] = None
        if out["vague"] is None:
            err(f"Vague inconnue pour cet appel : « {wave} ».")
        elif not out.get("appel"):
            out["appel"] = call
    elif "vague" in texts:
        out["vague"] = None
    # Place: commune by INSEE code, or by name + département (names normalised column-wise, then
    # looked up in the in-memory COG table)
    code = text("commune_insee").upper()
    commune_name = text("commune")
    department = text("departement").upper()
    if department and len(department) == 1:
        department = "0" + department
    if code:
        if len(code) == 4 and code.isdigit():
            code = "0" + code  # spreadsheets drop the leading zero of « 01053 »
        if code not in ref.communes:
            err(f"Commune inconnue au Code officiel géographique : « {code} ».")
        else:
            out["commune_id"] = code
    elif commune_name:
        if department and department not in ref.departments:
            err(f"Département inconnu : « {department} ».")
        else:
            key = cols.norm["commune"][i]
            candidates = (ref.commune_by_name.get((key, department), []) if department
                          else ref.commune_by_bare_name.get(key, []))
            if len(candidates) == 1:
                out["commune_id"] = candidates[0]
            elif not candidates:
                err(f"Commune introuvable : « {commune_name} »" + (f" dans le département {department}." if department else "."))
            else:
                err(f"Plusieurs communes s'appellent « {commune_name} » : indiquez le département ou le code INSEE.")
    if out.get("commune_id"):
        dep, reg = ref.communes[out["commune_id"]]
        if department and dep and department != dep:
            err(f"La commune {out['commune_id']} n'est pas dans le département {department}.")
        out["department_id"], out["region_id"] = dep, reg
    elif department:
        if department not in ref.departments:
            err(f"Département inconnu : « {department} ».")
        else:
            out["department_id"], out["region_id"] = department, ref.departments[department]
    elif text("region"):
        region = text("region")
        if region not in ref.regions:
            err(f"Région inconnue : « {region} ».")
        else:
            out["region_id"] = region
    # Activity
    if "secteur" in texts:
        sector = text("secteur")
        out["secteur"] = ref.sectors.get(sector) or ref.sectors.get(normalize(sector)) if sector else None
        if sector and not out["secteur"]:
            err(f"Secteur inconnu : « {sector} ».")
    if "naf" in texts:
        naf = text("naf").upper()
        out["naf"] = naf or None
        if naf and naf not in ref.naf:
            err(f"Code NAF inconnu : « {naf} ».")
    if "taille" in texts:
        size = text("taille")
        out["taille"] = (ref.sizes.get(size.upper()) or ref.sizes.get(normalize(size))) if size else None
        if size and not out["taille"]:
            err(f"Catégorie de taille inconnue : « {size} ».")
    # Figures (parsed column-wise)
    for name in PARSED_FIELDS:
        parse(name)
    for name, limit in (("projet", 250), ("description", 5000), ("source", 300)):
        if name in texts:
            out[name] = text(name)
            if len(out[name]) > limit:
                err(f"{FIELDS[name]} : texte trop long ({limit} caractères au plus).")
    if "synthetique" in texts:
        out["synthetique"] = text("synthetique").lower() in ("oui", "true", "1", "vrai")
    identifier = text("identifiant")
    if identifier:
        try:
            out["identifiant"] = str(uuid.UUID(identifier))
        except ValueError:
            err(f"Identifiant invalide : « {identifier} ».")
    out["cle_import"] = text("cle_import")[:200]
    if "projet" in cols.norm:
        out["_project"] = cols.norm["projet"][i]
    return out


def _key(data: dict, ref: Reference) -> str:
    if data.get("cle_import"):
        return data["cle_import"]
    who = data.get("siret") or data.get("siren") or data["_name"]
    programme = ref.programme_slugs.get(data.get("programme_id"), "")
    return f"import:{programme}:{who}:{data.get('_project', '')}"[:200]


def validate(header: list[str], rows: list[list], mapping: dict, default_programme: int | None = None,
             progress=None) -> Plan:
    """Check every row and decide what it does against the existing awards."""
    columns = map_columns(header, mapping)
    ref = Reference()
    cols = Columns(rows, columns)
    results: list[RowResult] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        result = RowResult(line=i + 2)
        if len(row) > len(header):
            result.errors.append(f"{len(row)} cellules au lieu de {len(header)} (séparateur dans une valeur "
                                 "non protégée par des guillemets ?).")
        result.data = _clean_row(cols, i, ref, default_programme, result)
        result.key = _key(result.data, ref)
        if result.key in seen:
            result.errors.append(f"Ligne en double : même clé que la ligne {seen[result.key]} ({result.key}).")
        else:
            seen[result.key] = result.line
        if result.errors:
            result.action = "error"
        results.append(result)
        if progress and i % 2000 == 0:
            progress(i, len(rows))
    _match_existing(results, columns)
    return Plan(header=header, mapping=mapping, rows=results)


def _compare_value(value):
    if isinstance(value, Decimal):
        return value.normalize()
    return value


def _has_place(columns: dict) -> bool:
    return not columns.keys().isdisjoint(("commune_insee", "commune", "departement", "region"))


def _target_values(data: dict, columns: dict) -> dict:
    """Award attribute → value for the columns present in the file (absent columns change nothing)."""
    values = {}
    for name, attr in AWARD_FIELDS.items():
        if name in data:  # present only when the file has the column (or, for the call, a wave)
            values[attr] = data[name]
    values["programme_id"] = data["programme_id"]
    if _has_place(columns):
        for attr in PLACE_FIELDS:
            values[attr] = data.get(attr)
    if "synthetique" in columns:
        values["is_synthetic"] = bool(data.get("synthetique"))
    return values


def _target_attrs(columns: dict) -> set[str]:
    """The Award attributes _target_values gives for these rows (without building them row by row)."""
    # A valid row has a value for every mapped field, and a call when it names a wave.
    attrs = {attr for name, attr in AWARD_FIELDS.items() if name in columns} | {"programme_id"}
    if "vague" in columns:
        attrs.add("call_id")
    if _has_place(columns):
        attrs |= set(PLACE_FIELDS)
    if "synthetique" in columns:
        attrs.add("is_synthetic")
    return attrs


def _existing(lookup: str, values: list, attrs: list[str]):
    """Awards whose ``lookup`` (id or external_key) is among ``values``, as dicts of ``attrs``.
    PostgreSQL: one query with an array (« = ANY », an index scan on 1 M awards as on 1 000);
    elsewhere, chunks of IN lists."""
    from relocalisation.awards.models import Award

    if not values:
        return
    if connection.vendor == "postgresql":
        column = "id" if lookup == "pk" else lookup
        yield from Award.objects.extra(where=[f'"awards_award"."{column}" = ANY(%s)'],
                                       params=[values]).values(*attrs).order_by()
        return
    for chunk in _chunks(values, 5000):
        yield from Award.objects.filter(**{f"{lookup}__in": chunk}).values(*attrs).order_by()


def _match_existing(results: list[RowResult], columns: dict) -> None:
    valid = [r for r in results if r.action != "error"]
    attrs = sorted(_target_attrs(columns) | {"id", "external_key", "organisation_id"})
    by_id, by_key = {}, {}
    ids = [uuid.UUID(r.data["identifiant"]) for r in valid if r.data.get("identifiant")]
    for row in _existing("pk", ids, attrs):
        by_id[str(row["id"])] = row
    for row in _existing("external_key", [r.key for r in valid], attrs):
        by_key.setdefault(row["external_key"], row)
    for result in valid:
        existing = by_id.get(result.data.get("identifiant") or "") or by_key.get(result.key)
        if not existing:
            result.action = "create"
            continue
        result.award_id = str(existing["id"])
        changes = {}
        for attr, value in _target_values(result.data, columns).items():
            if _compare_value(existing.get(attr)) != _compare_value(value):
                changes[attr] = (existing.get(attr), value)
        result.changes = changes
        result.action = "update" if changes else "unchanged"


# --- Writing --------------------------------------------------------------------------------------

def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _lookup(model, column: str, values: list, extra_where: str = "", order: str = "") -> list[tuple]:
    """(column, pk) of the rows of ``model`` whose ``column`` is among ``values``: one query with an
    array on PostgreSQL, chunks of IN lists elsewhere."""
    if not values:
        return []
    table, pk = model._meta.db_table, model._meta.pk.column
    found = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f'SELECT "{column}", "{pk}" FROM "{table}" WHERE "{column}" = ANY(%s){extra_where}{order}',
                           [values])
            return cursor.fetchall()
        for chunk in _chunks(values, 900):
            cursor.execute(f'SELECT "{column}", "{pk}" FROM "{table}" WHERE "{column}" IN '
                           f'({", ".join(["%s"] * len(chunk))}){extra_where}{order}', chunk)
            found += cursor.fetchall()
    return found


def apply(plan: Plan, batch=None, source: str = "", progress=None) -> dict:
    """Write a valid plan in one transaction: organisations, establishments, new and changed awards,
    history. Returns the counts. Raises ImportRejected (nothing written) if the plan has errors.

    Set-based: a few lookups by array, new rows by COPY (bulk.insert_rows), every changed award by one
    UPDATE … FROM a temporary table (bulk.update_rows) — the time does not grow with the number of
    awards already in the database, only with the file."""
    from relocalisation.awards.models import Award, Origin
    from relocalisation.awards.services import awards_changed
    from relocalisation.ingestion.models import AwardRevision
    from relocalisation.organisations.models import Establishment, Organisation

    if not plan.is_valid:
        raise ImportRejected([plan.summary()])
    columns = map_columns(plan.header, plan.mapping)
    todo = [r for r in plan.rows if r.action in ("create", "update")]
    now = timezone.now()
    with transaction.atomic():
        # Organisations: by SIREN, else by normalised name among those without SIREN (the oldest).
        sirens = sorted({r.data["siren"] for r in todo if r.data.get("siren")})
        names = sorted({r.data["_name"] for r in todo if not r.data.get("siren")})
        orgs_by_siren = dict(_lookup(Organisation, "siren", sirens))
        orgs_by_name = {}
        for name, pk in _lookup(Organisation, "name_normalized", names, ' AND "siren" IS NULL',
                                ' ORDER BY "created_at"'):
            orgs_by_name.setdefault(name, pk)
        new_orgs = {}
        ids = iter(new_uuids(len(todo)))
        for r in todo:
            siren, name = r.data.get("siren"), r.data["_name"]
            known = orgs_by_siren.get(siren) if siren else orgs_by_name.get(name)
            if not known and (siren or name) not in new_orgs:
                new_orgs[siren or name] = {"id": next(ids), "kind": Organisation.Kind.COMPANY,
                                           "name": r.data["entreprise"], "name_normalized": name,
                                           "siren": siren or None, "commune_id": r.data.get("commune_id"),
                                           "source": source or "import de lauréats"}
                (orgs_by_siren if siren else orgs_by_name)[siren or name] = new_orgs[siren or name]["id"]
        insert_rows(Organisation, list(new_orgs.values()))
        org_of = {r.line: orgs_by_siren[r.data["siren"]] if r.data.get("siren") else orgs_by_name[r.data["_name"]]
                  for r in todo}
        # Establishments (SIRET) of the rows that give one.
        sirets = {r.data["siret"]: (org_of[r.line], r.data.get("commune_id")) for r in todo if r.data.get("siret")}
        existing_sirets = {siret for siret, _ in _lookup(Establishment, "siret", sorted(sirets))}
        insert_rows(Establishment, [{"siret": s, "organisation_id": o, "commune_id": c, "is_head_office": False}
                                    for s, (o, c) in sirets.items() if s not in existing_sirets])
        # Awards: the new ones column by column (one list per attribute, no dict per row).
        creates = [r for r in todo if r.action == "create"]
        # A valid row has every mapped field; the call may also come from a wave (absent: None).
        present = {name for name in AWARD_FIELDS if name in columns} | ({"appel"} if "vague" in columns else set())
        award_columns = {attr: [r.data.get(name) for r in creates] for name, attr in AWARD_FIELDS.items()
                         if name in present}
        award_columns["programme_id"] = [r.data["programme_id"] for r in creates]
        if _has_place(columns):
            for attr in PLACE_FIELDS:
                award_columns[attr] = [r.data.get(attr) for r in creates]
        synthetic = [bool(r.data.get("synthetique")) for r in creates]
        if "synthetique" in columns:
            award_columns["is_synthetic"] = synthetic
        award_columns["source"] = [value or source for value in award_columns.get("source", [""] * len(creates))]
        award_columns["organisation_id"] = [org_of[r.line] for r in creates]
        award_columns["external_key"] = [r.key for r in creates]
        award_columns["origin"] = [Origin.SYNTHETIC if s and "synthetique" in columns else Origin.IMPORT
                                   for s in synthetic]
        ids = iter(new_uuids(len(creates)))
        award_columns["id"] = [r.data.get("identifiant") or next(ids) for r in creates]
        insert_columns(Award, award_columns, len(creates))
        if progress:
            progress(len(creates), len(todo))
        updates, revisions = [], []
        for r in todo:
            if r.action == "update":
                updates.append((r.award_id, {a: v for a, (old, v) in r.changes.items()}))
                revisions.append({"award_id": r.award_id, "batch_id": batch.pk if batch else None, "created_at": now,
                                  "changes": {a: [_as_text(old), _as_text(new)] for a, (old, new) in r.changes.items()}})
        update_rows(Award, updates, touch={"updated_at": now})
        insert_rows(AwardRevision, revisions)
        transaction.on_commit(lambda: awards_changed.send(sender=Award))
    awards_changed.send(sender=Award)
    return {"created": len(creates), "updated": len(updates), "unchanged": plan.count("unchanged"),
            "organisations": len(new_orgs)}

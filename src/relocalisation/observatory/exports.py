"""Open-data exports of awards, streamed row by row from a server-side cursor so that memory stays
flat whatever the number of awards: CSV and JSON are written as they are read; XLSX is written in
xlsxwriter's constant-memory mode to a temporary file, then streamed.

``LAUREATE_COLUMNS`` is also the layout of the « relocalisation » import preset (round trip)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from decimal import Decimal

from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from relocalisation.awards.models import Award
from relocalisation.awards.selectors import filter_awards
from relocalisation.core.streaming import Echo

CHUNK = 2000

# (column, ORM lookup) of the laureate export; the import preset reads the same names.
LAUREATE_COLUMNS: list[tuple[str, str]] = [
    ("identifiant", "id"),
    ("cle_import", "external_key"),
    ("dispositif", "programme__slug"),
    ("dispositif_nom", "programme__name"),
    ("appel", "call__slug"),
    ("vague", "wave__number"),
    ("entreprise", "organisation__name"),
    ("siren", "organisation__siren"),
    ("siret", "siret"),
    ("projet", "project_name"),
    ("description", "description"),
    ("commune_insee", "commune_id"),
    ("commune", "commune__name"),
    ("departement", "department_id"),
    ("region", "region_id"),
    ("secteur", "sector_id"),
    ("naf", "naf_id"),
    ("taille", "size_category_id"),
    ("investissement_eur", "investment_eur"),
    ("aide_eur", "aid_eur"),
    ("jours_conseil", "advisory_days"),
    ("jours_ingenierie", "engineering_days"),
    ("emplois_crees", "jobs_created"),
    ("emplois_maintenus", "jobs_kept"),
    ("emplois_crees_constates", "jobs_created_delivered"),
    ("investissement_realise_eur", "investment_delivered_eur"),
    ("date_decision", "decided_on"),
    ("origine", "origin"),
    ("source", "source"),
    ("synthetique", "is_synthetic"),
]

SCDL_FIELDS = ["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
               "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
               "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide"]

_FORMULA_START = ("=", "+", "@")


def with_siret(qs: QuerySet[Award]) -> QuerySet[Award]:
    """The beneficiary's SIRET: its establishment in the award's commune, else its head office."""
    from relocalisation.organisations.models import Establishment

    same_place = Establishment.objects.filter(organisation=OuterRef("organisation"), commune=OuterRef("commune"))
    any_place = Establishment.objects.filter(organisation=OuterRef("organisation")).order_by("-is_head_office", "siret")
    return qs.annotate(siret=Coalesce(Subquery(same_place.order_by("siret").values("siret")[:1]),
                                      Subquery(any_place.values("siret")[:1])))


def export_rows(params: dict):
    """Rows (tuples in LAUREATE_COLUMNS order) of the filtered awards, read in chunks."""
    qs = with_siret(filter_awards(params)).order_by("decided_on", "id")
    return qs.values_list(*[lookup for _, lookup in LAUREATE_COLUMNS]).iterator(chunk_size=CHUNK)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    value = str(value)
    # A cell starting with « = » would run as a formula in a spreadsheet (CSV injection): quote it.
    return "'" + value if value.startswith(_FORMULA_START) else value


def stream_csv(header: list[str], rows, delimiter: str = ",", bom: bool = True):
    writer = csv.writer(Echo(), delimiter=delimiter, lineterminator="\r\n")
    # The BOM lets spreadsheets read UTF-8 right; the SCDL file goes without (validators expect none).
    yield ("\ufeff" if bom else "") + writer.writerow(header)
    buffer = []
    for row in rows:
        buffer.append(writer.writerow([_text(v) for v in row]))
        if len(buffer) >= 500:  # fewer, larger chunks: far less per-chunk overhead in the server
            yield "".join(buffer)
            buffer = []
    if buffer:
        yield "".join(buffer)


def laureates_csv(params: dict):
    from django.db import connection

    if connection.vendor == "postgresql":
        return _pg_laureates_csv(params)
    return stream_csv([name for name, _ in LAUREATE_COLUMNS], export_rows(params))


# Lookups whose values are free text: quoted against spreadsheet formulas, as _text does.
_TEXT_LOOKUPS = {"external_key", "programme__name", "organisation__name", "project_name", "description",
                 "commune__name", "source"}


def _pg_select(params: dict) -> tuple[str, tuple]:
    """The export query as SQL, one expression per column, formatted by PostgreSQL like _text does.
    The SIRET comes from two hash joins on establishments (same commune first, else head office)
    rather than a correlated subquery per row; rows come in storage order (no million-row sort)."""
    lookups = [lookup if lookup != "siret" else "organisation_id" for _, lookup in LAUREATE_COLUMNS]
    qs = filter_awards(params).order_by().values_list(*lookups)
    sql, sql_params = qs.query.sql_with_params()
    siret_index, commune_index = lookups.index("organisation_id"), lookups.index("commune_id")
    columns = []
    for i, lookup in enumerate(lookups):
        column = f"t.c{i}"
        if i == siret_index:
            column = "COALESCE(e1.siret, e2.siret)"
        elif lookup in _TEXT_LOOKUPS:
            column = f"CASE WHEN {column} ~ '^[=+@]' THEN chr(39) || {column} ELSE {column} END"
        elif lookup == "is_synthetic":
            column = f"CASE WHEN {column} THEN 'oui' ELSE 'non' END"
        elif lookup.endswith(("_eur", "_days")):
            column = f"trim_scale({column})"  # 1200000.00 → 1200000, as in the other formats
        columns.append(column)
    alias = ", ".join(f"c{i}" for i in range(len(lookups)))
    table = "organisations_establishment"
    select = (
        f"SELECT {', '.join(columns)} FROM ({sql}) AS t({alias}) "
        f"LEFT JOIN (SELECT DISTINCT ON (organisation_id, commune_id) organisation_id, commune_id, siret FROM {table} "
        f"ORDER BY organisation_id, commune_id, siret) e1 "
        f"ON e1.organisation_id = t.c{siret_index} AND e1.commune_id = t.c{commune_index} "
        f"LEFT JOIN (SELECT DISTINCT ON (organisation_id) organisation_id, siret FROM {table} "
        f"ORDER BY organisation_id, is_head_office DESC, siret) e2 ON e2.organisation_id = t.c{siret_index}")
    return select, sql_params


def _pg_laureates_csv(params: dict):
    """PostgreSQL writes the CSV itself (COPY … TO STDOUT): rows never become Python objects, so a
    million-row export takes seconds, in constant memory (blocks of ~256 kB are passed on)."""
    from django.db import connection

    select, sql_params = _pg_select(params)
    yield ("\ufeff" + ",".join(name for name, _ in LAUREATE_COLUMNS) + "\r\n").encode("utf-8")
    with connection.cursor() as cursor:
        cursor.execute("SET jit = off")  # JIT compilation costs more than it saves on this plain scan
        try:
            with cursor.cursor.copy(f"COPY ({select}) TO STDOUT WITH (FORMAT csv)", sql_params) as copy:
                buffer, size = [], 0
                for block in copy:
                    buffer.append(bytes(block))
                    size += len(block)
                    if size >= 256 * 1024:
                        yield b"".join(buffer)
                        buffer, size = [], 0
                if buffer:
                    yield b"".join(buffer)
        finally:
            cursor.execute("RESET jit")


def _json_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is not None and not isinstance(value, (bool, int, float, str)):
        return str(value)
    return value


def laureates_json(params: dict):
    names = [name for name, _ in LAUREATE_COLUMNS]
    yield '{"licence": "Licence Ouverte 2.0", "filtres": ' + json.dumps(
        {k: str(v) for k, v in params.items()}, ensure_ascii=False) + ', "laureats": ['
    first = True
    buffer = []
    for row in export_rows(params):
        item = json.dumps({n: _json_value(v) for n, v in zip(names, row)}, ensure_ascii=False)
        buffer.append(item if first else "," + item)
        first = False
        if len(buffer) >= 500:
            yield "".join(buffer)
            buffer = []
    buffer.append("]}")
    yield "".join(buffer)


def laureates_xlsx(params: dict):
    """An XLSX file object (unlinked temporary file: freed when closed). Cells are typed; strings are
    written as strings, never as formulas."""
    import xlsxwriter

    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False,
                                              "strings_to_urls": False, "remove_timezone": True})
        sheet = workbook.add_worksheet("lauréats")
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        names = [name for name, _ in LAUREATE_COLUMNS]
        sheet.write_row(0, 0, names)
        for r, row in enumerate(export_rows(params), start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_string(r, c, "oui" if value else "non")
                elif isinstance(value, (int, float, Decimal)):
                    sheet.write_number(r, c, float(value))
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
                else:
                    sheet.write_string(r, c, str(value))
        workbook.close()
        handle = open(path, "rb")
    finally:
        os.unlink(path)  # the open handle keeps the data until the response closes it
    return handle


# --- SCDL « subventions » 2.1.1 -----------------------------------------------------------------

def _attributors() -> dict[int, tuple[str, str]]:
    """programme id → (name, SIRET) of its operator, for operators whose SIRET is known."""
    from relocalisation.organisations.models import Establishment
    from relocalisation.programmes.models import Programme

    result = {}
    for programme in Programme.objects.select_related("operator").exclude(operator=None):
        siret = (Establishment.objects.filter(organisation=programme.operator)
                 .order_by("-is_head_office", "siret").values_list("siret", flat=True).first())
        if siret:
            result[programme.pk] = (programme.operator.name, siret)
    return result


def scdl_queryset(params: dict) -> tuple[QuerySet[Award], dict]:
    """Awards that can be published in the SCDL layout: a money amount, a decision date, a known
    attributor SIRET (the programme's operator) and a known beneficiary SIRET."""
    attributors = _attributors()
    qs = (with_siret(filter_awards(params))
          .filter(programme_id__in=list(attributors), aid_eur__gt=0, decided_on__isnull=False)
          .exclude(siret=None))
    return qs, attributors


def scdl_rows(params: dict):
    qs, attributors = scdl_queryset(params)
    rows = qs.order_by("decided_on", "id").values_list(
        "id", "external_key", "programme_id", "programme__name", "organisation__name", "siret", "project_name",
        "description", "aid_eur", "investment_eur", "decided_on").iterator(chunk_size=CHUNK)
    for (pk, key, programme_id, programme_name, beneficiary, siret, project, description, aid, investment,
         decided_on) in rows:
        attributor_name, attributor_siret = attributors[programme_id]
        subject = (project or description or f"Projet soutenu par {programme_name}").replace("\n", " ")[:256]
        # Share of the supported expense: aid / investment when both are known (capped at 100 %);
        # the SCDL asks for a figure, so 1 (100 %) stands for « not known » as in its examples.
        share = (min(Decimal(1), max(Decimal("0.01"), aid / investment)).quantize(Decimal("0.0001"))
                 if investment else Decimal(1))
        yield (attributor_name, attributor_siret, decided_on, key or str(pk), beneficiary, siret, "", subject, aid,
               "aide en numéraire", "Non renseignées par la source", decided_on.isoformat(), "", "non", share,
               programme_name)


def scdl_csv(params: dict):
    return stream_csv(SCDL_FIELDS, scdl_rows(params), bom=False)

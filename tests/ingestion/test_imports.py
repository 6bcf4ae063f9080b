"""Bulk imports of laureates: parsing, round trip with our exports, idempotence, history, atomicity
and malformed files (issue 5)."""
import csv
import io
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from relocalisation.awards.models import Award
from relocalisation.ingestion import imports
from relocalisation.ingestion.imports import ImportRejected, parse_amount, parse_date
from relocalisation.organisations.models import Organisation

COMPARED = ["id", "programme_id", "call_id", "wave_id", "organisation__name", "organisation__siren", "project_name",
            "description", "commune_id", "department_id", "region_id", "sector_id", "naf_id", "size_category_id",
            "investment_eur", "aid_eur", "advisory_days", "engineering_days", "jobs_created", "jobs_kept",
            "jobs_created_delivered", "investment_delivered_eur", "decided_on", "is_synthetic"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def synthetic(db):
    from relocalisation.ingestion.synthetic import generate

    generate(60, seed=21)


def _import(data: bytes, filename="lauréats.csv", preset=None, default_programme=None):
    header, rows = imports.read_table(data, filename)
    mapping = imports.preset_mapping(preset) if preset else imports.guess_mapping(header)
    plan = imports.validate(header, rows, mapping, default_programme)
    return plan


def _export(client, fmt="csv", **params) -> bytes:
    response = client.get(f"/opendata/laureats.{fmt}", params)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else b"".join(response)


def _snapshot(qs):
    return sorted(tuple(str(v) for v in row) for row in qs.values_list(*COMPARED))


def _csv(header, rows, delimiter=";") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("text, expected", [
    ("1,2 M€", Decimal("1200000")), ("300 000 €", Decimal("300000")), ("300\u202f000\u00a0€", Decimal("300000")),
    ("2 Md€", Decimal("2000000000")), ("1.234.567,89", Decimal("1234567.89")), ("1,234,567.89", Decimal("1234567.89")),
    ("538 millions d'euros", Decimal("538000000")), ("12,5", Decimal("12.5")), ("300.000", Decimal("300000")),
    ("45 k€", Decimal("45000")), (1500000.0, Decimal("1500000")), ("", None),
])
def test_french_amounts(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["beaucoup", "1,2 M$", "-300 €", "12 M€ 4", "∞"])
def test_unreadable_amounts_are_errors(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_dates():
    import datetime as dt

    assert parse_date("03/02/2024") == dt.date(2024, 2, 3)
    assert parse_date("2024-02-03") == dt.date(2024, 2, 3)
    assert parse_date(dt.datetime(2024, 2, 3, 0, 0)) == dt.date(2024, 2, 3)
    for bad in ("31/02/2024", "demain", "03/02/1850"):
        with pytest.raises(ValueError):
            parse_date(bad)


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_export_then_import_gives_the_same_awards(client, synthetic, fmt):
    before = _snapshot(Award.objects.all())
    data = _export(client, fmt)
    Award.objects.all().delete()
    plan = _import(data, f"laureats.{fmt}")
    assert plan.is_valid, [r.errors for r in plan.invalid][:3]
    assert plan.count("create") == len(before)
    imports.apply(plan)
    assert _snapshot(Award.objects.all()) == before
    # and the synthetic ones keep their label
    assert Award.objects.filter(is_synthetic=True, origin="synthetic").count() == 60


@pytest.mark.django_db
def test_reimporting_the_same_file_changes_nothing(client, synthetic):
    data = _export(client)
    count = Award.objects.count()
    first = _import(data)
    assert first.count("unchanged") == count and first.count("create") == 0
    call_command("import_awards", _write(data), stdout=io.StringIO())
    call_command("import_awards", _write(data), stdout=io.StringIO())
    assert Award.objects.count() == count


def _write(data: bytes, suffix=".csv") -> str:
    import tempfile

    handle = tempfile.NamedTemporaryFile(delete=False, suffix=suffix)
    handle.write(data)
    handle.close()
    return handle.name


@pytest.mark.django_db
def test_new_list_is_idempotent_and_a_changed_row_updates_with_history(db):
    from relocalisation.ingestion.models import AwardRevision

    header = ["Entreprise", "SIRET", "Projet", "Commune", "Département", "Montant de l'aide", "Investissement",
              "Date", "Emplois"]
    rows = [["Oxxius", "73282932000074", "Lasers", "Lannion", "22", "1,2 M€", "4 000 000 €", "15/03/2022", "20"],
            ["BioWest", "", "Culture cellulaire", "", "", "300 000 €", "", "2022-03-15", ""]]
    mapping = {"entreprise": "Entreprise", "siret": "SIRET", "projet": "Projet", "commune": "Commune",
               "departement": "Département", "aide_eur": "Montant de l'aide", "investissement_eur": "Investissement",
               "date_decision": "Date", "emplois_crees": "Emplois", "dispositif": "Dispositif"}
    header.append("Dispositif")
    for row in rows:
        row.append("secteurs-critiques")
    plan = imports.validate(*imports.read_table(_csv(header, rows), "l.csv"), mapping)
    assert plan.is_valid, [r.errors for r in plan.rows]
    assert plan.count("create") == 2
    imports.apply(plan)
    oxxius = Award.objects.get(project_name="Lasers")
    assert oxxius.commune_id == "22113" and oxxius.department_id == "22" and oxxius.region_id == "53"
    assert oxxius.aid_eur == Decimal("1200000") and oxxius.investment_eur == Decimal("4000000")
    assert oxxius.organisation.siren == "732829320"
    assert oxxius.organisation.establishments.filter(siret="73282932000074").exists()
    again = imports.validate(*imports.read_table(_csv(header, rows), "l.csv"), mapping)
    assert again.count("unchanged") == 2
    rows[0][5] = "1,5 M€"
    changed = imports.validate(*imports.read_table(_csv(header, rows), "l.csv"), mapping)
    assert [r.action for r in changed.rows] == ["update", "unchanged"]
    imports.apply(changed)
    assert Award.objects.filter(project_name="Lasers").count() == 1
    oxxius.refresh_from_db()
    assert oxxius.aid_eur == Decimal("1500000")
    revision = AwardRevision.objects.get(award=oxxius)
    assert revision.changes == {"aid_eur": ["1200000", "1500000"]}


@pytest.mark.django_db
def test_one_bad_row_rejects_the_whole_file(client, synthetic):
    before = _snapshot(Award.objects.all())
    orgs = Organisation.objects.count()
    header = ["entreprise", "dispositif", "commune_insee", "aide_eur", "siret"]
    rows = [["Nouvelle A", "secteurs-critiques", "38185", "1 M€", ""],
            ["Nouvelle B", "secteurs-critiques", "99999", "beaucoup", "123"]]
    path = _write(_csv(header, rows))
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_awards", path, stdout=out)
    report = out.getvalue()
    assert "ligne 3" in report and "Commune inconnue" in report and "montant illisible" in report
    assert "SIRET doit compter 14 chiffres" in report
    assert _snapshot(Award.objects.all()) == before
    assert Organisation.objects.count() == orgs


@pytest.mark.django_db(transaction=True)
def test_a_failure_while_writing_leaves_everything_unchanged(reference_tx, monkeypatch):
    header = ["entreprise", "dispositif", "commune_insee", "aide_eur"]
    rows = [[f"Entreprise {i}", "secteurs-critiques", "38185", "1 M€"] for i in range(30)]
    plan = imports.validate(*imports.read_table(_csv(header, rows), "l.csv"),
                            imports.guess_mapping(header))
    assert plan.is_valid
    awards, orgs = Award.objects.count(), Organisation.objects.count()

    def boom(model, columns, count, **kwargs):  # the organisations are written first, then this fails
        raise RuntimeError("disque plein")

    monkeypatch.setattr(imports, "insert_columns", boom)
    with pytest.raises(RuntimeError):
        imports.apply(plan)
    assert Award.objects.count() == awards
    assert Organisation.objects.count() == orgs  # the organisations created before were rolled back


@pytest.mark.django_db
def test_scdl_layout_import(db):
    header = ["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
              "idBeneficiaire", "objet", "montant", "dispositifAide"]
    rows = [["État", "11000101300017", "2021-06-01", "DEC-2021-001", "Oxxius", "73282932000074", "LaCIO", "1200000",
             "(Re)localisations dans les secteurs critiques"]]
    plan = _import(_csv(header, rows, delimiter=","), preset="scdl")
    assert plan.is_valid, plan.rows[0].errors
    imports.apply(plan)
    award = Award.objects.get(external_key="DEC-2021-001")
    assert award.programme.slug == "secteurs-critiques" and award.aid_eur == Decimal("1200000")


@pytest.mark.django_db
def test_commune_by_name_needs_the_department_when_ambiguous(db):
    from relocalisation.territories.models import Commune
    from django.db.models import Count

    name = (Commune.objects.filter(kind="commune-actuelle").values("name_normalized")
            .annotate(n=Count("code")).filter(n__gt=1).order_by("name_normalized")
            .values_list("name_normalized", flat=True).first())
    commune = Commune.objects.filter(name_normalized=name).first()
    header = ["entreprise", "dispositif", "commune", "departement"]
    plan = _import(_csv(header, [["A", "secteurs-critiques", commune.name, ""]]))
    assert "Plusieurs communes" in plan.rows[0].errors[0]
    plan = _import(_csv(header, [["A", "secteurs-critiques", commune.name, commune.department_id]]))
    assert plan.is_valid and plan.rows[0].data["commune_id"] == commune.code


# --- Malformed files: a clear French report, nothing changed -------------------------------------

def _rejected(data: bytes, filename="f.csv") -> str:
    with pytest.raises(ImportRejected) as info:
        header, rows = imports.read_table(data, filename)
        imports.map_columns(header, imports.guess_mapping(header))
    return " ".join(info.value.messages)


@pytest.mark.django_db
def test_wrong_encoding():
    data = "entreprise;dispositif\nSociété Générale d'Usinage;secteurs-critiques\n".encode("cp1252")
    assert "n'est pas encodé en UTF-8" in _rejected(data)
    assert "octets nuls" in _rejected("entreprise;x\n".encode("utf-16"))


@pytest.mark.django_db
def test_wrong_delimiter_and_missing_columns():
    assert "séparateur n'est pas reconnu" in _rejected(b"entreprise dispositif\nA B\n")
    assert "Colonne obligatoire manquante" in _rejected(b"nom;montant\nA;1\n")
    assert "varie d'une ligne" in _rejected(b"entreprise;dispositif\nA,1;x;y;z\nB;x;y;z\nC\"x;y;z;t\n")


@pytest.mark.django_db
def test_garbage_and_oversized_files(settings):
    import os

    assert "octets nuls" in _rejected(os.urandom(200_000))
    assert "vide" in _rejected(b"")
    assert "illisible" in _rejected(b"PK\x03\x04" + os.urandom(5000), "f.xlsx")
    settings.IMPORT_MAX_BYTES = 1000
    assert "taille maximale" in _rejected(b"entreprise;dispositif\n" + b"a;b\n" * 500)


@pytest.mark.django_db
def test_xlsx_formulas_are_refused():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["entreprise", "dispositif", "aide_eur"])
    sheet.append(["A", "secteurs-critiques", 1000])
    sheet.append(["B", "secteurs-critiques", "=A2*2"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    message = _rejected(buffer.getvalue(), "f.xlsx")
    assert "formule" in message and "C3" in message


@pytest.mark.django_db
def test_import_command_exit_codes(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CommandError, match="refusé"):
        call_command("import_awards", str(bad), stdout=io.StringIO(), stderr=io.StringIO())
    good = tmp_path / "good.csv"
    good.write_bytes(_csv(["entreprise", "commune_insee", "aide_eur"], [["Nouvelle", "38185", "1 M€"]]))
    out = io.StringIO()
    call_command("import_awards", str(good), "--programme", "secteurs-critiques", "--dry-run", stdout=out)
    assert "1 à créer" in out.getvalue() and not Award.objects.filter(organisation__name="Nouvelle").exists()
    err = io.StringIO()
    with pytest.raises(CommandError, match="refusé"):
        call_command("import_awards", str(good), "--preset", "inconnu", stdout=io.StringIO(), stderr=err)
    assert "Modèle de correspondance inconnu" in err.getvalue()


# --- Set-based write: many changed rows, each with its own changes (issue 5) ---------------------

HEADER = ["entreprise", "dispositif", "commune_insee", "commune", "departement", "aide_eur", "date_decision",
          "emplois_crees", "cle_import"]


def _rows():
    return [["Alpha", "secteurs-critiques", "38185", "", "", "1,2 M€", "15/03/2022", "10", "k-1"],
            ["Beta", "secteurs-critiques", "", "Lannion", "22", "300 000 €", "2022-03-15", "", "k-2"],
            ["Gamma", "secteurs-critiques", "69123", "", "", "", "01/01/2023", "5", "k-3"],
            ["Delta", "secteurs-critiques", "63113", "", "", "45 k€", "", "7", "k-4"]]


def _plan(rows):
    return imports.validate(*imports.read_table(_csv(HEADER, rows), "l.csv"), imports.guess_mapping(HEADER))


@pytest.mark.django_db
def test_changed_rows_update_only_their_changes_and_keep_the_history(db):
    import datetime as dt

    from relocalisation.ingestion.models import AwardRevision

    imports.apply(_plan(_rows()))
    before = {a.external_key: a for a in Award.objects.filter(external_key__startswith="k-")}
    assert before["k-2"].commune_id == "22113" and before["k-4"].aid_eur == Decimal("45000")
    rows = _rows()
    rows[0][5] = "1,5 M€"                          # Alpha: the aid
    rows[1][3:5] = ["", ""]                        # Beta: no place any more
    rows[1][2] = "38185"                           # … then another commune
    rows[2][6], rows[2][7] = "02/01/2023", ""      # Gamma: date and jobs (to empty)
    plan = _plan(rows)
    assert [r.action for r in plan.rows] == ["update", "update", "update", "unchanged"]
    counts = imports.apply(plan)
    assert counts["updated"] == 3 and counts["created"] == 0
    after = {a.external_key: a for a in Award.objects.filter(external_key__startswith="k-")}
    assert Award.objects.filter(external_key__startswith="k-").count() == 4
    assert after["k-1"].aid_eur == Decimal("1500000") and after["k-1"].decided_on == dt.date(2022, 3, 15)
    assert after["k-1"].jobs_created == 10 and after["k-1"].commune_id == "38185"
    assert (after["k-2"].commune_id, after["k-2"].department_id, after["k-2"].region_id) == ("38185", "38", "84")
    assert after["k-2"].aid_eur == Decimal("300000")
    assert after["k-3"].decided_on == dt.date(2023, 1, 2) and after["k-3"].jobs_created is None
    assert after["k-3"].commune_id == "69123"
    assert after["k-4"].updated_at == before["k-4"].updated_at  # unchanged row untouched
    assert all(after[k].updated_at > before[k].updated_at for k in ("k-1", "k-2", "k-3"))
    history = {r.award.external_key: r.changes for r in AwardRevision.objects.select_related("award")}
    assert history == {
        "k-1": {"aid_eur": ["1200000", "1500000"]},
        "k-2": {"commune_id": ["22113", "38185"], "department_id": ["22", "38"], "region_id": ["53", "84"]},
        "k-3": {"decided_on": ["2023-01-01", "2023-01-02"], "jobs_created": ["5", None]},
    }
    again = _plan(rows)
    assert again.count("unchanged") == 4  # idempotent after the update too


@pytest.mark.django_db(transaction=True)
def test_a_failure_after_the_updates_leaves_everything_unchanged(reference_tx, monkeypatch):
    from relocalisation.ingestion.models import AwardRevision

    imports.apply(_plan(_rows()))
    before = _snapshot(Award.objects.all())
    rows = _rows()
    rows[0][5], rows[2][5] = "9 M€", "1 M€"
    rows.append(["Epsilon", "secteurs-critiques", "38185", "", "", "1 M€", "", "", "k-5"])
    plan = _plan(rows)
    assert plan.count("update") == 2 and plan.count("create") == 1
    real_insert = imports.insert_rows

    def boom(model, rows, **kwargs):
        if model is AwardRevision:  # the awards are created and updated by now
            raise RuntimeError("disque plein")
        return real_insert(model, rows, **kwargs)

    monkeypatch.setattr(imports, "insert_rows", boom)
    with pytest.raises(RuntimeError):
        imports.apply(plan)
    assert _snapshot(Award.objects.all()) == before
    assert not Organisation.objects.filter(name="Epsilon").exists()
    assert not AwardRevision.objects.exists()


@pytest.mark.django_db
def test_commune_by_name_without_department_when_the_name_is_unique(db):
    header = ["entreprise", "dispositif", "commune"]
    plan = _import(_csv(header, [["A", "secteurs-critiques", "Lannion"], ["B", "secteurs-critiques", "Nulle-Part-Sur-Mer"]]))
    assert plan.rows[0].data["commune_id"] == "22113" and plan.rows[0].action == "create"
    assert plan.rows[1].errors == ["Commune introuvable : « Nulle-Part-Sur-Mer »."]


@pytest.mark.django_db
def test_row_errors_are_reported_word_for_word(db):
    header = ["entreprise", "dispositif", "commune_insee", "aide_eur", "date_decision", "emplois_crees", "siret"]
    plan = _import(_csv(header, [["A", "secteurs-critiques", "38185", "beaucoup", "31/02/2024", "-3", "73282932000075"],
                                 ["B", "secteurs-critiques", "38185", "1,2 M€", "15/03/2022", "12", "73282932000074"]]))
    assert plan.rows[0].errors == [
        "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas.",
        "Aide publique (€) : montant illisible : « beaucoup » (exemples admis : 300 000 €, 1,2 M€, 2 Md€).",
        "Emplois créés : nombre entier positif attendu : « -3 ».",
        "Date de décision : date illisible : « 31/02/2024 » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).",
    ]
    assert plan.rows[1].errors == [] and plan.rows[1].data["siren"] == "732829320"


@pytest.mark.django_db
def test_wave_without_call_column_sets_the_call_of_that_row_only(db):
    from relocalisation.programmes.models import Wave

    wave = Wave.objects.select_related("call__programme").order_by("id").first()
    programme = wave.call.programme
    if wave.call_id != programme.calls.order_by("id").first().pk:
        pytest.skip("the reference wave is not on the programme's first call")
    header = ["entreprise", "dispositif", "vague", "cle_import"]
    plan = _import(_csv(header, [["Sans vague", programme.slug, "", "w-1"], ["Avec vague", programme.slug, str(wave.number), "w-2"]]))
    assert plan.is_valid, [r.errors for r in plan.rows]
    imports.apply(plan)
    without, with_wave = Award.objects.get(external_key="w-1"), Award.objects.get(external_key="w-2")
    assert (without.call_id, without.wave_id) == (None, None)
    assert (with_wave.call_id, with_wave.wave_id) == (wave.call_id, wave.pk)

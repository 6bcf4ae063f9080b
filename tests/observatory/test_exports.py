import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from relocalisation.awards.models import Award
from relocalisation.observatory.exports import LAUREATE_COLUMNS, SCDL_FIELDS

SCHEMA = Path(__file__).resolve().parents[2] / "src/relocalisation/opendata_schemas/scdl-subventions-2.1.1.schema.json"


def _schema():
    from frictionless import Schema

    return Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _body(response) -> bytes:
    assert response.streaming or response.get("Content-Disposition")
    return b"".join(response.streaming_content) if hasattr(response, "streaming_content") else response.content


def _csv(response):
    return list(csv.DictReader(io.StringIO(_body(response).decode("utf-8-sig"))))


@pytest.mark.django_db
def test_csv_export_follows_filters(client, synthetic_awards):
    award = Award.objects.filter(is_synthetic=True).first()
    response = client.get("/opendata/laureats.csv", {"region": award.region_id})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = _csv(response)
    assert list(rows[0]) == [name for name, _ in LAUREATE_COLUMNS]
    assert len(rows) == Award.objects.filter(region=award.region_id).count()
    assert {r["region"] for r in rows} == {award.region_id}
    total = sum(Decimal(r["aide_eur"] or 0) for r in rows)
    assert total == sum(a.aid_eur or 0 for a in Award.objects.filter(region=award.region_id))


@pytest.mark.django_db
def test_json_and_xlsx_exports(client, synthetic_awards):
    award = Award.objects.filter(is_synthetic=True).first()
    expected = Award.objects.filter(sector=award.sector_id).count()
    data = json.loads(_body(client.get("/opendata/laureats.json", {"sector": award.sector_id})))
    assert data["filtres"] == {"sector": award.sector_id}
    assert len(data["laureats"]) == expected
    assert all(item["secteur"] == award.sector_id for item in data["laureats"])

    from openpyxl import load_workbook

    response = client.get("/opendata/laureats.xlsx", {"sector": award.sector_id})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(_body(response)), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(name for name, _ in LAUREATE_COLUMNS)
    assert len(rows) == expected + 1


@pytest.mark.django_db
def test_cells_that_look_like_formulas_are_neutralised(client, synthetic_awards):
    award = Award.objects.filter(is_synthetic=True).first()
    award.project_name = "=HYPERLINK(\"http://x\")"
    award.save()
    rows = _csv(client.get("/opendata/laureats.csv", {"q": "hyperlink"}))
    assert rows[0]["projet"].startswith("'=")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(_body(client.get("/opendata/laureats.xlsx", {"q": "hyperlink"})))).active
    cell = sheet.cell(row=2, column=[n for n, _ in LAUREATE_COLUMNS].index("projet") + 1)
    assert cell.data_type == "s" and cell.value == award.project_name


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/opendata/laureats.csv?date_from=demain", "/opendata/subventions.csv?region=XX"])
def test_bad_filters_give_a_french_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Filtres invalides" in response.content.decode()


@pytest.fixture
def scdl_ready(synthetic_awards):
    """Give the operators and beneficiaries SIRETs (valid Luhn keys) so the SCDL export has rows."""
    from stdnum import luhn

    from relocalisation.organisations.models import Establishment, Organisation
    from relocalisation.programmes.models import Programme

    def siret(n):
        siren = f"{n:08d}"
        siren += luhn.calc_check_digit(siren)
        body = siren + "0001"
        return body + luhn.calc_check_digit(body)

    for i, programme in enumerate(Programme.objects.exclude(operator=None).select_related("operator")):
        Establishment.objects.get_or_create(siret=siret(10_000 + i), defaults={
            "organisation": programme.operator, "is_head_office": True})
    for i, org in enumerate(Organisation.objects.filter(awards__is_synthetic=True).distinct()[:30]):
        Establishment.objects.create(siret=siret(20_000 + i), organisation=org, commune=org.commune)


@pytest.mark.django_db
def test_scdl_export_is_valid_against_the_official_schema(client, scdl_ready, tmp_path):
    from frictionless import Resource

    from relocalisation.organisations.identifiers import is_valid_siret

    response = client.get("/opendata/subventions.csv")
    assert response.status_code == 200
    path = tmp_path / "subventions.csv"
    path.write_bytes(_body(response))
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) >= 10, "the fixture gives SIRETs to enough beneficiaries"
    assert list(rows[0]) == SCDL_FIELDS
    report = Resource(path=path.name, basepath=str(tmp_path), schema=_schema()).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    # The schema's custom checks (run by validata, not by frictionless): SIRETs are real SIRETs.
    assert all(is_valid_siret(r["idAttribuant"]) and is_valid_siret(r["idBeneficiaire"]) for r in rows)


@pytest.mark.django_db
def test_scdl_validation_detects_a_broken_file(tmp_path):
    """The check above can fail: a file missing a required value is reported invalid."""
    from frictionless import Resource

    path = tmp_path / "bad.csv"
    path.write_text(",".join(SCDL_FIELDS) + "\n" + "X,123,2024-01-01,,B,,,objet,abc,aide en numéraire,u,2024-01-01,,false,2,d\n",
                    encoding="utf-8")
    assert not Resource(path=path.name, basepath=str(tmp_path), schema=_schema()).validate().valid


@pytest.mark.django_db
def test_exported_siret_is_the_establishment_in_the_award_commune_else_the_head_office(client):
    from relocalisation.organisations.models import Establishment, Organisation
    from relocalisation.programmes.models import Programme

    org = Organisation.objects.create(name="Multisite", siren="732829320")
    Establishment.objects.create(siret="73282932000074", organisation=org, commune_id="22113")
    Establishment.objects.create(siret="73282932000033", organisation=org, commune_id="38185", is_head_office=True)
    programme = Programme.objects.get(slug="secteurs-critiques")
    for code in ("22113", "44162"):
        Award.objects.create(programme=programme, organisation=org, commune_id=code, origin="import",
                             project_name=f"site {code}")
    rows = {r["commune_insee"]: r["siret"] for r in _csv(client.get("/opendata/laureats.csv", {"q": "multisite"}))}
    assert rows == {"22113": "73282932000074", "44162": "73282932000033"}

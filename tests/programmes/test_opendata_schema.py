"""The catalogue export validates against Etalab's official « dispositifs d'aides pour les
professionnels » Table Schema (shipped in the package), with frictionless."""
import json
from importlib import resources

import pytest
from frictionless import Resource, Schema

pytestmark = pytest.mark.django_db


def test_dispositifs_csv_validates_against_etalab_schema(client, tmp_path):
    path = tmp_path / "dispositifs.csv"
    path.write_bytes(b"".join(client.get("/opendata/dispositifs.csv").streaming_content))
    schema_path = resources.files("relocalisation") / "opendata_schemas" / "etalab-dispositif-aide-professionnels-0.2.0.schema.json"
    schema = Schema.from_descriptor(json.loads(schema_path.read_text()))
    report = Resource(path="dispositifs.csv", basepath=str(tmp_path), schema=schema).validate()
    errors = [f"{e.type}: {e.note}" for task in report.tasks for e in task.errors]
    assert report.valid, errors[:10]


def test_schema_validation_can_fail(tmp_path):
    """Guard: the same check rejects a file that breaks the schema (missing required values)."""
    schema_path = resources.files("relocalisation") / "opendata_schemas" / "etalab-dispositif-aide-professionnels-0.2.0.schema.json"
    schema = Schema.from_descriptor(json.loads(schema_path.read_text()))
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(f.name for f in schema.fields) + "\n" + ",".join("x" if f.name == "titre" else "" for f in schema.fields) + "\n")
    report = Resource(path="bad.csv", basepath=str(tmp_path), schema=schema).validate()
    assert not report.valid
    assert any(e.type == "constraint-error" for task in report.tasks for e in task.errors)

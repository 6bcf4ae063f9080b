"""The two commands: extract_press (JSON Lines) and eval_press (per-field scores)."""
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

OWN = Path(__file__).parent / "press_articles"


def test_extract_press_json_lines_shape(tmp_path):
    (tmp_path / "vide.txt").write_text("")
    out = StringIO()
    call_command("extract_press", str(OWN / "a01_sarthe_puces.txt"), str(tmp_path), "--json", stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["source"] == "a01_sarthe_puces.txt"
    assert {"programme", "date", "new_laureates", "investment_eur", "aid_eur", "envelope_eur",
            "previous_laureates", "evidence"} <= set(first["announcement"])
    lau = first["laureates"][0]
    assert {"organisation", "project", "commune_insee", "department_code", "region_code", "sector",
            "investment_eur", "aid_eur", "jobs_created", "evidence", "confidence"} <= set(lau)
    assert isinstance(lau["investment_eur"], int)
    assert all(isinstance(v, list) and len(v) == 2 for v in lau["evidence"].values())
    assert second["source"] == "vide.txt" and second["laureates"] == [] and second["error"]


def test_extract_press_human_output():
    out = StringIO()
    call_command("extract_press", str(OWN / "a06_sans_laureat.txt"), stdout=out)
    assert "Aucun lauréat" in out.getvalue()


def test_extract_press_without_input(tmp_path):
    with pytest.raises(CommandError):
        call_command("extract_press", str(tmp_path), "--json", stdout=StringIO())


def test_eval_press_reports_per_field_scores():
    out = StringIO()
    call_command("eval_press", str(OWN / "gold.json"), str(OWN), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["laureates"]["f1"] >= 0.95
    assert "laureate.commune_insee" in report["fields"] and "announcement.programme" in report["fields"]
    out = StringIO()
    call_command("eval_press", str(OWN / "gold.json"), str(OWN), stdout=out)
    assert "précision" in out.getvalue() and "champs (micro)" in out.getvalue()


def test_eval_press_bad_gold(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(CommandError):
        call_command("eval_press", str(bad), str(OWN), stdout=StringIO())

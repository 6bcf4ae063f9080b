import gzip

import duckdb
import polars as pl
import pytest
from django.core.management import CommandError, call_command

from relocalisation.detection import registry, scoring, selectors, services
from relocalisation.detection.models import (EstablishmentSignal, RegistryJob, RegistryVersion, ScoreRun,
                                             ScoringWeights)
from relocalisation.detection.synthetic import generate
from relocalisation.territories.models import Commune

pytestmark = pytest.mark.django_db


def expected_kept(path) -> tuple[int, int]:
    df = pl.read_csv(path, infer_schema=False)
    known = set(Commune.objects.values_list("code", flat=True))
    kept = df.filter((pl.col("etatAdministratifEtablissement") == "A")
                     & pl.col("codeCommuneEtablissement").is_in(list(known)))
    return df.height, kept.height


def test_generator_layout_and_synthetic_label(registry_file):
    df = pl.read_csv(registry_file, infer_schema=False)
    for column in registry.REQUIRED_COLUMNS + ("siren", "nic", "dateCreationEtablissement"):
        assert column in df.columns
    assert df["siret"].n_unique() == df.height
    assert df["denominationUsuelleEtablissement"].str.starts_with("SYNTHETIQUE").all()
    assert set(df["trancheEffectifsEtablissement"].unique()) <= set(registry.HEADCOUNT_BANDS)
    assert "SYNTHÉTIQUES" in open(str(registry_file) + ".SYNTHETIC.txt", encoding="utf-8").read()
    with pytest.raises(SystemExit):
        generate(10, registry_file.parent / "real.csv", quiet=True)


def test_import_counts_rows_and_swaps_versions(var_dir, registry_file, capsys, django_capture_on_commit_callbacks):
    call_command("import_registry", str(registry_file))
    out = capsys.readouterr().out
    read, kept = expected_kept(registry_file)
    assert f"Lignes lues : {read}" in out and f"Lignes retenues : {kept}" in out and "100 %" in out
    first = RegistryVersion.objects.get(is_current=True)
    assert first.synthetic and (var_dir / "registry" / first.file_name).exists()
    job = RegistryJob.objects.get(kind="import")
    assert job.status == "done" and job.progress == 100 and job.rows_kept == kept
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_registry", str(registry_file), "--no-progress")
    current = RegistryVersion.objects.get(is_current=True)
    assert current.pk != first.pk
    assert not (var_dir / "registry" / first.file_name).exists()  # old file removed after the swap
    rows = duckdb.sql(f"SELECT count(*), count(DISTINCT siret), min(department) FROM "
                      f"read_parquet('{var_dir / 'registry' / current.file_name}')").fetchall()[0]
    assert rows[0] == rows[1] == kept and rows[2]


def test_import_parquet(var_dir, tmp_path):
    path = generate(500, tmp_path / "stock.synthetic.parquet", quiet=True)
    job = services.import_registry(str(path))
    assert job.rows_read == 500 and 0 < job.rows_kept < 500


def test_import_refuses_bad_files_in_french(var_dir, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("siret,foo\n12345678901234,x\n")
    with pytest.raises(CommandError, match="Colonnes obligatoires absentes.*activitePrincipaleEtablissement"):
        call_command("import_registry", str(bad), "--no-progress")
    with pytest.raises(CommandError, match="Format non reconnu"):
        call_command("import_registry", str(tmp_path / "x.xlsx"), "--no-progress") if (tmp_path / "x.xlsx").write_text("x") else None
    with pytest.raises(CommandError, match="introuvable"):
        call_command("import_registry", str(tmp_path / "none.csv"))
    assert not RegistryVersion.objects.exists()
    assert RegistryJob.objects.filter(status="failed").count() == 3


def test_import_keeps_only_active_wellformed_rows(var_dir, tmp_path):
    path = tmp_path / "mini.csv"
    header = ",".join(["siret", "activitePrincipaleEtablissement", "trancheEffectifsEtablissement",
                       "codeCommuneEtablissement", "etatAdministratifEtablissement", "dateCreationEtablissement"])
    path.write_text("\n".join([
        header,
        "44306184100047,21.10Z,22,38185,A,2001-05-03",   # kept
        "44306184100048,21.10Z,22,38185,F,2001-05-03",   # closed
        "4430618410004,21.10Z,22,38185,A,2001-05-03",    # 13 digits
        "44306184100049,21.10Z,22,99999,A,",             # unknown commune
        "44306184100050,,NN,38185,A,",                   # no NAF
        "44306184100051,25.62A,,69381,A,",               # kept, Lyon 1er arrondissement, empty band → NN
    ]) + "\n")
    job = services.import_registry(str(path))
    assert (job.rows_read, job.rows_kept) == (6, 2)
    version = RegistryVersion.objects.get(is_current=True)
    rows = duckdb.sql(f"SELECT siret, band, department, region FROM read_parquet('{var_dir / 'registry' / version.file_name}') "
                      "ORDER BY siret").fetchall()
    assert rows == [("44306184100047", "22", "38", "84"), ("44306184100051", "NN", "69", "84")]


def test_scores_are_explained_and_add_up(scored):
    page = selectors.search(scored, selectors.RegistryFilters(), limit=20)
    assert page.total > 1000
    scores = [row["score"] for row in page.rows]
    assert scores == sorted(scores, reverse=True)
    for row in page.rows:
        assert sum(f["contribution"] for f in row["factors"]) == pytest.approx(row["score"], abs=0.05)
        assert {f["name"] for f in row["factors"]} == set(scoring.FACTOR_LABELS)
    pharma = selectors.search(scored, selectors.RegistryFilters(naf="21"), limit=5).rows
    assert pharma and all(r["sector"] == "sante" and r["v_strategic"] == 1.0 for r in pharma)
    in_region = selectors.search(scored, selectors.RegistryFilters(region="84"), limit=5).rows
    assert all(r["v_region"] == 1.0 for r in in_region)
    out_region = selectors.search(scored, selectors.RegistryFilters(region="11"), limit=5).rows
    assert all(r["v_region"] == 0.0 for r in out_region)


def test_new_weights_version_and_signals_change_scores(scored, agency_user):
    row = selectors.search(scored, selectors.RegistryFilters(region="84", size="tpe"), limit=1).rows[0]
    before = row["score"]
    EstablishmentSignal.objects.create(agency=scored, siret=row["siret"], kind="extension", strength=1.0)
    weights = services.save_weights(scored, {"strategic": 0, "size": 0, "industrial_territory": 0, "region": 0,
                                             "exposure": 0, "signals": 100, "home_region_id": "84"}, user=agency_user)
    assert weights.version == 2 and ScoringWeights.objects.filter(agency=scored).count() == 2
    services.score_registry(scored)
    after = selectors.establishment(scored, row["siret"])
    assert after["score"] == 100.0 != before
    assert ScoreRun.objects.get(agency=scored, is_current=True).weights == weights
    # the other agency's scores are not affected by this agency's signals
    other = ScoreRun.objects.get(is_current=True, agency__name="Autre agence")
    assert other.weights.version == 1


def test_weights_refuse_all_zero(scored):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.save_weights(scored, {name: 0 for name in ScoringWeights.FACTORS})


def test_score_without_registry_is_refused(var_dir, agency):
    with pytest.raises(CommandError, match="Aucun registre importé"):
        call_command("score_registry")


def test_dependency_index_file(tmp_path, db):
    rows = scoring.default_dependency_rows()
    assert len(rows) == 88 and all("placeholder" in r["source"] for r in rows)
    good = tmp_path / "dep.csv"
    good.write_text("division,value,source\n21,0.9,test\n26,0.5,test\n")
    call_command("load_dependency_index", str(good))
    from relocalisation.detection.models import DependencyIndex

    assert DependencyIndex.objects.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("division,value\n2,0.9\n26,1.5\n")
    with pytest.raises(CommandError, match="ligne 2 .*ligne 3"):
        call_command("load_dependency_index", str(bad))
    assert DependencyIndex.objects.count() == 2  # unchanged

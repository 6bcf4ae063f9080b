import pytest
from django.contrib.auth import get_user_model

from relocalisation.detection import services
from relocalisation.detection.synthetic import generate
from relocalisation.organisations.models import Membership, Organisation, Role


@pytest.fixture
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


def make_user(username, org=None, role=None):
    user = get_user_model().objects.create_user(username=username, password="motdepasse-solide-42")
    if org is not None:
        Membership.objects.create(user=user, organisation=org, role=role)
    return user


@pytest.fixture
def agency(db):
    return Organisation.objects.create(kind=Organisation.Kind.AGENCY, name="Agence test")


@pytest.fixture
def other_agency(db):
    return Organisation.objects.create(kind=Organisation.Kind.AGENCY, name="Autre agence")


@pytest.fixture
def agency_user(agency):
    return make_user("chargee", agency, Role.AGENCY)


@pytest.fixture
def other_agency_user(other_agency):
    return make_user("autre", other_agency, Role.AGENCY)


@pytest.fixture
def company_user(db):
    company = Organisation.objects.create(kind=Organisation.Kind.COMPANY, name="Usine SA")
    return make_user("porteur", company, Role.APPLICANT)


@pytest.fixture(scope="session")
def registry_file(tmp_path_factory):
    return generate(3000, tmp_path_factory.mktemp("reg") / "StockEtablissement.synthetic.csv.gz", seed=7, quiet=True)


_SCORED: dict = {}


@pytest.fixture
def scored(settings, tmp_path_factory, registry_file, agency, other_agency):
    """The synthetic registry imported and scored for ``agency`` (région 84) and ``other_agency``.

    The DuckDB/Parquet files are computed once per session; each test gets fresh database rows
    pointing at them (the rows are rolled back with the test, the files stay)."""
    from relocalisation.detection.models import RegistryVersion, ScoreRun, ScoringWeights

    if not _SCORED:
        settings.VAR_DIR = tmp_path_factory.mktemp("scored")
        services.import_registry(str(registry_file))
        weights = services.current_weights(agency)
        weights.home_region_id = "84"
        weights.save()
        services.score_registry(agency)
        services.score_registry(other_agency)
        version = RegistryVersion.objects.get(is_current=True)
        _SCORED.update(dir=settings.VAR_DIR, version={f: getattr(version, f) for f in (
            "source_name", "file_name", "rows_read", "rows_kept", "synthetic")},
            runs={org.pk: (run.file_name, run.rows_scored) for org in (agency, other_agency)
                  for run in [ScoreRun.objects.get(agency=org, is_current=True)]})
        _SCORED["runs"] = {"agency": _SCORED["runs"][agency.pk], "other": _SCORED["runs"][other_agency.pk]}
        return agency
    settings.VAR_DIR = _SCORED["dir"]
    version = RegistryVersion.objects.create(is_current=True, **_SCORED["version"])
    for org, key, region in ((agency, "agency", "84"), (other_agency, "other", None)):
        weights = ScoringWeights.objects.create(agency=org, version=1, home_region_id=region)
        file_name, rows = _SCORED["runs"][key]
        ScoreRun.objects.create(agency=org, weights=weights, registry=version, file_name=file_name,
                                rows_scored=rows, is_current=True)
    return agency

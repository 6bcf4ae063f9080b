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


@pytest.fixture
def scored(var_dir, registry_file, agency, other_agency):
    services.import_registry(str(registry_file))
    weights = services.current_weights(agency)
    weights.home_region_id = "84"
    weights.save()
    services.score_registry(agency)
    services.score_registry(other_agency)
    return agency

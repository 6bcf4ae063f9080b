import pytest
from django.core.management import call_command

from relocalisation.activities.models import CriticalSector, NafCode
from relocalisation.awards.models import Award
from relocalisation.programmes.models import Programme
from relocalisation.territories.models import Commune, Department, Epci, Region

pytestmark = pytest.mark.django_db


def test_cog_is_complete():
    assert Region.objects.filter(zone="metro").count() == 13
    assert Region.objects.filter(zone="drom").count() == 5
    assert Department.objects.count() == 109
    assert Commune.objects.filter(kind="commune-actuelle").count() == 34969
    assert Epci.objects.count() == 1255


@pytest.mark.parametrize("code,name,dep,reg", [
    ("38053", "Bourgoin-Jallieu", "38", "84"), ("38068", "Champagnier", "38", "84"),
    ("38185", "Grenoble", "38", "84"), ("38344", "Roussillon", "38", "84"),
    ("44162", "Saint-Herblain", "44", "52"), ("49231", "Nuaillé", "49", "52"),
    ("22113", "Lannion", "22", "53"), ("30007", "Alès", "30", "76"),
])
def test_seed_communes(code, name, dep, reg):
    commune = Commune.objects.get(code=code)
    assert (commune.name, commune.department_id, commune.region_id) == (name, dep, reg)


def test_naf_hierarchy():
    sub = NafCode.objects.get(code="21.10Z")
    assert sub.level == "subclass" and sub.section == "C"
    assert sub.parent.code == "21.10" and sub.parent.parent.code == "21.1"
    assert sub.parent.parent.parent.code == "21" and sub.parent.parent.parent.parent.code == "C"
    assert NafCode.objects.filter(level="subclass").count() == 732
    assert NafCode.objects.filter(level="section").count() == 21


def test_critical_sectors():
    assert set(CriticalSector.objects.values_list("slug", flat=True)) == {
        "sante", "agroalimentaire", "electronique", "intrants-essentiels", "5g"}
    assert CriticalSector.objects.get(slug="sante").covers("21.10Z")


def _snapshot():
    from relocalisation.programmes.models import Call, EligibilityRule, FundingShare, Wave
    from relocalisation.organisations.models import Organisation

    models = [Region, Department, Commune, Epci, NafCode, CriticalSector, Programme, Call, Wave, EligibilityRule,
              FundingShare, Award, Organisation, Epci.communes.through]
    return {m.__name__: (m.objects.count(), sorted(str(v) for v in m.objects.values_list("pk", flat=True))[:50])
            for m in models}


def test_load_reference_is_idempotent():
    before = _snapshot()
    call_command("load_reference", stdout=open("/dev/null", "w"))
    assert _snapshot() == before

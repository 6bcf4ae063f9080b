import io

import pytest

from relocalisation.detection.models import Club, Lead, ScoreRun, Stage
from relocalisation.land.models import LandParcel, ParcelMatch
from relocalisation.organisations.models import Membership

pytestmark = pytest.mark.django_db


def test_demo_is_complete_and_idempotent(var_dir, client):
    from relocalisation.detection import demo as detection_demo
    from relocalisation.land import demo as land_demo

    for _ in range(2):
        out = io.StringIO()
        detection_demo.load(out)
        land_demo.load(out)
    agency = detection_demo.demo_agency()
    assert agency.kind == "agency" and agency.name == "Auvergne-Rhône-Alpes Entreprises"
    assert Membership.objects.filter(user__username="demo-agence", organisation=agency, role="agency").exists()
    assert set(Lead.objects.filter(agency=agency).values_list("stage", flat=True)) == set(Stage.values)
    assert Lead.objects.filter(agency=agency).count() == len(Stage.values)
    assert Club.objects.get(agency=agency).memberships.count() == 4
    assert LandParcel.objects.filter(agency=agency).count() == 5 and ParcelMatch.objects.exists()
    run = ScoreRun.objects.get(agency=agency, is_current=True)
    assert run.registry.synthetic and 2000 < run.rows_scored < 4000 and run.weights.home_region_id == "84"
    assert client.login(username="demo-agence", password=detection_demo.DEMO_PASSWORD)
    data = client.get("/api/v1/registry", {"region": "84", "limit": 3}).json()
    assert data["results"] and all(r["factors"][3]["value"] == 1.0 for r in data["results"])

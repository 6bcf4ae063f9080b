from decimal import Decimal

import pytest

from relocalisation.awards.models import Announcement, Award
from relocalisation.programmes.models import Programme

pytestmark = pytest.mark.django_db
M = Decimal(1_000_000)


def test_seed_programmes_figures():
    p = {x.slug: x for x in Programme.objects.all()}
    assert p["resilience"].investment_target_eur == 680 * M
    assert p["secteurs-critiques"].envelope_eur == 850 * M
    cvl = p["relocalisation-diversification-centre-val-de-loire"]
    assert cvl.envelope_eur == 300_000 and cvl.duration_months == 18
    call = cvl.calls.get()
    assert (call.advisory_days_min, call.advisory_days_max, call.public_share_percent) == (6, 12, 80)
    assert call.waves.get(number=1).deadline.date().isoformat() == "2022-01-28"
    rebond = p["rebond-industriel"]
    assert rebond.envelope_per_territory_eur == Decimal(1_500_000) and rebond.territories_target == 50
    assert rebond.calls.get().engineering_days == 100
    aura = p["plan-relocalisation-auvergne-rhone-alpes"]
    assert (aura.envelope_eur, aura.duration_months, aura.jobs_target, aura.club_size_target) == (1200 * M, 72, 30000, 100)
    for programme in p.values():
        assert programme.source.endswith(".txt")


def test_announcements():
    a = Announcement.objects.get(programme__slug="secteurs-critiques")
    assert (a.new_laureates, a.investment_eur, a.aid_eur, a.previous_laureates) == (72, 538 * M, 122 * M, 405)
    r = Announcement.objects.get(programme__slug="resilience")
    assert (r.new_laureates, r.laureates_in_scope, r.scope_department_id) == (31, 4, "38")


@pytest.mark.parametrize("name,project,commune,jobs,investment", [
    ("Seqens", "", "38053", None, 65 * M), ("Aledia", "", "38068", 450, 150 * M),
    ("Scalinx", "", "38185", 20, None), ("Novapex", "", "38344", None, None),
    ("Atlanta", "SEKKOIA", "44162", 25, None), ("BioWest", "MESPRCC", "49231", 11, None),
    ("Oxxius", "LaCIO", "22113", 20, None),
])
def test_seed_awards(name, project, commune, jobs, investment):
    award = Award.objects.get(organisation__name=name)
    assert award.project_name == project
    assert award.commune_id == commune and award.department_id == commune[:2]
    assert award.jobs_created == jobs and award.investment_eur == investment
    assert award.aid_eur is None or name == "Alès Agglomération"

import io

import pytest
from django.contrib.auth import get_user_model

from relocalisation.applications.models import Application, State
from relocalisation.awards.models import Award

pytestmark = pytest.mark.django_db

USERNAMES = ["demo-entreprise", "demo-entreprise-2", "demo-instructeur", "demo-comite", "demo-gestionnaire",
             "demo-admin"]


def _load():
    from relocalisation.applications import demo as applications_demo
    from relocalisation.organisations import demo as organisations_demo
    from relocalisation.programmes import demo as programmes_demo
    from relocalisation.review import demo as review_demo

    out = io.StringIO()
    for module in (organisations_demo, programmes_demo, applications_demo, review_demo):
        module.load(out)
    return out.getvalue()


def test_demo_accounts_and_dossiers_in_every_state_idempotent():
    _load()
    counts = {s: Application.objects.filter(state=s).count() for s in State.values}
    _load()
    assert {s: Application.objects.filter(state=s).count() for s in State.values} == counts
    assert all(counts[s] >= 1 for s in State.values), counts
    users = get_user_model().objects.filter(username__in=USERNAMES)
    assert users.count() == 6
    from relocalisation.organisations.demo import DEMO_PASSWORD

    assert all(u.check_password(DEMO_PASSWORD) for u in users)
    assert Award.objects.filter(origin="application", external_key__startswith="application:").count() == 1
    from relocalisation.programmes.demo import demo_wave

    wave = demo_wave()
    assert wave.is_open() and "démonstration" in wave.label

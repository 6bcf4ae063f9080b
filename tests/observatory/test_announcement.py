"""The announcement text, French number formatting, and figures computed from the awards."""
import datetime as dt
from decimal import Decimal

import pytest

from relocalisation.awards.models import Award, Origin
from relocalisation.observatory import selectors
from relocalisation.observatory.formatting import NBSP, NNBSP, format_eur, format_int

M = Decimal(1_000_000)


def test_seed_figures_give_the_published_sentence():
    text = selectors.announcement_text(72, 538 * M, 122 * M, 405)
    assert text == (f"72{NBSP}nouveaux lauréats, totalisant 538{NBSP}M€ d'investissements, soutenus à hauteur de "
                     f"122{NBSP}M€, qui s'ajoutent aux 405{NBSP}projets déjà soutenus.")


@pytest.mark.parametrize("value, expected", [
    (Decimal("300000"), f"300{NNBSP}000{NBSP}€"),
    (Decimal("1200000"), f"1,2{NBSP}M€"),
    (Decimal("538000000"), f"538{NBSP}M€"),
    (Decimal("1250000000"), f"1,3{NBSP}Md€"),
    (Decimal("850000000"), f"850{NBSP}M€"),
    (Decimal("999.5"), f"999,5{NBSP}€"),
    (None, "—"),
])
def test_french_money_formatting(value, expected):
    assert format_eur(value) == expected


def test_thousands_and_singular():
    assert format_int(1234567) == f"1{NNBSP}234{NNBSP}567"
    assert selectors.announcement_text(1, None, None) == f"1{NBSP}nouveau lauréat."


@pytest.mark.django_db
def test_announcement_computed_from_awards_of_a_wave():
    """72 awards in wave 2 summing to 538 M€ / 122 M€, after 405 in wave 1 → the seed sentence."""
    from relocalisation.organisations.models import Organisation
    from relocalisation.programmes.models import Call, Wave

    call = Call.objects.get(slug="secteurs-critiques")
    deadline = dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)
    wave1 = Wave.objects.create(call=call, number=91, deadline=deadline)
    wave2 = Wave.objects.create(call=call, number=92, deadline=deadline)
    org = Organisation.objects.create(name="Lauréat test")
    rows = [Award(programme=call.programme, call=call, wave=wave1, organisation=org, origin=Origin.IMPORT)
            for _ in range(405)]
    for i in range(72):  # 71 × 7 M€ + 41 M€ = 538 M€; 71 × 1,6 M€ + 8,4 M€ = 122 M€
        last = i == 71
        rows.append(Award(programme=call.programme, call=call, wave=wave2, organisation=org, origin=Origin.IMPORT,
                          investment_eur=41 * M if last else 7 * M,
                          aid_eur=Decimal("8.4") * M if last else Decimal("1.6") * M,
                          decided_on=dt.date(2021, 6, 1)))
    Award.objects.bulk_create(rows)
    data = selectors.announcement({"wave": wave2.pk}, "sector")
    assert data["text"].startswith(f"72{NBSP}nouveaux lauréats")
    assert f"totalisant 538{NBSP}M€" in data["text"]
    assert f"hauteur de 122{NBSP}M€" in data["text"]
    assert f"aux 405{NBSP}projets" in data["text"]
    assert sum(g["awards"] for g in data["groups"]) == 72

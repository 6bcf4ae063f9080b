"""Aggregates equal the sum of the rows under every filter, for every grouping (SQLite and PostgreSQL)."""
import datetime as dt
from decimal import Decimal

import pytest

from relocalisation.awards.models import Award
from relocalisation.awards.selectors import filter_awards
from relocalisation.observatory import selectors


def _python_totals(params):
    rows = list(filter_awards(params).values("investment_eur", "aid_eur", "jobs_created"))
    return {
        "awards": len(rows),
        "investment_eur": sum((r["investment_eur"] or Decimal(0) for r in rows), Decimal(0)),
        "aid_eur": sum((r["aid_eur"] or Decimal(0) for r in rows), Decimal(0)),
        "jobs_created": sum(r["jobs_created"] or 0 for r in rows),
    }


def _filter_cases():
    a = Award.objects.filter(is_synthetic=True, wave__isnull=False).select_related("commune").first()
    b = Award.objects.filter(is_synthetic=True).order_by("decided_on")[40]
    territory = (Award.objects.filter(commune__epcis__industrial_territories__isnull=False)
                 .values_list("commune__epcis__industrial_territories", flat=True).first())
    return [
        {},
        {"programme": a.programme.slug},
        {"call": a.call.slug},
        {"wave": a.wave_id},
        {"region": a.region_id},
        {"department": a.department_id},
        {"commune": a.commune_id},
        {"sector": a.sector_id},
        {"origin": "synthetic"},
        {"origin": "reference"},
        {"date_from": b.decided_on.isoformat()},
        {"date_to": b.decided_on.isoformat()},
        {"date_from": "2022-01-01", "date_to": "2023-12-31", "region": a.region_id},
        {"q": "synthetique"},
        {"territory": territory or "aucun-territoire"},
        {"programme": a.programme.slug, "sector": a.sector_id, "date_from": dt.date(2021, 1, 1)},
    ]


@pytest.mark.django_db
def test_totals_equal_sum_of_rows_under_every_filter(synthetic_awards):
    for params in _filter_cases():
        expected = _python_totals(params)
        assert selectors.totals(params) == expected, params
        for group_by in selectors.PUBLIC_GROUPINGS:
            data = selectors.stats(params, group_by)
            assert data["totals"] == expected, (params, group_by)
            groups = data["groups"]
            assert sum(g["awards"] for g in groups) == expected["awards"], (params, group_by)
            assert sum((g["investment_eur"] for g in groups), Decimal(0)) == expected["investment_eur"]
            assert sum((g["aid_eur"] for g in groups), Decimal(0)) == expected["aid_eur"]
            assert sum(g["jobs_created"] for g in groups) == expected["jobs_created"]
            assert len({g["key"] for g in groups}) == len(groups), "one group per key"


@pytest.mark.django_db
def test_territory_filter_counts_each_award_once(synthetic_awards):
    from relocalisation.territories.models import IndustrialTerritory

    territory = IndustrialTerritory.objects.first()
    if territory is None:
        pytest.skip("no Territoire d'industrie in the seed")
    communes = list(territory.commune_codes())[:2]
    Award.objects.filter(is_synthetic=True).filter(pk__in=Award.objects.filter(is_synthetic=True).values("pk")[:5]) \
        .update(commune_id=communes[0])
    expected = Award.objects.filter(commune_id__in=territory.commune_codes()).count()
    assert expected >= 5
    assert selectors.totals({"territory": territory.slug})["awards"] == expected


@pytest.mark.django_db
def test_month_groups_are_chronological_and_labelled_in_french(synthetic_awards):
    groups = [g for g in selectors.stats({}, "month")["groups"] if g["key"]]
    keys = [g["key"] for g in groups]
    assert keys == sorted(keys)
    assert all(len(k) == 7 and k[4] == "-" for k in keys)
    month = int(groups[0]["key"][5:])
    assert groups[0]["label"].startswith(selectors.MONTHS[month - 1])


@pytest.mark.django_db
def test_leverage_uses_only_awards_with_both_figures(synthetic_awards):
    figures = selectors.key_figures({"origin": "synthetic"})
    rows = Award.objects.filter(origin="synthetic", investment_eur__isnull=False, aid_eur__gt=0)
    inv = sum(r.investment_eur for r in rows)
    aid = sum(r.aid_eur for r in rows)
    assert figures["leverage"] == Decimal(inv) / Decimal(aid)
    assert figures["leverage"] > 1


@pytest.mark.django_db
def test_promised_vs_delivered_only_counts_followed_awards(synthetic_awards):
    rows = selectors.promised_vs_delivered({}, "programme")
    followed = Award.objects.filter(jobs_created_delivered__isnull=False)
    assert sum(r["awards"] for r in rows) == Award.objects.filter(
        jobs_created_delivered__isnull=False).count() + Award.objects.filter(
        jobs_created_delivered__isnull=True, investment_delivered_eur__isnull=False).count()
    assert sum(r["jobs_delivered"] for r in rows) == sum(a.jobs_created_delivered for a in followed)


@pytest.mark.django_db
def test_dashboard_bundle_equals_plain_grouping_of_the_rows(synthetic_awards, is_postgres):
    """PostgreSQL computes every dashboard figure in two set-based queries (pre-aggregate + GROUPING
    SETS, months apart): each group must equal the plain grouping of the filtered rows."""
    if not is_postgres:
        pytest.skip("GROUPING SETS : PostgreSQL seulement (les autres bases font une requête par regroupement)")
    columns = {"region": "region_id", "department": "department_id", "sector": "sector_id",
               "size": "size_category_id", "wave": "wave_id", "month": "decided_on"}
    for params in _filter_cases():
        bundle = selectors._pg_bundle(selectors.clean_params(params))
        assert bundle["totals"] == _python_totals(params), params
        rows = list(filter_awards(params).values(*columns.values(), "aid_eur"))
        for dim, column in columns.items():
            expected = {}
            for row in rows:
                key = row[column]
                if dim == "month" and key is not None:
                    key = key.strftime("%Y-%m")
                key = None if key is None else str(key)
                count, aid = expected.get(key, (0, Decimal(0)))
                expected[key] = (count + 1, aid + (row["aid_eur"] or Decimal(0)))
            got = {g["key"]: (g["awards"], g["aid_eur"]) for g in bundle["groups"][dim]}
            assert got == expected, (params, dim)

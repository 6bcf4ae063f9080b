"""The column-wise checks of imports (ingestion/columns.py) give exactly what the scalar parsers
give, value by value — results and French error messages (issue 5)."""
import datetime as dt
from decimal import Decimal

import pytest

from relocalisation.core.text import normalize
from relocalisation.ingestion.columns import normalized, parse_column
from relocalisation.ingestion.imports import parse_amount, parse_date, parse_days, parse_int

AMOUNTS = ["1,2 M€", "300 000 €", "300\u202f000\u00a0€", "2 Md€", "2 mds", "1.234.567,89", "1,234,567.89",
           "538 millions d'euros", "538 millions de euros", "12,5", "300.000", "45 k€", "45 K€", "45 keur", "1 200 k€",
           "1,234 M€", "1.5 m€", "1,23456789 k€", "0,005 k€", "9999 Md€", "10000 Md€", "99999999999999", "9999999999999",
           "0", "007", "  7 eur ", "\t300 €", "300 €\x1f", "7 EUROS", "7 euro", "7€", "€ 7", "1 2 3", "1'000 €",
           "beaucoup", "1,2 M$", "-300 €", "12 M€ 4", "∞", "", " ", "1,2,3 m", "1,2", "1,23", "1,234", "12.5",
           1500000.0, 12, Decimal("12.345"), None, True]
DATES = ["03/02/2024", "2024-02-03", "3/2/2024", "31/02/2024", "29/02/2024", "29/02/2023", "03/02/1850",
         "03/02/2101", "01/01/1990", "31/12/2100", "2024-02-03T10:00:00", " 03/02/2024 ", "03-02-2024", "03.02.2024",
         "03/02/24", "2024/02/03", "demain", "", "  ", "2024-2-3", "0003/02/2024",
         dt.date(2024, 2, 3), dt.datetime(2024, 2, 3, 10, 0), None]
INTS = ["12", " 3 ", "0", "2000000", "2000001", "1 000", "1\u00a0000", "12,0", "12.0", "-1", "x", "", "  ", "0012",
        "99999999999", 12.0, 7, None]
DAYS = ["12", "1,5", "1.5", "2,25", "-1", "100000", "x", "", None, 3.5]


def _scalar(values, parser):
    results, errors = [], []
    for value in values:
        try:
            results.append(parser(value))
            errors.append(None)
        except ValueError as exc:
            results.append(None)
            errors.append(str(exc))
    return results, errors


@pytest.mark.parametrize("values, parser, kind", [
    (AMOUNTS, parse_amount, "amount"), (DATES, parse_date, "date"), (INTS, parse_int, "int"), (DAYS, parse_days, None),
])
def test_column_parsing_equals_the_scalar_parser(values, parser, kind):
    # Several times over, shuffled with repeats: the cache of distinct values must not mix them up.
    column = values * 3
    got_values, got_errors = parse_column(column, parser, kind)
    want_values, want_errors = _scalar(column, parser)
    assert got_errors == want_errors
    assert [(type(v), str(v)) for v in got_values] == [(type(v), str(v)) for v in want_values]


def test_fast_paths_are_taken_for_the_common_spellings(monkeypatch):
    """The bulk of a file must not go through the scalar parser (that is what made imports slow)."""
    calls = []

    def counting(value):
        calls.append(value)
        return parse_amount(value)

    column = ["1,2 M€", "300 000 €", "45 k€", "1200000", "538 millions d'euros"] * 200
    values, errors = parse_column(column, counting, "amount")
    assert calls == [] and errors == [None] * 1000
    assert values[:5] == [Decimal("1200000"), Decimal("300000"), Decimal("45000"), Decimal("1200000"),
                          Decimal("538000000")]


def test_normalised_names_equal_core_normalize():
    texts = ["Entreprise importée 000001 (synthétique)", "Saint-Étienne", "L’Haÿ-les-Roses", "Œuvre « Cœur » — ÉTÉ",
             "İstanbul", "Straße", "Łódź", "Ærø", "Ñandú", "  a  b  ", "", "x\u00a0y\u202fz", "Ville-d'Avray",
             "Château-Thierry", "Île-de-France", "北京", "Ελλάδα", "Saint-Jean-d’Angély", "Ça ira…", "100 %", "n°5"]
    assert normalized(texts) == [normalize(t) for t in texts]


@pytest.mark.django_db
def test_normalised_commune_names_equal_core_normalize():
    from relocalisation.territories.models import Commune

    names = list(Commune.objects.values_list("name", flat=True))
    assert len(names) > 30_000
    assert normalized(names) == [normalize(n) for n in names]

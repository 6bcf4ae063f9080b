"""French number parser: the phrasings of press releases, and property-based round trips."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relocalisation.ingestion.press.numbers import find_quantities, parse_number, words_to_int


@pytest.mark.parametrize("text, value, money", [
    ("65 millions d'euros", 65_000_000, True),
    ("65 millions d’euros", 65_000_000, True),
    ("6 M€", 6_000_000, True),
    ("1,2 milliard", 1_200_000_000, True),
    ("1.2 milliard", 1_200_000_000, True),
    ("1,2 milliard d'euros", 1_200_000_000, True),
    ("300 000 €", 300_000, True),
    ("300\u00a0000\u00a0€", 300_000, True),
    ("300\u202f000 euros", 300_000, True),
    ("1 200 000 €", 1_200_000, True),
    ("3.500.000 euros", 3_500_000, True),
    ("2,5 M€", 2_500_000, True),
    ("2.5 M€", 2_500_000, True),
    ("700 k€", 700_000, True),
    ("4,3 Md€", 4_300_000_000, True),
    ("1,5 Mds€", 1_500_000_000, True),
    ("deux millions d'euros", 2_000_000, True),
    ("150\nmillions d’euros", 150_000_000, True),
    ("12 M EUR", 12_000_000, True),
    ("une vingtaine", 20, False),
    ("une centaine", 100, False),
    ("près de 25", 25, False),
    ("plus de 20", 20, False),
    ("450", 450, False),
    ("30.000", 30_000, False),
    ("vingt-cinq", 25, False),
    ("quatre-vingt-dix", 90, False),
    ("trois cents", 300, False),
    ("30 millions de masques", 30_000_000, False),
])
def test_parse_number_phrasings(text, value, money):
    assert parse_number(text) == Decimal(value)
    q = find_quantities(text)[0]
    assert q.money is money
    assert q.start == 0


def test_approximation_words_are_kept():
    assert find_quantities("Près de 25 emplois")[0].approx == "près de"
    assert find_quantities("plus de 20 emplois")[0].approx == "plus de"
    assert find_quantities("une vingtaine d'emplois")[0].approx == "une vingtaine"


def test_spans_point_at_the_number():
    text = "Le projet représente 3,2 millions d'euros et 45 emplois."
    qs = find_quantities(text)
    assert [text[q.start:q.end] for q in qs] == ["3,2 millions d'euros", "45"]


def test_not_numbers():
    assert find_quantities("COVID-19") == []
    assert find_quantities("un projet et une usine") == []
    # A year or a date stays a plain number, never money.
    assert all(not q.money for q in find_quantities("le 28 janvier 2022"))


def test_words_to_int():
    assert words_to_int("vingt-et-un") == 21
    assert words_to_int("deux cent mille") == 200_000
    assert words_to_int("soixante-dix") == 70
    assert words_to_int("bidule") is None


def french_thousands(n: int, sep: str) -> str:
    s = f"{n:,}".replace(",", sep)
    return s


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999_999), st.sampled_from([" ", "\u00a0", "\u202f", "."]),
       st.sampled_from(["€", " €", " euros", " d'euros"]))
def test_round_trip_grouped_digits(n, sep, unit):
    text = french_thousands(n, sep) + unit
    if unit == " d'euros":
        text = french_thousands(n, sep) + " euros"
    q = find_quantities("Une aide de " + text + " est accordée.")[0]
    assert q.value == n and q.money


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("millions d'euros", 10**6), ("M€", 10**6), ("milliards d'euros", 10**9), ("Md€", 10**9),
                        ("k€", 10**3)]),
       st.sampled_from([",", "."]))
def test_round_trip_scaled_decimals(units, tenth, scale, comma):
    word, factor = scale
    text = f"{units}{comma}{tenth} {word}" if tenth else f"{units} {word}"
    expected = (Decimal(units) + Decimal(tenth) / 10) * factor
    assert parse_number(text) == expected


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_crashes_on_arbitrary_text(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)

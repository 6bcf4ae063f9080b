"""Column-wise parsing of an import file (Polars): every cell of a column at once instead of one
Python call per cell — what made the check of 100 000 rows take tens of seconds.

Each fast path recognises only the common spellings (« 300 000 € », « 1,2 M€ », « 15/03/2022 »,
plain ASCII or accented French names) and gives exactly what the scalar parser of ``imports.py``
gives. Every other value — unusual spellings, errors, XLSX numbers and dates — goes through that
scalar parser, once per distinct value: results and French error messages are the same as row by
row (tests/ingestion/test_import_columns.py compares both)."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable

import polars as pl
from unidecode import unidecode

from relocalisation.core.text import normalize

# Non-ASCII characters of French (and nearby) text → what unidecode gives for each, so that the
# vectorised normalisation equals core.text.normalize; a value with any other character falls back.
_LATIN = ("àâäáãåāçćčèéêëēęěìíîïīñńňòóôöõøōœùúûüūůýÿžźżšśßæðþłđ"
          "ÀÂÄÁÃÅĀÇĆČÈÉÊËĒĘĚÌÍÎÏĪÑŃŇÒÓÔÖÕØŌŒÙÚÛÜŪŮÝŸŽŹŻŠŚÆÐÞŁĐ"
          "\u00a0\u202f\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u00b0\u20ac")
_FROM = list(_LATIN)
_TO = [unidecode(c) for c in _LATIN]
_NON_ASCII = r"[^\x00-\x7F]"
_CENT_EXP = {"": 2, "k": 5, "m": 8, "million": 8, "millions": 8, "md": 11, "mds": 11, "milliard": 11,
             "milliards": 11}


def normalized(texts: list[str]) -> list[str]:
    """core.text.normalize of every text (« Saint-Étienne » → « saint etienne »)."""
    if not texts:
        return []
    series = pl.Series(texts, dtype=pl.String).fill_null("")
    mapped = series.str.replace_many(_FROM, _TO)
    unknown = mapped.str.contains(_NON_ASCII)
    fast = (mapped.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars(" ")
            .zip_with(~unknown, pl.Series([None] * len(texts), dtype=pl.String)))
    result = fast.to_list()
    for i in unknown.arg_true().to_list():
        result[i] = normalize(texts[i])
    return result


def _strings(values: list) -> pl.Series:
    return pl.Series([v if type(v) is str else None for v in values], dtype=pl.String)


def _prepared(series: pl.Series) -> pl.Series:
    # What the scalar parsers do first: no-break spaces → spaces, strip, lowercase. Polars strips
    # fewer characters than str.strip(): a value it leaves unstripped simply falls back.
    return series.str.replace_all("[\u00a0\u202f]", " ").str.strip_chars().str.to_lowercase()


def _fast_amounts(series: pl.Series) -> pl.Series:
    """Amounts in cents (Int64) for « 300 000 € », « 1200000 », « 1,2 M€ », « 538 millions d'euros »;
    null for anything else (left to parse_amount). Only exact cents below 10¹³ €."""
    text = _prepared(series)
    currency = r"(?: ?(?:€|eur|euros?))?$"
    plain = text.str.extract(r"^(\d{1,3}(?: \d{3})+|\d+)" + currency, 1).str.replace_all(" ", "")
    parts = text.str.extract_groups(
        r"^(?<int>\d+)(?:[,.](?<frac>\d+))? ?(?<unit>k|md|mds|m|millions?|milliards?) ?(?:d'|de )?"
        r"(?:€|eur|euros?)?$")
    frame = pl.DataFrame({"plain": plain, "int": parts.struct.field("int"), "frac": parts.struct.field("frac"),
                          "unit": parts.struct.field("unit")})
    exp = pl.col("unit").replace_strict(_CENT_EXP, return_dtype=pl.Int64, default=None)
    frac = pl.col("frac").fill_null("")
    frac_len = frac.str.len_chars().cast(pl.Int64)
    ok_unit = (pl.col("int").str.len_chars() + exp <= 15) & (frac_len <= exp)
    with_unit = (pl.col("int").cast(pl.Int64) * pl.lit(10, pl.Int64).pow(exp)
                 + pl.when(frac_len > 0).then(frac.cast(pl.Int64, strict=False) * pl.lit(10, pl.Int64).pow(exp - frac_len))
                 .otherwise(0))
    plain_cents = pl.when(pl.col("plain").str.len_chars() <= 13).then(pl.col("plain").cast(pl.Int64) * 100)
    cents = pl.when(pl.col("plain").is_not_null()).then(plain_cents).when(ok_unit).then(with_unit)
    return frame.select(cents.alias("cents"))["cents"]


def _fast_dates(series: pl.Series) -> pl.Series:
    text = series.str.strip_chars()
    french = text.str.contains(r"^\d{2}/\d{2}/\d{4}$")
    iso = text.str.contains(r"^\d{4}-\d{2}-\d{2}$")
    frame = pl.DataFrame({"text": text, "french": french, "iso": iso})
    date = (pl.when(pl.col("french")).then(pl.col("text").str.to_date("%d/%m/%Y", strict=False))
            .when(pl.col("iso")).then(pl.col("text").str.to_date("%Y-%m-%d", strict=False)))
    year = date.dt.year()
    return frame.select(pl.when((year >= 1990) & (year <= 2100)).then(date).alias("d"))["d"]


def _fast_ints(series: pl.Series) -> pl.Series:
    text = series.str.strip_chars()
    number = pl.Series(text.str.extract(r"^(\d{1,7})$", 1).cast(pl.Int64))
    return number.zip_with(number <= 2_000_000, pl.Series([None] * len(number), dtype=pl.Int64))


def parse_column(values: list, scalar: Callable, kind: str | None = None) -> tuple[list, list]:
    """(parsed values, error messages or None) for one column: ``scalar(value)`` for every cell,
    computed column-wise where a fast path exists (``kind``: amount, date, int)."""
    count = len(values)
    result: list = [None] * count
    errors: list = [None] * count
    fast: list = [None] * count
    if kind and count:
        series = _strings(values)
        if kind == "amount":
            fast = [None if c is None else Decimal(c).scaleb(-2) for c in _fast_amounts(series).to_list()]
        elif kind == "date":
            fast = _fast_dates(series).to_list()
        elif kind == "int":
            fast = _fast_ints(series).to_list()
    cache: dict = {}
    for i, (value, quick) in enumerate(zip(values, fast)):
        if quick is not None:
            result[i] = quick
            continue
        if value is None or value == "":
            continue
        key = (type(value), value)
        known = cache.get(key)
        if known is None:
            try:
                known = (scalar(value), None)
            except ValueError as exc:
                known = (None, str(exc))
            cache[key] = known
        result[i], errors[i] = known
    return result, errors

"""French number formatting for figures the public reads: « 538 M€ », « 1,2 Md€ », « 300 000 € ».

Thousands are separated by a narrow non-breaking space (U+202F) and the unit is attached by a
non-breaking space (U+00A0), as the typographic rules of the Imprimerie nationale ask, so that a
figure never breaks across lines."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
NNBSP = "\u202f"

_MILLION = Decimal(1_000_000)
_BILLION = Decimal(1_000_000_000)


def format_int(value) -> str:
    """12345 → « 12 345 » (narrow non-breaking space)."""
    if value is None:
        return "—"
    return f"{int(value):,}".replace(",", NNBSP)


def format_decimal(value, places: int = 1) -> str:
    """1.25 → « 1,3 » ; trailing zeros dropped (« 538 » rather than « 538,0 »)."""
    quantum = Decimal(1).scaleb(-places)
    value = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    integer, _, fraction = f"{value:f}".partition(".")
    sign = "-" if integer.startswith("-") else ""
    integer = format_int(abs(int(integer)))
    fraction = fraction.rstrip("0")
    return f"{sign}{integer},{fraction}" if fraction else f"{sign}{integer}"


def format_eur(value, compact: bool = True) -> str:
    """Money in euros: « 538 M€ », « 1,2 Md€ », « 300 000 € » (compact below one million: exact euros)."""
    if value is None:
        return "—"
    value = Decimal(value)
    if compact and abs(value) >= _BILLION:
        return f"{format_decimal(value / _BILLION, 1)}{NBSP}Md€"
    if compact and abs(value) >= _MILLION:
        return f"{format_decimal(value / _MILLION, 1)}{NBSP}M€"
    return f"{format_decimal(value, 0)}{NBSP}€"


def format_ratio(value) -> str:
    """Leverage « 4,4 » (euros invested per euro of aid)."""
    if value is None:
        return "—"
    return format_decimal(value, 1)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return singular if abs(int(count or 0)) <= 1 else (plural_form or singular + "s")

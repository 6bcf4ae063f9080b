"""French number formatting: narrow no-break space between thousands, comma decimals, « M€ », « Md€ »."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NNBSP = "\u202f"  # espace fine insécable, thousands separator
NBSP = "\u00a0"  # espace insécable, before units


def format_int(value) -> str:
    if value is None or value == "":
        return ""
    return f"{int(value):,}".replace(",", NNBSP)


def format_decimal(value, places: int = 1) -> str:
    quantum = Decimal(1).scaleb(-places)
    d = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    integer, _, fraction = f"{d:.{places}f}".partition(".")
    sign = "-" if integer.startswith("-") else ""
    text = sign + format_int(abs(int(integer)))
    fraction = fraction.rstrip("0")
    return f"{text},{fraction}" if fraction else text


def format_euros(value, compact: bool = True) -> str:
    """850000000 → « 850 M€ »; 1200000000 → « 1,2 Md€ »; 300000 → « 300 000 € »; None → « — »."""
    if value is None or value == "":
        return "—"
    amount = Decimal(value)
    if compact and abs(amount) >= Decimal(1_000_000_000):
        return f"{format_decimal(amount / Decimal(1_000_000_000), 1)}{NBSP}Md€"
    if compact and abs(amount) >= Decimal(1_000_000):
        return f"{format_decimal(amount / Decimal(1_000_000), 1)}{NBSP}M€"
    if amount == amount.to_integral_value():
        return f"{format_int(amount)}{NBSP}€"
    return f"{format_decimal(amount, 2)}{NBSP}€"


def format_percent(value) -> str:
    if value is None:
        return "—"
    return f"{format_decimal(value, 1)}{NBSP}%"

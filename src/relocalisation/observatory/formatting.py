"""French number formatting for the observatory: the project's helpers (core.formatting: narrow
non-breaking spaces between thousands, « M€ », « Md€ ») plus the few the observatory adds."""
from __future__ import annotations

from relocalisation.core.formatting import NBSP, NNBSP, format_decimal, format_euros
from relocalisation.core.formatting import format_int as _format_int

__all__ = ["NBSP", "NNBSP", "format_decimal", "format_eur", "format_int", "format_ratio", "plural"]


def format_int(value) -> str:
    return "—" if value is None else _format_int(value)


def format_eur(value, compact: bool = True) -> str:
    """« 538 M€ », « 1,2 Md€ », « 300 000 € »."""
    return format_euros(value, compact=compact)


def format_ratio(value) -> str:
    """Leverage « 4,4 » (euros invested per euro of aid)."""
    return "—" if value is None else format_decimal(value, 1)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return singular if abs(int(count or 0)) <= 1 else (plural_form or singular + "s")

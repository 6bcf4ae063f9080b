"""Bar charts as plain SVG geometry computed server-side (no JavaScript, no CDN); the template draws
the bars and always shows the data table next to them (accessibility)."""
from __future__ import annotations

from decimal import Decimal

from relocalisation.observatory.maps import format_measure

WIDTH = 640
BAR = 22
GAP = 8
LABEL_WIDTH = 250


def horizontal(groups: list[dict], measure: str) -> dict:
    """Horizontal bars: one per group, label on the left, value on the right of the bar."""
    top = max((Decimal(g[measure] or 0) for g in groups), default=Decimal(0))
    span = WIDTH - LABEL_WIDTH - 110
    bars = []
    for i, g in enumerate(groups):
        value = Decimal(g[measure] or 0)
        length = int(span * value / top) if top else 0
        y = i * (BAR + GAP)
        label = g["label"] if len(g["label"]) <= 32 else g["label"][:31] + "…"
        bars.append({"y": y, "text_y": y + 16, "x": LABEL_WIDTH, "width": max(length, 1 if value else 0),
                     "value_x": LABEL_WIDTH + length + 6, "label": label, "text": format_measure(measure, value),
                     "group": g})
    return {"kind": "horizontal", "bars": bars, "width": WIDTH, "height": max(len(bars) * (BAR + GAP), BAR),
            "label_x": LABEL_WIDTH - 8, "measure": measure}


def vertical(groups: list[dict], measure: str, height: int = 220) -> dict:
    """Vertical bars over time (months): labels every few bars so they do not overlap."""
    top = max((Decimal(g[measure] or 0) for g in groups), default=Decimal(0))
    count = max(len(groups), 1)
    step = max((WIDTH - 40) / count, 4)
    every = max(1, int(60 // step) + 1)
    bars = []
    for i, g in enumerate(groups):
        value = Decimal(g[measure] or 0)
        h = int((height - 40) * value / top) if top else 0
        x = 20 + i * step
        # Integers only: templates localise floats (« 12,5 »), which SVG would read as two numbers.
        bars.append({"x": int(x), "width": int(max(step - 1, 1)), "y": height - 20 - h, "height": h,
                     "label": g["label"], "short": g["key"] if i % every == 0 else "", "label_y": height - 4,
                     "text": format_measure(measure, value), "group": g})
    return {"kind": "vertical", "bars": bars, "width": WIDTH, "height": height, "measure": measure}

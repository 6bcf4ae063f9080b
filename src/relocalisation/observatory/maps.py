"""Choropleth maps drawn server-side from the SVG boundaries shipped as static files
(``static/relocalisation/maps``, @svg-maps 2.0.0, CC-BY-4.0). Overseas territories are not drawn in
those files: they are shown beside the map as boxes with the same colour scale."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from relocalisation.observatory.formatting import format_eur, format_int

MAPS_DIR = Path(settings.PACKAGE_DIR) / "static" / "relocalisation" / "maps"
# Region paths are identified by slugs in the source file; the app speaks INSEE codes.
REGION_SLUGS = {"ara": "84", "bfc": "27", "bre": "53", "cvl": "24", "cor": "94", "ges": "44", "hdf": "32",
                "idf": "11", "nor": "28", "naq": "75", "occ": "76", "pdl": "52", "pac": "93"}
# Five classes, light to dark (DSFR « bleu France » scale); grey when there is nothing.
PALETTE = ["#e3e3fd", "#cacafb", "#8585f6", "#4a4ae8", "#000091"]
EMPTY = "#f6f6f6"

_PATH = re.compile(r"<path\s+([^>]*?)/?>", re.S)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_VIEWBOX = re.compile(r'viewBox="([^"]+)"')


@lru_cache(maxsize=2)
def shapes(level: str) -> tuple[str, list[dict]]:
    """(viewBox, [{code, d}]) of the metropolitan map of ``level`` ('region' or 'department')."""
    name = "france.regions.svg" if level == "region" else "france.departments.svg"
    text = (MAPS_DIR / name).read_text(encoding="utf-8")
    view_box = _VIEWBOX.search(text).group(1)
    result = []
    for match in _PATH.finditer(text):
        attrs = dict(_ATTR.findall(match.group(1)))
        code = attrs.get("id", "")
        code = REGION_SLUGS.get(code, code) if level == "region" else code
        result.append({"code": code, "d": attrs["d"]})
    return view_box, result


def format_measure(measure: str, value) -> str:
    if measure in ("investment_eur", "aid_eur"):
        return format_eur(value)
    return format_int(value)


def _thresholds(values: list[Decimal]) -> list[Decimal]:
    """Upper bounds of 5 classes by quantiles of the non-zero values (robust to one huge territory)."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return []
    bounds = []
    for i in range(1, len(PALETTE) + 1):
        bounds.append(positive[min(len(positive) - 1, (len(positive) * i) // len(PALETTE) - (1 if i == len(PALETTE) else 0))])
    return bounds


def _colour(value: Decimal, bounds: list[Decimal]) -> str:
    if not value or not bounds:
        return EMPTY
    if bounds[0] == bounds[-1]:  # one value only (e.g. the map filtered on one région): full colour
        return PALETTE[-1]
    for colour, bound in zip(PALETTE, bounds):
        if value <= bound:
            return colour
    return PALETTE[-1]


def choropleth(level: str, measure: str, values: dict[str, dict], territories: list[tuple[str, str, str]],
               link) -> dict:
    """Everything the template needs: metropolitan shapes with fill and label, overseas boxes, legend.

    ``territories``: (code, name, zone) of the level; ``link(code)``: the dashboard URL filtered on it."""
    figures = {code: Decimal(values.get(code, {}).get(measure) or 0) for code, _, _ in territories}
    bounds = _thresholds(list(figures.values()))
    names = {code: name for code, name, _ in territories}
    view_box, paths = shapes(level)

    def item(code: str) -> dict:
        value = figures.get(code, Decimal(0))
        row = values.get(code, {})
        return {"code": code, "name": names.get(code, code), "value": value, "fill": _colour(value, bounds),
                "text": format_measure(measure, value), "awards": row.get("awards", 0), "url": link(code)}

    shapes_out = [{**item(p["code"]), "d": p["d"]} for p in paths if p["code"] in names]
    drawn = {p["code"] for p in paths}
    overseas = [item(code) for code, _, zone in territories if code not in drawn and zone != "metro"]
    legend = []
    lower = Decimal(0)
    for colour, bound in zip(PALETTE, bounds):
        if legend and bound == lower:
            continue
        if bounds[0] == bounds[-1]:
            colour = PALETTE[-1]
        legend.append({"fill": colour, "text": f"{format_measure(measure, lower)} à {format_measure(measure, bound)}"})
        lower = bound
    legend.insert(0, {"fill": EMPTY, "text": "aucun"})
    return {"view_box": view_box, "shapes": shapes_out, "overseas": overseas, "legend": legend,
            "rows": sorted([item(code) for code, _, _ in territories], key=lambda r: (-r["value"], r["name"]))}

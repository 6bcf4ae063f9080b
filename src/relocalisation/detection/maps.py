"""Server-side maps over ``static/relocalisation/maps/france.departments.svg`` (viewBox 0 0 613 585,
96 metropolitan départements, path id = INSEE code). No script: colours are CSS classes.

Projection (used by the land map to place points): the SVG is a Mercator projection of metropolitan
France. We fitted it on extreme points whose coordinates are known — Ouessant (5.14° W, west edge,
x ≈ 0), Lauterbourg (8.23° E, east edge of Bas-Rhin, x ≈ 557), Bray-Dunes (51.089° N, north edge, y ≈ 0)
and the southern edges of Pyrénées-Orientales (42.33° N, y ≈ 530) and Corse-du-Sud (41.33° N, y ≈ 584):
x = 41.66 × (lon + 5.14), y = 0.994 × R × (merc(51.089) − merc(lat)) with R = 41.66 × 180 / π and
merc(φ) = ln tan(π/4 + φ/2). Residuals are below 6 px (≈ 10 km): fine for locating a parcel, not a survey."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

VIEWBOX = (0, 0, 613, 585)
_X_PER_DEGREE = 41.66
_WEST = -5.14
_NORTH = 51.089
_R = _X_PER_DEGREE * 180 / math.pi
_Y_SCALE = 0.994


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def project(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) WGS84 → (x, y) in the SVG's viewBox."""
    x = _X_PER_DEGREE * (lon - _WEST)
    y = _Y_SCALE * _R * (_merc(_NORTH) - _merc(lat)) + 0.3
    return round(x, 1), round(y, 1)


def in_metropole(lat: float, lon: float) -> bool:
    return 41.0 <= lat <= 51.5 and -5.5 <= lon <= 10.0


@lru_cache(maxsize=1)
def department_paths() -> list[dict]:
    text = resources.files("relocalisation").joinpath("static", "relocalisation", "maps",
                                                      "france.departments.svg").read_text("utf-8")
    return [{"code": code, "name": name, "d": d}
            for code, name, d in re.findall(r'<path\s+id="([^"]+)"\s+aria-label="([^"]+)"\s+d="([^"]+)"', text)]


def choropleth(counts: dict[str, int], classes: int = 5) -> list[dict]:
    """Each département with its count and a colour class ``dt-q0`` (none) … ``dt-q5`` (most)."""
    top = max(counts.values(), default=0)
    result = []
    for path in department_paths():
        count = counts.get(path["code"], 0)
        level = 0 if not count or not top else min(classes, 1 + int((classes - 1) * math.sqrt(count / top)))
        result.append({**path, "count": count, "cls": f"dt-q{level}"})
    return result

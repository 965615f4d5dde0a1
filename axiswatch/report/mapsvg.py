"""A small SVG map of a briefing's events over Natural Earth country outlines.

The outlines come from the npm ``world-atlas`` package (TopoJSON) that the
web front-end installs under ``axiswatch/web/frontend/node_modules`` (or the
folder ``AXISWATCH_WORLD_ATLAS`` names). Without it the map falls back to a
plain latitude/longitude scatter with a graticule. Equirectangular
projection, x scaled by the cosine of the mid latitude; the view frames the
events near their median point, and the caption counts those left outside.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

WIDTH = 640
MAX_SPREAD_KM = 2500
PALETTE = {"attack": "#c0392b", "strike": "#2c3e50", "killing": "#8e44ad", "plot": "#d35400",
           "arrest": "#16a085", "protest": "#2980b9", "meeting": "#7f8c8d",
           "statement": "#95a5a6", "sanction": "#27ae60", "transfer": "#f39c12"}


def atlas_path() -> Path | None:
    """The world-atlas TopoJSON file to draw countries from, if installed."""
    env = os.environ.get("AXISWATCH_WORLD_ATLAS")
    folders = [Path(env)] if env else []
    folders.append(Path(__file__).resolve().parents[1] / "web" / "frontend" / "node_modules"
                   / "world-atlas")
    for folder in folders:
        for name in ("countries-50m.json", "countries-110m.json"):
            if (folder / name).is_file():
                return folder / name
    return None


@cache
def country_rings(path: str) -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(country name, rings of (lon, lat)) decoded from a TopoJSON topology."""
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: Sequence[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts[1:] if out else pts)
        return out

    shapes = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = (geom.get("properties") or {}).get("name", "")
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        shapes.append((name, [ring(r) for poly in polys for r in poly]))
    return shapes


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _extent(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The view: the points near their median (outliers beyond MAX_SPREAD_KM are left out),
    padded, at least 10° wide and half as tall as wide."""
    if not points:
        return 35.0, 25.0, 55.0, 40.0
    mlon, mlat = _median([p[0] for p in points]), _median([p[1] for p in points])
    near = [p for p in points
            if _km(p[1], p[0], mlat, mlon) <= MAX_SPREAD_KM] or list(points)
    lons, lats = [p[0] for p in near], [p[1] for p in near]
    w, e, s, n = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (w + e) / 2, (s + n) / 2
    half_w = max((e - w) / 2 + 2, 5)
    half_h = max((n - s) / 2 + 2, half_w * 0.5 * math.cos(math.radians(cy)), 3)
    half_w = max(half_w, half_h * 0.9 / max(math.cos(math.radians(cy)), 0.2))
    return cx - half_w, max(cy - half_h, -85), cx + half_w, min(cy + half_h, 85)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def render_map(points: Sequence[Mapping[str, Any]], *, atlas: Path | None = None) -> str:
    """An SVG map of ``points`` (dicts with ``lat``, ``lon``, ``type``, ``label``)."""
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    w, s, e, n = _extent([(float(p["lon"]), float(p["lat"])) for p in located])
    kx = math.cos(math.radians((s + n) / 2))
    scale = WIDTH / ((e - w) * kx)
    height = int((n - s) * scale) + 1

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - w) * kx * scale, (n - lat) * scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="Map of events">',
             f'<rect width="{WIDTH}" height="{height}" fill="#dfe9f3"/>']
    atlas = atlas if atlas is not None else atlas_path()
    if atlas is not None and not atlas.is_file():
        atlas = None  # a basemap that is not there: draw the graticule instead
    if atlas is not None:
        for name, rings in country_rings(str(atlas)):
            d = []
            for ring in rings:
                if not any(w - 5 <= lon <= e + 5 and s - 5 <= lat <= n + 5 for lon, lat in ring):
                    continue
                coords = [xy(lon, lat) for lon, lat in ring]
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
            if d:
                parts.append(f'<path d="{"".join(d)}" fill="#f7f4ea" stroke="#9a9a9a" '
                             f'stroke-width="0.6"><title>{escape(name)}</title></path>')
    else:
        step = 5 if (e - w) > 12 else 2
        for lon in range(math.ceil(w / step) * step, int(e) + 1, step):
            x, _ = xy(lon, n)
            parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" '
                         f'stroke="#b8c4d0" stroke-width="0.5"/>')
        for lat in range(math.ceil(s / step) * step, int(n) + 1, step):
            _, y = xy(w, lat)
            parts.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" '
                         f'stroke="#b8c4d0" stroke-width="0.5"/>')
    outside = 0
    for p in located:
        if not (w <= float(p["lon"]) <= e and s <= float(p["lat"]) <= n):
            outside += 1
            continue
        x, y = xy(float(p["lon"]), float(p["lat"]))
        color = PALETTE.get(str(p.get("type")), "#555555")
        label = escape(str(p.get("label", "")))
        parts.append(f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{color}" '
                     f'fill-opacity="0.85" stroke="#ffffff" stroke-width="1"/>'
                     f'<text x="{x + 8:.1f}" y="{y + 4:.1f}" font-size="11" '
                     f'font-family="sans-serif" fill="#222222">{label}</text>'
                     f'<title>{escape(str(p.get("title", "")))}</title></g>')
    note = "Outlines: Natural Earth" if atlas else "No basemap"
    if outside:
        note += f" · {outside} event{'s' if outside > 1 else ''} outside this view"
    parts.append(f'<text x="6" y="{height - 6}" font-size="9" font-family="sans-serif" '
                 f'fill="#555555">{escape(note)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)

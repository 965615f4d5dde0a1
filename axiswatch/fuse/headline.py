"""The headline values of a fused event, from the values its sources report.

Every source keeps its own values (``event_sources`` rows); the ``events``
row shows one value per field, chosen by these rules:

- ``type``: the type most sources give (ties: the order of ``model.EVENT_TYPES``);
  ``subtype``: the most frequent subtype among the sources of that type.
- ``date``: the most precise date the sources agree on: among the sources of
  the finest precision stated, the date most of them give (ties: the earliest).
- location (``location``, ``location_name``, ``lat``/``lon``, ``geo_precision``,
  ``country``): the most specific place stated (facility > town > district >
  province > country > region), ties broken by how many sources name it.
- ``actors``, ``claimed_by``, ``attributed_to``, ``target_actors``: the union.
- ``target``, ``weapon``: the most frequent value stated (ties: the longest).
- ``killed``, ``injured``: the lowest figure stated, the conservative figure
  ACLED codes when reports conflict.
- ``certainty``: the strongest certainty at least one source states
  (a claim confirmed by one outlet is a confirmed occurrence).

Disagreements are listed in ``conflicts`` (field → {source id: value}), and an
analyst's ``edit`` judgement overrides any field after these rules.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from axiswatch.model import CERTAINTY_RANK, EVENT_TYPES, GEO_PRECISIONS, ROLE_FIELDS, ROLE_LISTS

Source = Mapping[str, Any]

LIST_FIELDS = ROLE_LISTS
EDITABLE = (
    "type", "subtype", "date", "date_precision", "location", "location_name", "country",
    "lat", "lon", "geo_precision", *ROLE_FIELDS, "killed", "injured", "certainty", "summary",
)
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_GEO_RANK = {p: i for i, p in enumerate(GEO_PRECISIONS)}


def date_bounds(value: str | None, precision: str | None) -> tuple[date | None, date | None]:
    """First and last day an ISO date of ``precision`` covers (None, None when unparseable)."""
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) >= 3 and precision in (None, "day"):
            d = date(parts[0], parts[1], parts[2])
            return d, d
        if len(parts) >= 2 and precision in (None, "day", "month"):
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, IndexError):
        return None, None


def _mode(values: Iterable[Any], tie: Any = None) -> Any:
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    top = max(counts.values())
    best = [v for v, n in counts.items() if n == top]
    return sorted(best, key=tie)[0] if tie else sorted(best, key=str)[0]


def _union(sources: Sequence[Source], name: str) -> list[str]:
    out: list[str] = []
    for src in sources:
        for value in src.get(name) or ():
            if value not in out:
                out.append(value)
    return out


def _conflicts(sources: Sequence[Source], names: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        stated = {s["id"]: s.get(name) for s in sources if s.get(name) not in (None, "")}
        if len({str(v) for v in stated.values()}) > 1:
            out[name] = stated
    return out


def _longest_first(value: Any) -> tuple[int, str]:
    return (-len(str(value)), str(value))


def headline(sources: Sequence[Source], edits: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The headline values of the occurrence the ``sources`` report (at least one)."""
    if not sources:
        raise ValueError("a fused event needs at least one source")
    srcs = sorted(sources, key=lambda s: s["id"])
    out: dict[str, Any] = {}
    out["type"] = _mode((s["type"] for s in srcs), tie=lambda t: (
        EVENT_TYPES.index(t) if t in EVENT_TYPES else 99, t))
    out["subtype"] = _mode(s.get("subtype") for s in srcs if s["type"] == out["type"])

    dated = [s for s in srcs if s.get("date")]
    if dated:
        finest = min(_PRECISION_RANK.get(s.get("date_precision") or "day", 0) for s in dated)
        pool = [s for s in dated
                if _PRECISION_RANK.get(s.get("date_precision") or "day", 0) == finest]
        out["date"] = _mode((s["date"] for s in pool), tie=lambda d: d)
        out["date_precision"] = next(s.get("date_precision") for s in pool
                                     if s["date"] == out["date"])
    else:
        out["date"] = out["date_precision"] = None

    placed = [s for s in srcs if s.get("location") or s.get("lat") is not None]
    if placed:
        counts = Counter(s.get("location") or (s.get("lat"), s.get("lon")) for s in placed)
        best = min(placed, key=lambda s: (
            _GEO_RANK.get(s.get("geo_precision") or "", 99),
            -counts[s.get("location") or (s.get("lat"), s.get("lon"))],
            s["id"]))
        for name in ("location", "location_name", "lat", "lon", "geo_precision", "country"):
            out[name] = best.get(name)
    else:
        for name in ("location", "location_name", "lat", "lon", "geo_precision"):
            out[name] = None
        out["country"] = None
    if not out["country"]:
        out["country"] = _mode(s.get("country") for s in srcs)

    for name in LIST_FIELDS:
        out[name] = _union(srcs, name)
    out["target"] = _mode((s.get("target") for s in srcs), tie=_longest_first)
    out["weapon"] = _mode((s.get("weapon") for s in srcs), tie=_longest_first)
    for name in ("killed", "injured"):
        figures = [s[name] for s in srcs if s.get(name) is not None]
        out[name] = min(figures) if figures else None
    out["certainty"] = min((s.get("certainty") or "confirmed" for s in srcs),
                           key=lambda c: CERTAINTY_RANK.get(c, 99))

    out["conflicts"] = _conflicts(srcs, ("type", "date", "location", "killed", "injured",
                                         "certainty", "weapon"))
    applied = {k: v for k, v in (edits or {}).items() if k in EDITABLE}
    out.update(applied)
    out["edited"] = sorted(applied)
    out["date_start"], out["date_end"] = date_bounds(out["date"], out["date_precision"])
    return out

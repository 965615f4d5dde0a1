"""Comparing two reports of events: hard compatibility, then a scored decision.

A *source* here is one document's report of an event: a mapping with the
columns of ``event_sources`` (``id``, ``doc_id``, ``type``, ``subtype``,
``date_start``/``date_end`` as :class:`datetime.date`, ``date_precision``,
``location``, ``country``, ``lat``, ``lon``, ``geo_precision``, ``actors``,
``claimed_by``, ``attributed_to``, ``target``) plus ``evidence_text``.

Two sources are *compatible* when nothing rules out one occurrence:

- different documents: a document's own two mentions never link directly
  (they join only when reports from other documents tie them together);
- dates within the window (day-precise: ±``day_window`` days; coarser: the
  periods overlap; unknown dates never block);
- places: the same location id, or both facilities with different ids is a
  hard "apart" (two bases attacked the same night are two events); otherwise
  within the radius of the coarser geo precision, or the same country;
- types of one family (``attack``/``strike``/``killing``) or equal;
- sides overlap: actors ∪ claimed_by ∪ attributed_to, each widened through
  ``front_for``/``part_of`` relations, intersect (or one side is unknown), unless
  both report one type at one location on one day and at most one of them names
  who did or claimed it (then sources only disagree on whom to blame);
- something besides date and type agrees: the place (same location, within
  the radius, or the same country) or an actor.

The *score* is a weighted sum (weights in ``rules.yaml``) of date, place,
type, actor-overlap and text similarity (rapidfuzz token-set ratio of the
evidence sentences, averaged with that of the targets when both name one);
the reasons are kept for the ``events.fusion`` record.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from axiswatch.fuse.rules import Rules
from axiswatch.geo.place import haversine_km
from axiswatch.model import ACTOR_ROLES, GEO_PRECISIONS

GEO_RANK = {p: i for i, p in enumerate(GEO_PRECISIONS)}

Source = Mapping[str, Any]
Sides = Mapping[str, frozenset[str]]


def side_of(source: Source) -> set[str]:
    """The actors a report names on the perpetrator's side."""
    out: set[str] = set()
    for name in ACTOR_ROLES:
        out.update(source.get(name) or ())
    return out


def _date_gap(a: Source, b: Source) -> int | None:
    """Days between the two stated periods (0 when they overlap); None if unknown."""
    a0, a1, b0, b1 = a.get("date_start"), a.get("date_end"), b.get("date_start"), b.get("date_end")
    if not (isinstance(a0, date) and isinstance(b0, date)):
        return None
    a1 = a1 if isinstance(a1, date) else a0
    b1 = b1 if isinstance(b1, date) else b0
    return max(0, (max(a0, b0) - min(a1, b1)).days)


def _both_day(a: Source, b: Source) -> bool:
    return a.get("date_precision") == "day" and b.get("date_precision") == "day"


def _coarser(a: Source, b: Source) -> str | None:
    pa: str | None = a.get("geo_precision")
    pb: str | None = b.get("geo_precision")
    if pa is None or pb is None:
        return pa or pb
    return pa if GEO_RANK.get(pa, 99) >= GEO_RANK.get(pb, 99) else pb


def _distance(a: Source, b: Source) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _blame_differs(a: Source, b: Source, gap: int | None) -> bool:
    """Reports of one type at one location on one day that differ only in whom they
    blame (neither names both a perpetrator or claimant): one occurrence, with the
    blame kept per source."""
    same_site_day = bool(a.get("location") and a.get("location") == b.get("location")
                         and gap == 0 and _both_day(a, b) and a["type"] == b["type"])
    doers = [set(s.get("actors") or ()) | set(s.get("claimed_by") or ()) for s in (a, b)]
    return same_site_day and not (doers[0] and doers[1])


def compatible(a: Source, b: Source, rules: Rules, sides: Sides, *,
               same_document: bool = False) -> tuple[bool, str]:
    """Whether ``a`` and ``b`` may be one occurrence, and why not when they may not.

    ``same_document`` lets two reports of one document pass (used when other
    documents tie them together; a document's own two mentions never link directly).
    """
    if a["doc_id"] == b["doc_id"] and not same_document:
        return False, "same document"
    if rules.family(a["type"]) != rules.family(b["type"]):
        return False, f"types {a['type']}/{b['type']}"
    gap = _date_gap(a, b)
    if gap is not None and gap > (rules.day_window if _both_day(a, b) else 0):
        return False, f"dates {gap} days apart"
    la, lb = a.get("location"), b.get("location")
    ca, cb = a.get("country"), b.get("country")
    place_agrees = bool(la and la == lb)
    if not place_agrees:
        if (la and lb and a.get("geo_precision") == "facility"
                and b.get("geo_precision") == "facility"):
            return False, f"different facilities {la}/{lb}"
        if ca and cb and ca != cb:
            return False, f"countries {ca}/{cb}"
        dist = _distance(a, b)
        radius = rules.radius_km.get(_coarser(a, b) or "", None)
        if dist is not None and radius is not None and dist > radius:
            return False, f"{dist:.0f} km apart"
        place_agrees = bool((ca and ca == cb) or (dist is not None and radius is not None))
    sa_, sb = sides.get(a["id"], frozenset()), sides.get(b["id"], frozenset())
    if sa_ and sb and not sa_ & sb and not _blame_differs(a, b, gap):
        return False, "no actor in common"
    if not place_agrees and not (sa_ & sb):
        return False, "nothing in common but date and type"
    return True, ""


def score(a: Source, b: Source, rules: Rules, sides: Sides) -> tuple[float, dict[str, Any]]:
    """The weighted similarity of two compatible reports, with its reasons."""
    reasons: dict[str, Any] = {}
    gap = _date_gap(a, b)
    reasons["date_diff_days"] = gap
    if gap is None:
        s_date = 0.3
    elif _both_day(a, b):
        s_date = 1.0 if gap == 0 else 0.35
    else:
        s_date = 0.5
    la, lb = a.get("location"), b.get("location")
    dist = _distance(a, b)
    reasons["distance_km"] = None if dist is None else round(dist, 1)
    reasons["same_location"] = bool(la and la == lb)
    if la and la == lb:
        s_place = 1.0
    elif dist is not None:
        radius = rules.radius_km.get(_coarser(a, b) or "", None)
        s_place = max(0.0, 1.0 - dist / radius) if radius else 0.4
    elif a.get("country") and a.get("country") == b.get("country"):
        s_place = 0.4
    else:
        s_place = 0.3
    if a["type"] != b["type"]:
        s_type = 0.5
    elif a.get("subtype") == b.get("subtype"):
        s_type = 1.0
    elif a.get("subtype") and b.get("subtype"):
        s_type = rules.subtype_mismatch
    else:
        s_type = 0.8
    reasons["type"] = f"{a['type']}/{b['type']}"
    sa_, sb = sides.get(a["id"], frozenset()), sides.get(b["id"], frozenset())
    if sa_ and sb:
        shared = sa_ & sb
        s_actors = len(shared) / min(len(sa_), len(sb))
        reasons["actors_shared"] = sorted(shared)
    else:
        s_actors = 0.5
        reasons["actors_shared"] = None
    s_text = fuzz.token_set_ratio(a.get("evidence_text") or "",
                                  b.get("evidence_text") or "") / 100.0
    if a.get("target") and b.get("target"):
        s_text = (s_text + fuzz.token_set_ratio(a["target"], b["target"]) / 100.0) / 2
    reasons["text_similarity"] = round(s_text, 3)
    w = rules.weights
    total = (w["date"] * s_date + w["place"] * s_place + w["type"] * s_type
             + w["actors"] * s_actors + w["text"] * s_text)
    return round(total, 4), reasons


def threshold_for(a: Source, b: Source, rules: Rules) -> float:
    """The score a pair needs: higher for two day-precise dates that differ."""
    gap = _date_gap(a, b)
    if _both_day(a, b) and gap:
        return rules.threshold_adjacent_day
    return rules.threshold

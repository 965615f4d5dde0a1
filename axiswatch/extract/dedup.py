"""Within one document, repeated reports of one occurrence become one event.

Reports repeat their news: a "Key Takeaways" paragraph and the body, a
headline and its lead. Two events of a document are one occurrence when they
have the same type, come from different sentences, contradict each other in
nothing (date, place, actors, targets) and agree on something (the same date,
an actor, a target or the place). The first evidence is kept; the merged event
takes the other's values where it had none.
"""

from __future__ import annotations

from axiswatch.model import Event

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _places_compatible(a: Event, b: Event) -> bool:
    if not a.location or not b.location or a.location == b.location:
        return True
    broad = ("country", "region", "province")
    return bool(a.country and a.country == b.country and (
        a.geo_precision in broad or b.geo_precision in broad))


def _disjoint(x: list[str], y: list[str]) -> bool:
    return bool(x) and bool(y) and not set(x) & set(y)


def _overlap(x: list[str], y: list[str]) -> bool:
    return bool(set(x) & set(y))


def _spans_overlap(a: Event, b: Event) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def same_occurrence(a: Event, b: Event) -> bool:
    """Whether two events of one document report the same occurrence."""
    if a.type != b.type or a.doc_id != b.doc_id or _spans_overlap(a, b):
        return False
    if not _dates_compatible(a, b) or not _places_compatible(a, b):
        return False
    actors_a = [*a.actors, *a.claimed_by, *a.attributed_to]
    actors_b = [*b.actors, *b.claimed_by, *b.attributed_to]
    if _disjoint(actors_a, actors_b) or _disjoint(a.target_actors, b.target_actors):
        return False
    if a.weapon and b.weapon and a.weapon != b.weapon and a.type in ("attack", "strike"):
        return False
    same_date = a.date is not None and a.date == b.date and a.date_precision == "day"
    shared_actor = _overlap(actors_a, actors_b)
    shared_target = _overlap(a.target_actors, b.target_actors)
    if a.type in ("statement", "meeting"):
        return shared_actor and (same_date or a.date is None or b.date is None)
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    return same_date or (shared_actor and (shared_target or a.date is None or b.date is None)) \
        or (shared_target and not actors_a and not actors_b)


def _absorb(kept: Event, other: Event) -> None:
    for attr in ("actors", "claimed_by", "attributed_to", "target_actors"):
        cur: list[str] = getattr(kept, attr)
        cur.extend(x for x in getattr(other, attr) if x not in cur)
    if other.date and (kept.date is None or _PRECISION_RANK.get(other.date_precision or "", 0)
                       > _PRECISION_RANK.get(kept.date_precision or "", 0)):
        kept.date, kept.date_precision = other.date, other.date_precision
    if kept.location is None and other.location:
        kept.location, kept.location_name = other.location, other.location_name
        kept.lat, kept.lon, kept.geo_precision = other.lat, other.lon, other.geo_precision
        kept.country = other.country or kept.country
    kept.country = kept.country or other.country
    kept.subtype = kept.subtype or other.subtype
    kept.target = kept.target or other.target
    kept.weapon = kept.weapon or other.weapon
    kept.killed = kept.killed if kept.killed is not None else other.killed
    kept.injured = kept.injured if kept.injured is not None else other.injured


def merge_repeats(events: list[Event]) -> list[Event]:
    """The events of one document with repeated reports merged (first evidence kept)."""
    out: list[Event] = []
    for ev in events:
        for kept in out:
            if same_occurrence(kept, ev):
                _absorb(kept, ev)
                break
        else:
            out.append(ev)
    return out

"""Fusion as a stage of its own: extractions in JSON Lines in, fused events out, no store.

Each input line is a :class:`~axiswatch.model.Extraction` (``model.to_json``);
each output line is one fused event: its headline values, ``members`` (the
event source ids), ``n_sources`` and ``fusion`` (the reasons). Relations come
from the extractions themselves and the knowledge pack. A malformed line is
reported (AW504, naming the input and line) and the rest goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from axiswatch.errors import AxiswatchError
from axiswatch.fuse.headline import date_bounds
from axiswatch.fuse.judged import Constraints
from axiswatch.fuse.rules import Rules
from axiswatch.model import Event, Extraction, from_json


def event_source(ev: Event) -> dict[str, Any]:
    """One extracted event as the source mapping fusion compares."""
    start, end = date_bounds(ev.date, ev.date_precision)
    return {
        "id": ev.id, "doc_id": ev.doc_id, "event_id": ev.id, "type": ev.type,
        "subtype": ev.subtype, "date": ev.date, "date_precision": ev.date_precision,
        "date_start": start, "date_end": end, "location": ev.location,
        "location_name": ev.location_name, "country": ev.country, "lat": ev.lat,
        "lon": ev.lon, "geo_precision": ev.geo_precision, "actors": list(ev.actors),
        "claimed_by": list(ev.claimed_by), "attributed_to": list(ev.attributed_to),
        "target": ev.target, "target_actors": list(ev.target_actors), "weapon": ev.weapon,
        "killed": ev.killed, "injured": ev.injured, "certainty": ev.certainty,
        "evidence_text": ev.evidence.text,
    }


def read_extractions(lines: Iterable[str], origin: str,
                     errors: list[AxiswatchError]) -> Iterator[Extraction]:
    """Extractions from JSON Lines; bad lines go to ``errors`` (AW504) and are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(Extraction, line)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            errors.append(AxiswatchError("AW504", f"{origin}:{number}: not an extraction "
                                                  f"record ({exc})"))


def fuse_extractions(extractions: Iterable[Extraction], *, rules: Rules | None = None
                     ) -> list[dict[str, Any]]:
    """Fused events of the extractions' events (no judgements: nothing is stored)."""
    from axiswatch.fuse.attribution import merge_relations
    from axiswatch.fuse.run import fuse_sources, pack_relations

    sources: list[dict[str, Any]] = []
    extracted: list[dict[str, Any]] = []
    for ex in extractions:
        sources.extend(event_source(ev) for ev in ex.events)
        extracted.extend({"id": r.id, "subject": r.subject, "predicate": r.predicate,
                          "object": r.object, "certainty": r.certainty,
                          "source": "extracted", "evidence": []} for r in ex.relations)
    relations = merge_relations(extracted, pack_relations())
    return fuse_sources(sources, relations, Constraints(), rules)


def to_line(row: dict[str, Any]) -> str:
    """One fused event as a JSON line (dates as ISO strings)."""
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, date) else str(value)

    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=plain)

"""What every export writes: the selected events, their sources, entities and relations.

:func:`gather` reads them once from the store (I/O at this edge); the format
writers are pure functions over the resulting :class:`ExportData`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from axiswatch.analyze.select import Selection, select_events

MAPPINGS_PATH = Path(__file__).parent / "data" / "mappings.yaml"


@dataclass(slots=True)
class ExportData:
    """Events (headline values) with their sources, and the entities and relations they name."""

    events: list[dict[str, Any]]
    sources: dict[str, list[dict[str, Any]]]
    entities: dict[str, dict[str, Any]]
    relations: list[dict[str, Any]]
    selection: str = "all events"
    info: dict[str, Any] = field(default_factory=dict)
    # The first-level division of an event's place (ACLED's admin1), "" when unknown.
    admin1: Callable[[Mapping[str, Any]], str] | None = None

    def name(self, entity_id: str) -> str:
        """The display name of an entity (its id when unknown)."""
        return str(self.entities.get(entity_id, {}).get("name") or entity_id)


@cache
def mappings() -> dict[str, Any]:
    """The export mappings (``export/data/mappings.yaml``)."""
    with MAPPINGS_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def entity_table(conn: sa.Connection) -> dict[str, dict[str, Any]]:
    """Entities by id: the knowledge pack's, overridden by the store's."""
    from axiswatch.fuse.run import _pack
    from axiswatch.store.fusion import entity_records

    out: dict[str, dict[str, Any]] = {}
    pack = _pack()
    if pack is not None:
        for eid, ent in pack.entities.items():
            out[eid] = {"id": eid, "name": ent.name, "type": ent.type, "country": ent.country,
                        "lat": ent.lat, "lon": ent.lon}
    out.update(entity_records(conn))
    return out


def gather(conn: sa.Connection, sel: Selection) -> ExportData:
    """Read the events ``sel`` selects, with everything the exports need."""
    from axiswatch.fuse.run import known_relations
    from axiswatch.store.analytics import sources_of_events

    events, info = select_events(conn, sel)
    sources = sources_of_events(conn, [e["id"] for e in events])
    return ExportData(events=events, sources=sources, entities=entity_table(conn),
                      relations=known_relations(conn), selection=sel.describe(), info=info,
                      admin1=event_admin1)


@cache
def _divisions() -> Any:
    from axiswatch.geo.admin import Admin1
    from axiswatch.geo.geocoder import load_geocoder

    geocoder = load_geocoder()
    return Admin1(geocoder.pack, geocoder.gazetteer)


def event_admin1(ev: Mapping[str, Any]) -> str:
    """The first-level division of a stored event's place (see :mod:`axiswatch.geo.admin`)."""
    lat, lon = ev.get("lat"), ev.get("lon")
    return str(_divisions().of_event(
        ev.get("location"), None if lat is None else float(lat),
        None if lon is None else float(lon), ev.get("country")))

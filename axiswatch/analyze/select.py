"""The filters that stats, briefings and exports share, and the events they select.

An actor filter names a group by any of its names; it covers that group and
every front and unit that reaches it through ``front_for`` / ``part_of``
relations (a coalition's filter includes its member groups and their façades).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from axiswatch.errors import AxiswatchError

SUBORDINATE = ("front_for", "part_of")


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events to analyse or export; every field optional."""

    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()
    country: str | None = None

    def describe(self) -> str:
        """The selection in words, for headers."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        if self.actor:
            parts.append(f"actor {self.actor} (with its fronts and units)")
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.country:
            parts.append(f"country {self.country}")
        return "; ".join(parts) or "all events"


def parse_day(value: str | None, name: str) -> date | None:
    """An ISO date from a command-line value; AW501 names the option when it is not one."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise AxiswatchError("AW501", f"{name}: not an ISO date (YYYY-MM-DD): {value!r}") from exc


def parse_windows(spec: str) -> tuple[tuple[date, date], tuple[date, date]]:
    """``A:B,C:D`` as two (first day, last day) windows; AW501 when malformed."""
    try:
        first, second = spec.split(",")
        out = []
        for window in (first, second):
            start, end = window.split(":")
            a, b = date.fromisoformat(start.strip()), date.fromisoformat(end.strip())
            if b < a:
                raise ValueError(f"{window} ends before it starts")
            out.append((a, b))
    except ValueError as exc:
        raise AxiswatchError("AW501", f"--compare {spec!r}: expected FROM:TO,FROM:TO "
                                      f"with ISO dates ({exc})") from exc
    return out[0], out[1]


def find_entity(conn: sa.Connection, name: str) -> list[str]:
    """Entity ids a name, alias or id denotes: the store's first, then the knowledge pack's
    (exact alias key, then a fuzzy match)."""
    from axiswatch.fuse.run import _pack
    from axiswatch.store.analytics import resolve_entity

    found = resolve_entity(conn, name)
    if found:
        return found
    pack = _pack()
    if pack is None:
        return []
    if name.strip() in pack.entities:
        return [name.strip()]
    ids = list(pack.lookup(name))
    if not ids:
        best = pack.match(name)
        ids = [best[0]] if best else []
    return ids


def actor_ids(conn: sa.Connection, name: str) -> tuple[str, list[str]]:
    """The entity a name denotes and the ids it covers (itself, its fronts and units)."""
    from axiswatch.fuse.attribution import descendants
    from axiswatch.fuse.run import known_relations

    found = find_entity(conn, name)
    if not found:
        raise AxiswatchError("AW501", f"--actor {name!r}: no such actor in the store")
    relations = known_relations(conn)
    covered: set[str] = set()
    for entity in found:
        covered |= descendants(entity, relations, SUBORDINATE)
    return found[0], sorted(covered)


def select_events(conn: sa.Connection, sel: Selection, *, limit: int | None = None
                  ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Events matching ``sel`` (rejected ones excluded), oldest first, and what was resolved."""
    from axiswatch.store import queries

    info: dict[str, Any] = {"selection": sel.describe()}
    actors: Sequence[str] = ()
    if sel.actor:
        info["actor"], actors = actor_ids(conn, sel.actor)
        info["actor_ids"] = list(actors)
    flt = queries.EventFilter(date_from=parse_day(sel.date_from, "--from"),
                              date_to=parse_day(sel.date_to, "--to"),
                              types=sel.types, actors=tuple(actors),
                              country=sel.country, limit=limit or queries.MAX_LIMIT)
    rows = queries.select_events(conn, flt)
    rows.sort(key=lambda r: (r.get("date_start") or "", r["id"]))
    return rows, info

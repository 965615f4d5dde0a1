"""Filtered reads of the fused events: the map, the timeline, the lists, stats and exports.

One :class:`EventFilter` describes what an analyst looks at (dates, a box on
the map, types, actors, country, certainty, free text); :func:`event_conditions`
turns it into SQLAlchemy Core conditions, and the readers below run them.
The same SQL runs on SQLite and PostgreSQL and leans on the indexes declared
in :mod:`axiswatch.store.schema` (``ix_events_type_date``, ``ix_events_date``,
``ix_events_lat_lon``, ``ix_event_actors_entity``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from axiswatch.errors import AxiswatchError
from axiswatch.model import CERTAINTIES, EVENT_TYPES
from axiswatch.store.schema import event_actors, events

# Statuses an event list leaves out unless asked for by name.
HIDDEN_STATUSES = ("rejected", "merged")
# Roles that make an entity "an actor of" an event (targets are not).
ACTOR_ROLES = ("actor", "claimed_by", "attributed_to")
# The widest span a stated date covers (a year, leap or not), so that the
# overlap test on ``date_end`` can also bound ``date_start`` through its index.
_MAX_SPAN = dt.timedelta(days=366)
MAX_LIMIT = 1_000_000

# Columns a list or a map shows; JSON columns come back as lists.
LIST_COLUMNS = (
    "id", "type", "subtype", "date", "date_precision", "date_start", "date_end",
    "location", "location_name", "country", "lat", "lon", "geo_precision",
    "actors", "claimed_by", "attributed_to", "target", "target_actors", "weapon",
    "killed", "injured", "certainty", "n_sources", "summary", "status", "updated_at",
)
_GEO_PROPERTIES = (
    "id", "type", "subtype", "date", "date_precision", "location_name", "country",
    "geo_precision", "certainty", "n_sources", "summary", "killed", "injured", "status",
)


def _as_tuple(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(v for v in value if v)


def _as_date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise AxiswatchError("AW501", f"{name}: not an ISO date (YYYY-MM-DD): {value!r}") from exc


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to read from ``events``; every field is optional and they combine with AND.

    - ``date_from``/``date_to``: ISO dates; an event matches when the days its
      stated date covers (``date_start``..``date_end``) overlap the range.
    - ``bbox``: ``(west, south, east, north)`` in degrees; west > east crosses
      the antimeridian.
    - ``types``, ``certainty``, ``status``: any of the values given.
    - ``actors``: entity ids (the caller expands fronts and units); an event
      matches when one of them is its actor, claimant or attributed actor
      (``roles``).
    - ``country``: ISO2 code. ``q``: case-insensitive text in the summary,
      target or location name.
    - ``status`` empty means every status except :data:`HIDDEN_STATUSES`.

    Strings are accepted where tuples are expected, and ISO strings where dates
    are; invalid values raise ``AW501``.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    country: str | None = None
    certainty: tuple[str, ...] = ()
    q: str | None = None
    limit: int = 100
    offset: int = 0
    status: tuple[str, ...] = ()
    roles: tuple[str, ...] = field(default=ACTOR_ROLES)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date_from", _as_date(self.date_from, "date_from"))
        set_(self, "date_to", _as_date(self.date_to, "date_to"))
        for name in ("types", "actors", "certainty", "status", "roles"):
            set_(self, name, _as_tuple(getattr(self, name)))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise AxiswatchError(
                "AW501", f"date_from {self.date_from} is after date_to {self.date_to}"
            )
        if self.bbox is not None:
            set_(self, "bbox", _check_bbox(self.bbox))
        unknown = set(self.types) - set(EVENT_TYPES)
        if unknown:
            raise AxiswatchError("AW501", f"unknown event type(s): {', '.join(sorted(unknown))}")
        unknown = set(self.certainty) - set(CERTAINTIES)
        if unknown:
            raise AxiswatchError("AW501", f"unknown certainty: {', '.join(sorted(unknown))}")
        if self.country is not None:
            country = self.country.strip().upper() or None
            if country is not None and (len(country) != 2 or not country.isalpha()):
                raise AxiswatchError(
                    "AW501", f"country: not an ISO 3166 alpha-2 code: {self.country!r}"
                )
            set_(self, "country", country)
        if self.q is not None:
            set_(self, "q", self.q.strip() or None)
        if not 0 <= self.limit <= MAX_LIMIT:
            raise AxiswatchError("AW501", f"limit must be between 0 and {MAX_LIMIT}: {self.limit}")
        if self.offset < 0:
            raise AxiswatchError("AW501", f"offset must not be negative: {self.offset}")


def _check_bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    if len(bbox) != 4:
        raise AxiswatchError("AW501", f"bbox needs four numbers west,south,east,north: {bbox!r}")
    w, s, e, n = (float(v) for v in bbox)
    if not (-180 <= w <= 180 and -180 <= e <= 180):
        raise AxiswatchError("AW501", f"bbox longitudes must be within -180..180: {w}, {e}")
    if not (-90 <= s <= 90 and -90 <= n <= 90):
        raise AxiswatchError("AW501", f"bbox latitudes must be within -90..90: {s}, {n}")
    if s > n:
        raise AxiswatchError("AW501", f"bbox south {s} is north of north {n}")
    return (w, s, e, n)


def _like_pattern(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def event_conditions(flt: EventFilter) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions on ``events`` that ``flt`` describes (pure: builds SQL, runs none)."""
    c = events.c
    conds: list[sa.ColumnElement[bool]] = []
    if flt.status:
        conds.append(c.status.in_(flt.status))
    else:
        conds.append(c.status.not_in(HIDDEN_STATUSES))
    if flt.date_to is not None:
        conds.append(c.date_start <= flt.date_to)
    if flt.date_from is not None:
        conds.append(c.date_start >= flt.date_from - _MAX_SPAN)
        conds.append(sa.func.coalesce(c.date_end, c.date_start) >= flt.date_from)
    if flt.types:
        conds.append(c.type.in_(flt.types))
    if flt.country:
        conds.append(c.country == flt.country)
    if flt.certainty:
        conds.append(c.certainty.in_(flt.certainty))
    if flt.bbox is not None:
        w, s, e, n = flt.bbox
        conds.append(c.lat.between(s, n))
        if w <= e:
            conds.append(c.lon.between(w, e))
        else:
            conds.append(sa.or_(c.lon >= w, c.lon <= e))
    if flt.actors:
        by_actor = sa.select(event_actors.c.event_id).where(
            event_actors.c.entity_id.in_(flt.actors)
        )
        if flt.roles:
            by_actor = by_actor.where(event_actors.c.role.in_(flt.roles))
        conds.append(c.id.in_(by_actor))
    if flt.q:
        pattern = _like_pattern(flt.q)
        conds.append(
            sa.or_(
                *(
                    sa.func.lower(col).like(pattern, escape="\\")
                    for col in (c.summary, c.target, c.location_name)
                )
            )
        )
    return conds


def select_statement(flt: EventFilter, columns: Sequence[str] = LIST_COLUMNS) -> sa.Select[Any]:
    """The SELECT for one page of events, newest first (pure)."""
    cols = [events.c[name] for name in columns]
    return (
        sa.select(*cols)
        .where(*event_conditions(flt))
        .order_by(events.c.date_start.desc(), events.c.id)
        .limit(flt.limit)
        .offset(flt.offset)
    )


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def select_events(conn: sa.Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """One page of events matching ``flt`` as plain dicts (dates as ISO strings)."""
    rows = conn.execute(select_statement(flt)).mappings()
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def count_events(conn: sa.Connection, flt: EventFilter) -> int:
    """How many events match ``flt`` (``limit``/``offset`` ignored)."""
    stmt = sa.select(sa.func.count()).select_from(events).where(*event_conditions(flt))
    return int(conn.execute(stmt).scalar_one())


def event_geojson(conn: sa.Connection, flt: EventFilter) -> dict[str, Any]:
    """The located events matching ``flt`` as a GeoJSON FeatureCollection of points."""
    columns = (*_GEO_PROPERTIES, "lat", "lon")
    stmt = select_statement(flt, columns).where(
        events.c.lat.is_not(None), events.c.lon.is_not(None)
    )
    features = []
    for row in conn.execute(stmt):
        props = dict(zip(_GEO_PROPERTIES, row[: len(_GEO_PROPERTIES)], strict=True))
        lat, lon = row[-2], row[-1]
        features.append({
            "type": "Feature",
            "id": props["id"],
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}


def timeline_counts(conn: sa.Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``flt`` counted per first day and type: ``[{date, type, count}]``.

    Events without a date are left out; ``limit``/``offset`` are ignored.
    """
    day = events.c.date_start
    stmt = (
        sa.select(day, events.c.type, sa.func.count().label("n"))
        .where(*event_conditions(flt), day.is_not(None))
        .group_by(day, events.c.type)
        .order_by(day, events.c.type)
    )
    return [
        {"date": _plain(d), "type": t, "count": int(n)} for d, t, n in conn.execute(stmt)
    ]

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

from axiswatch import model
from axiswatch.errors import AxiswatchError
from axiswatch.model import CERTAINTIES, EVENT_TYPES, ROLE_FIELDS
from axiswatch.store.schema import (
    ROLE_ROWS,
    aliases,
    documents,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
    judgements,
    relations,
)

# Statuses an event list leaves out unless asked for by name.
HIDDEN_STATUSES = ("rejected", "merged")
# The event_actors.role values that make an entity "an actor of" an event (targets are not).
ACTOR_ROLES = tuple(ROLE_ROWS[name] for name in model.ACTOR_ROLES)
MAX_LIMIT = 1_000_000

# Columns a list or a map shows; JSON columns come back as lists.
LIST_COLUMNS = (
    "id", "type", "subtype", "date", "date_precision", "date_start", "date_end",
    "location", "location_name", "country", "lat", "lon", "geo_precision",
    *ROLE_FIELDS, "killed", "injured", "certainty", "n_sources", "summary", "status", "updated_at",
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


def _starts_from(day: dt.date) -> sa.ColumnElement[bool]:
    """Events that may cover ``day`` or later: those starting on or after it, and the
    month and year precision ones that start earlier and may still cover it.

    A stated date covers a day, a month (it starts on the 1st) or a year (it starts
    on 1 January), so an event that starts before ``day`` and covers it starts on
    the first of ``day``'s month or of its year; both are equality look-ups on the
    ``(type, date_start)`` and ``date_start`` indexes (SQLite plans the OR as a
    union of index searches) instead of a scan of the year before ``day``.
    """
    earlier = _earlier_starts(day)
    col = events.c.date_start
    if not earlier:
        return col >= day
    return sa.or_(col >= day, col.in_(earlier))


def _earlier_starts(day: dt.date) -> list[dt.date]:
    """The first days before ``day`` on which a month or a year that covers it starts."""
    return sorted({day.replace(day=1), day.replace(month=1, day=1)} - {day})


def _located(flt: EventFilter) -> list[sa.ColumnElement[bool]]:
    """Events with coordinates. A box already implies them; without one the test is written
    so that SQLite scans the table rather than visit every row through ``ix_events_lat_lon``
    (a random look-up per row, ten times slower when most events are located)."""
    if flt.bbox is not None:
        return []
    return [(events.c.lat + 0).is_not(None), (events.c.lon + 0).is_not(None)]


# An actor with n event links among N events: taking its n events and sorting them
# costs about n look-ups; walking all events newest first and probing ``event_actors``
# for each finds a page of 100 after about 100 * N / n probes. The two meet near
# n = sqrt(125 * N) (measured on SQLite: 3,500 links at 100,000 events, 11,000 at a
# million); above it the probe is used. ``FREQUENT_ACTOR_LINKS`` is the floor.
# PostgreSQL meets at about the same point once its walk runs serially (see
# :func:`select_events`).
FREQUENT_ACTOR_LINKS = 2000


def _actor_links(flt: EventFilter) -> sa.ColumnElement[bool]:
    cond: sa.ColumnElement[bool] = event_actors.c.entity_id.in_(flt.actors)
    if flt.roles:
        cond = sa.and_(cond, event_actors.c.role.in_(flt.roles))
    return cond


def _actor_condition(
    flt: EventFilter, *, frequent: bool, dialect: str | None = None
) -> sa.ColumnElement[bool]:
    if frequent:
        probe = sa.select(sa.literal(1)).select_from(event_actors).where(
            event_actors.c.event_id == events.c.id, _actor_links(flt))
        return sa.exists(probe)
    links = sa.select(event_actors.c.event_id).where(_actor_links(flt))
    if dialect == "postgresql":
        # PostgreSQL turns ``IN (subquery)`` into a semi-join and, when a page is asked
        # for, walks every event newest first probing each one (a second at a million
        # events for an actor with 2,500). ``= ANY(ARRAY(subquery))`` reads the links
        # once from ``ix_event_actors_entity`` (index only) and then the events by key.
        return events.c.id == sa.any_(sa.func.array(links.scalar_subquery()))
    return events.c.id.in_(links)


def estimated_events(conn: sa.Connection) -> int:
    """About how many rows ``events`` holds, without counting them: SQLite's largest rowid
    or PostgreSQL's planner estimate."""
    value: Any = None
    if conn.dialect.name == "sqlite":
        value = conn.exec_driver_sql("SELECT max(rowid) FROM events").scalar()
    elif conn.dialect.name == "postgresql":  # -1 until the table is first analyzed
        value = conn.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'events'").scalar()
    if value is None or value < 1:
        value = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar()
    return max(0, int(value or 0))


def frequent_actors(conn: sa.Connection, flt: EventFilter) -> bool:
    """Whether ``flt``'s actors have so many event links that a page of their newest
    events is found faster by probing (see :data:`FREQUENT_ACTOR_LINKS`); the links are
    counted up to the bound only, through ``ix_event_actors_entity``."""
    if not flt.actors:
        return False
    bound = max(FREQUENT_ACTOR_LINKS, int((125 * estimated_events(conn)) ** 0.5))
    capped = (sa.select(event_actors.c.event_id).where(_actor_links(flt))
              .limit(bound + 1).subquery())
    n = conn.execute(sa.select(sa.func.count()).select_from(capped)).scalar_one()
    return int(n) > bound


def event_conditions(
    flt: EventFilter,
    *,
    frequent_actors: bool = False,
    split_start: bool = False,
    dialect: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions on ``events`` that ``flt`` describes (pure: builds SQL, runs none).

    ``frequent_actors`` picks the form of the actor filter suited to a page of the
    newest events of an actor with many events (see :data:`FREQUENT_ACTOR_LINKS`);
    ``split_start`` leaves out which days an event may start on given ``date_from``
    (the caller reads those as separate branches); ``dialect`` (the connection's)
    picks the form of the actor filter the database plans best.
    """
    c = events.c
    conds: list[sa.ColumnElement[bool]] = []
    if flt.status:
        conds.append(c.status.in_(flt.status))
    else:
        conds.append(c.status.not_in(HIDDEN_STATUSES))
    if flt.date_to is not None:
        conds.append(c.date_start <= flt.date_to)
    if flt.date_from is not None:
        if not split_start:
            conds.append(_starts_from(flt.date_from))
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
        conds.append(_actor_condition(flt, frequent=frequent_actors, dialect=dialect))
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


def select_statement(
    flt: EventFilter,
    columns: Sequence[str] = LIST_COLUMNS,
    *,
    frequent_actors: bool = False,
    extra: Sequence[sa.ColumnElement[bool]] = (),
    dialect: str | None = None,
) -> sa.Select[Any]:
    """The SELECT for one page of events, newest first (pure); ``extra`` conditions apply
    on top of the filter's.

    With a first day, the events starting on or after it and the month or year ones
    starting before it are read as two index searches, each newest first and cut at
    the page's end, then merged: the newest-first walk of the date index stops after
    one page instead of sorting every event of the range.
    """
    order = (events.c.date_start.desc(), events.c.id)
    earlier = _earlier_starts(flt.date_from) if flt.date_from is not None else []
    conds = [*event_conditions(flt, frequent_actors=frequent_actors, split_start=bool(earlier),
                               dialect=dialect),
             *extra]
    if not earlier:
        cols = [events.c[name] for name in columns]
        return sa.select(*cols).where(*conds).order_by(*order).limit(flt.limit).offset(flt.offset)
    inner = list(dict.fromkeys([*columns, "date_start", "id"]))
    end = flt.limit + flt.offset
    parts = []
    for branch in (events.c.date_start >= flt.date_from, events.c.date_start.in_(earlier)):
        part = (sa.select(*(events.c[name] for name in inner)).where(*conds, branch)
                .order_by(*order).limit(end))
        parts.append(sa.select(part.subquery()))
    merged = sa.union_all(*parts).subquery()
    return (
        sa.select(*(merged.c[name] for name in columns))
        .order_by(merged.c.date_start.desc(), merged.c.id)
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
    frequent = flt.limit <= 1000 and frequent_actors(conn, flt)
    stmt = select_statement(flt, frequent_actors=frequent, dialect=conn.dialect.name)
    serial = frequent and conn.dialect.name == "postgresql"
    if serial:
        # The probe walk stops after a page; PostgreSQL's parallel workers each walk
        # their own share past it (three times the probes, and on busy cores the
        # slowest worker sets the time). A serial walk was 3-5 times faster at 1M.
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
    try:
        rows = conn.execute(stmt).mappings().all()
    finally:
        if serial:
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather TO DEFAULT")
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def count_events(conn: sa.Connection, flt: EventFilter) -> int:
    """How many events match ``flt`` (``limit``/``offset`` ignored)."""
    stmt = sa.select(sa.func.count()).select_from(events).where(*event_conditions(flt))
    return int(conn.execute(stmt).scalar_one())


def event_geojson(conn: sa.Connection, flt: EventFilter) -> dict[str, Any]:
    """The located events matching ``flt`` as a GeoJSON FeatureCollection of points."""
    columns = (*_GEO_PROPERTIES, "lat", "lon")
    stmt = select_statement(flt, columns, extra=_located(flt), dialect=conn.dialect.name)
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


POINT_FIELDS = ("id", "lat", "lon", "type", "geo_precision")


def event_points(conn: sa.Connection, flt: EventFilter) -> list[tuple[Any, ...]]:
    """The located events matching ``flt`` as compact rows of :data:`POINT_FIELDS`, for a
    map of many events (the page fetches an event's details when it is opened)."""
    cols = [events.c[name] for name in POINT_FIELDS]
    stmt = (
        sa.select(*cols)
        .where(*event_conditions(flt), *_located(flt))
        .limit(flt.limit)
        .offset(flt.offset)
    )  # no order: sorting 100,000 rows through the date index costs more than the scan
    return [tuple(row) for row in conn.execute(stmt)]


def event_grid(
    conn: sa.Connection, flt: EventFilter, cell: float
) -> list[tuple[float, float, str, int]]:
    """Located events matching ``flt`` counted per type in square cells of ``cell`` degrees:
    ``(mean lat, mean lon, type, count)`` per non-empty cell, for an overview map of
    more events than a browser can hold as markers (``limit``/``offset`` ignored)."""
    if not cell > 0:
        raise AxiswatchError("AW501", f"grid cell must be a positive size in degrees: {cell}")
    row_of: Any
    col_of: Any
    if conn.dialect.name == "sqlite":  # no floor(); the offsets keep values non-negative
        row_of = sa.cast((events.c.lat + 90.0) / cell, sa.Integer)
        col_of = sa.cast((events.c.lon + 180.0) / cell, sa.Integer)
    else:
        row_of = sa.func.floor((events.c.lat + 90.0) / cell)
        col_of = sa.func.floor((events.c.lon + 180.0) / cell)
    gy, gx = row_of.label("gy"), col_of.label("gx")
    stmt = (
        sa.select(sa.func.avg(events.c.lat), sa.func.avg(events.c.lon), events.c.type,
                  sa.func.count(), gy, gx)
        .where(*event_conditions(flt), *_located(flt))
        .group_by(gy, gx, events.c.type)
    )
    return [(round(float(lat), 5), round(float(lon), 5), typ, int(n))
            for lat, lon, typ, n, _gy, _gx in conn.execute(stmt)]


def timeline_counts(conn: sa.Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``flt`` counted per first day and type: ``[{date, type, count}]``.

    Events without a date are left out; ``limit``/``offset`` are ignored.

    With a first day, the events starting on or after it and the month or year ones
    starting before it are counted by two statements: each is then one range of the
    ``(country, date_start, type, ...)`` index, read in group order with no sort.
    """
    day = events.c.date_start
    keys: tuple[Any, ...] = (day, events.c.type)
    if conn.dialect.name == "sqlite" and flt.country is None:
        # Without a country no index covers the filter; grouping on expressions keeps
        # SQLite from walking the (type, date) index in group order with a table
        # look-up per row: a plain scan is twice as fast.
        keys = (sa.cast(day, sa.Text), events.c.type.concat(""))
    earlier = _earlier_starts(flt.date_from) if flt.date_from is not None else []
    conds = event_conditions(flt, split_start=bool(earlier))
    branches: list[list[sa.ColumnElement[bool]]] = [[]]
    if earlier and flt.date_from is not None:
        branches = [[day >= flt.date_from], [day.in_(earlier)]]
    rows: list[tuple[Any, str, int]] = []
    for branch in branches:  # the branches start on different days: no group is split
        stmt = (
            sa.select(sa.func.min(day), events.c.type, sa.func.count().label("n"))
            .where(*conds, *branch)
            .group_by(*keys)
        )
        rows.extend((d, t, int(n)) for d, t, n in conn.execute(stmt) if d is not None)
    rows.sort()
    return [{"date": _plain(d), "type": t, "count": n} for d, t, n in rows]


# --- one event, its sources, the review queue -------------------------------------------

CONTEXT_CHARS = 320  # characters of document text shown on each side of an evidence span


def get_event_row(conn: sa.Connection, event_id: str) -> dict[str, Any] | None:
    """The fused event ``event_id`` with every column (any status), or ``None``."""
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).mappings().first()
    return None if row is None else {k: _plain(v) for k, v in row.items()}


def sources_select(*columns: Any) -> sa.Select[Any]:
    """Event sources with their evidence span (``evidence_text``, ``evidence_start``,
    ``evidence_end``) and their document's metadata (``doc_*``), plus ``columns``."""
    return sa.select(
        event_sources,
        evidence.c.text.label("evidence_text"),
        evidence.c.start.label("evidence_start"),
        evidence.c.end.label("evidence_end"),
        documents.c.title.label("doc_title"),
        documents.c.publisher.label("doc_publisher"),
        documents.c.published.label("doc_published"),
        documents.c.url.label("doc_url"),
        documents.c.source_path.label("doc_path"),
        documents.c.n_chars.label("doc_chars"),
        *columns,
    ).select_from(
        event_sources.outerjoin(evidence, evidence.c.id == event_sources.c.evidence_id)
        .outerjoin(documents, documents.c.id == event_sources.c.doc_id)
    )


def event_sources_with_evidence(conn: sa.Connection, event_id: str) -> list[dict[str, Any]]:
    """Every source of ``event_id`` with its document's metadata, its evidence span and a
    window of the document text around it (``context_start``, ``context``)."""
    ctx_start = sa.case(
        (evidence.c.start > CONTEXT_CHARS, evidence.c.start - CONTEXT_CHARS), else_=0
    )
    ctx_len = evidence.c.end - ctx_start + CONTEXT_CHARS
    stmt = (
        sources_select(
            ctx_start.label("context_start"),
            sa.func.substr(documents.c.text, ctx_start + 1, ctx_len).label("context"),
        )
        .where(event_sources.c.event_id == event_id)
        .order_by(documents.c.published, event_sources.c.id)
    )
    out = []
    for row in conn.execute(stmt).mappings():
        item = {k: _plain(v) for k, v in row.items()}
        item.pop("doc_path")
        item["evidence"] = {
            "id": item.pop("evidence_id"),
            "start": item.pop("evidence_start"),
            "end": item.pop("evidence_end"),
            "text": item.pop("evidence_text"),
        }
        out.append(item)
    return out


def judgements_about(
    conn: sa.Connection, target_ids: Iterable[str], judgement_ids: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Judgements on any of ``target_ids`` (an event, its sources, the events it was fused
    from) or with one of ``judgement_ids``, oldest first."""
    targets, jids = sorted(set(target_ids)), sorted(set(judgement_ids))
    if not targets and not jids:
        return []
    stmt = (
        sa.select(judgements)
        .where(sa.or_(judgements.c.target_id.in_(targets), judgements.c.id.in_(jids)))
        .order_by(judgements.c.created_at, judgements.c.id)
    )
    return [{k: _plain(v) for k, v in r.items()} for r in conn.execute(stmt).mappings()]


def review_events(conn: sa.Connection, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Events no analyst has judged yet (status ``extracted``), newest first."""
    return select_events(conn, EventFilter(status=("extracted",), limit=limit, offset=offset))


def review_relations(
    conn: sa.Connection, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Extracted relations no analyst has judged yet, with their evidence."""
    stmt = (
        sa.select(relations)
        .where(relations.c.status == "extracted", relations.c.source != "kb")
        .order_by(relations.c.updated_at.desc(), relations.c.id)
        .limit(limit)
        .offset(offset)
    )
    rows = [{k: _plain(v) for k, v in r.items()} for r in conn.execute(stmt).mappings()]
    return _with_relation_evidence(conn, _with_entity_names(conn, rows))


# --- actors, relations and the network ------------------------------------------------------

FRONT_PREDICATES = ("front_for", "part_of")


def expand_actors(conn: sa.Connection, ids: Iterable[str], *, depth: int = 3) -> tuple[str, ...]:
    """``ids`` plus every entity that is a front or a unit of one of them (through
    ``front_for``/``part_of`` relations not rejected), up to ``depth`` steps."""
    found = list(dict.fromkeys(ids))
    frontier = set(found)
    for _ in range(depth):
        if not frontier:
            break
        stmt = sa.select(relations.c.subject).where(
            relations.c.object.in_(sorted(frontier)),
            relations.c.predicate.in_(FRONT_PREDICATES),
            relations.c.status.not_in(HIDDEN_STATUSES),
        )
        new = {s for (s,) in conn.execute(stmt)} - set(found)
        found.extend(sorted(new))
        frontier = new
    return tuple(found)


def entity_names(conn: sa.Connection, ids: Iterable[str]) -> dict[str, str]:
    """The display name of each entity id the store knows."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    stmt = sa.select(entities.c.id, entities.c.name).where(entities.c.id.in_(wanted))
    return {i: n for i, n in conn.execute(stmt)}


def _with_entity_names(conn: sa.Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = entity_names(conn, [r["subject"] for r in rows] + [r["object"] for r in rows])
    for r in rows:
        r["subject_name"] = names.get(r["subject"], r["subject"])
        r["object_name"] = names.get(r["object"], r["object"])
    return rows


def _with_relation_evidence(
    conn: sa.Connection, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    spans: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        stmt = (
            sa.select(evidence.c.fact_id, evidence.c.doc_id, evidence.c.start, evidence.c.end,
                      evidence.c.text, evidence.c.certainty, documents.c.title)
            .join(documents, documents.c.id == evidence.c.doc_id)
            .where(evidence.c.fact_kind == "relation", evidence.c.fact_id.in_(ids))
            .order_by(evidence.c.doc_id, evidence.c.start)
        )
        for fact_id, doc_id, start, end, text, cert, title in conn.execute(stmt):
            spans[fact_id].append({"doc_id": doc_id, "start": start, "end": end, "text": text,
                                   "certainty": cert, "doc_title": title})
    for r in rows:
        r["evidence"] = spans[r["id"]]
    return rows


def get_actor(conn: sa.Connection, entity_id: str) -> dict[str, Any] | None:
    """An entity with its aliases, or ``None``."""
    row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).mappings().first()
    if row is None:
        return None
    actor = {k: _plain(v) for k, v in row.items()}
    stmt = sa.select(aliases.c.alias).where(aliases.c.entity_id == entity_id)
    actor["aliases"] = sorted({a for (a,) in conn.execute(stmt)} - {actor["name"]})
    return actor


def relations_of(conn: sa.Connection, entity_id: str) -> list[dict[str, Any]]:
    """Relations where ``entity_id`` is subject or object (rejected ones left out), with
    the names of both ends and the evidence behind each."""
    stmt = (
        sa.select(relations)
        .where(sa.or_(relations.c.subject == entity_id, relations.c.object == entity_id),
               relations.c.status.not_in(HIDDEN_STATUSES))
        .order_by(relations.c.predicate, relations.c.subject, relations.c.object)
    )
    rows = [{k: _plain(v) for k, v in r.items()} for r in conn.execute(stmt).mappings()]
    return _with_relation_evidence(conn, _with_entity_names(conn, rows))


def get_relation(conn: sa.Connection, relation_id: str) -> dict[str, Any] | None:
    """One relation (any status) with names and evidence, or ``None``."""
    stmt = sa.select(relations).where(relations.c.id == relation_id)
    rows = [{k: _plain(v) for k, v in r.items()} for r in conn.execute(stmt).mappings()]
    if not rows:
        return None
    return _with_relation_evidence(conn, _with_entity_names(conn, rows))[0]


NETWORK_TYPES = ("armed_group", "front_group", "coalition", "state_body", "person",
                 "organization")


def network(conn: sa.Connection) -> dict[str, list[dict[str, Any]]]:
    """Actors and the relations between them: ``{"nodes": [...], "edges": [...]}``.

    Nodes are entities of the actor types that take part in a relation not
    rejected, with the number of events they act in; places are left out.
    """
    kept = relations.c.status.not_in(HIDDEN_STATUSES)
    edge_rows = conn.execute(
        sa.select(relations.c.id, relations.c.subject, relations.c.predicate,
                  relations.c.object, relations.c.certainty, relations.c.source,
                  relations.c.status)
        .where(kept).order_by(relations.c.id)
    ).mappings().all()
    ids = {r["subject"] for r in edge_rows} | {r["object"] for r in edge_rows}
    nodes: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(ids), 500):
        stmt = sa.select(entities.c.id, entities.c.name, entities.c.type, entities.c.country)
        for eid, name, typ, country in conn.execute(stmt.where(entities.c.id.in_(chunk))):
            if typ in NETWORK_TYPES:
                nodes[eid] = {"id": eid, "name": name, "type": typ, "country": country,
                              "events": 0}
    n_events = sa.func.count(sa.distinct(event_actors.c.event_id))
    counts = sa.select(event_actors.c.entity_id, n_events)
    counts = counts.where(event_actors.c.role.in_(ACTOR_ROLES)).group_by(event_actors.c.entity_id)
    for eid, n in conn.execute(counts):
        if eid in nodes:
            nodes[eid]["events"] = int(n)
    edges = [dict(r) for r in edge_rows if r["subject"] in nodes and r["object"] in nodes]
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edges}


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- search ---------------------------------------------------------------------------------


def search_documents(conn: sa.Connection, q: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Documents whose title or text contains ``q`` (case-insensitive), newest first."""
    pattern = _like_pattern(q.strip())
    stmt = (
        sa.select(documents.c.id, documents.c.title, documents.c.publisher,
                  documents.c.published, documents.c.url)
        .where(sa.or_(sa.func.lower(documents.c.title).like(pattern, escape="\\"),
                      sa.func.lower(documents.c.text).like(pattern, escape="\\")))
        .order_by(documents.c.published.desc(), documents.c.id)
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def search_actors(
    conn: sa.Connection, q: str, key: str, *, types: Sequence[str] = (), limit: int = 20
) -> list[dict[str, Any]]:
    """Entities whose name or an alias contains ``q``; ``key`` is ``q`` under the pack's
    alias normalization. Exact alias matches come first."""
    pattern = _like_pattern(q.strip())
    key_pattern = _like_pattern(key)
    by_alias = sa.select(aliases.c.entity_id).where(
        sa.or_(aliases.c.norm.like(key_pattern, escape="\\"),
               sa.func.lower(aliases.c.alias).like(pattern, escape="\\")))
    exact = sa.select(aliases.c.entity_id).where(aliases.c.norm == key)
    stmt = (
        sa.select(entities.c.id, entities.c.name, entities.c.type, entities.c.country,
                  entities.c.id.in_(exact).label("exact"))
        .where(sa.or_(sa.func.lower(entities.c.name).like(pattern, escape="\\"),
                      entities.c.id.in_(by_alias)))
        .order_by(sa.desc("exact"), entities.c.name)
        .limit(limit)
    )
    if types:
        stmt = stmt.where(entities.c.type.in_(types))
    return [{k: v for k, v in r.items() if k != "exact"} for r in conn.execute(stmt).mappings()]


def evidence_in_document(conn: sa.Connection, doc_id: str) -> list[dict[str, Any]]:
    """Every evidence span in a document, in text order."""
    stmt = (
        sa.select(evidence.c.id, evidence.c.start, evidence.c.end, evidence.c.fact_kind,
                  evidence.c.fact_id, evidence.c.certainty)
        .where(evidence.c.doc_id == doc_id)
        .order_by(evidence.c.start, evidence.c.end)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


# --- applying a review to what the page shows -------------------------------------------

EDITABLE_EVENT_FIELDS = (
    "type", "subtype", "date", "date_precision", "location_name", "country", "lat", "lon",
    "geo_precision", "target", "weapon", "killed", "injured", "certainty", "summary",
)
EDITABLE_RELATION_FIELDS = ("predicate", "certainty", "valid_from", "valid_to")
_REVIEW_STATUS = {"confirm": "confirmed", "edit": "edited", "reject": "rejected"}


def date_span(date: str) -> tuple[dt.date, dt.date, str]:
    """First and last day an ISO date of any precision covers, and that precision."""
    parts = date.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(date)
        return day, day, "day"
    if len(parts) == 2:
        first = dt.date(int(parts[0]), int(parts[1]), 1)
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1), "month"
    year = int(parts[0])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def apply_review(
    conn: sa.Connection, kind: str, target_id: str, action: str,
    fields: dict[str, Any] | None = None,
) -> bool:
    """Show an analyst's judgement on the event or relation row: its status, and for an
    edit the corrected values. The judgement itself is stored by
    :func:`axiswatch.store.judgements.record_judgement`; fusion recomputes from it.
    ``False`` when the target does not exist."""
    table, allowed = (
        (events, EDITABLE_EVENT_FIELDS) if kind == "event"
        else (relations, EDITABLE_RELATION_FIELDS)
    )
    values: dict[str, Any] = {"status": _REVIEW_STATUS[action],
                              "updated_at": dt.datetime.now(dt.UTC)}
    for name, value in (fields or {}).items():
        if name in allowed:
            values[name] = value
    if kind == "event" and values.get("date"):
        start, end, precision = date_span(str(values["date"]))
        values.update(date_start=start, date_end=end)
        values.setdefault("date_precision", precision)
    result = conn.execute(sa.update(table).where(table.c.id == target_id).values(**values))
    return bool(result.rowcount)

"""SQL for fusion: read event sources and relations, write fused events.

``write_events`` upserts one ``events`` row per fused occurrence, repoints its
sources' ``event_sources.event_id`` to it, rebuilds its ``event_actors`` rows,
and ``delete_orphan_events`` removes events no source points at any more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from axiswatch.model import ROLE_FIELDS, ROLE_LISTS
from axiswatch.store.queries import sources_select
from axiswatch.store.schema import (
    ROLE_ROWS,
    documents,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
    relations,
)

EVENT_FIELDS = (
    "type", "subtype", "date", "date_precision", "date_start", "date_end", "location",
    "location_name", "country", "lat", "lon", "geo_precision", *ROLE_FIELDS, "killed",
    "injured", "certainty",
)
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def load_sources(conn: sa.Connection, *, event_ids: Sequence[str] | None = None,
                 source_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Event sources with their evidence sentence and document metadata, by id.

    ``event_ids`` limits the result to the sources of those events, ``source_ids``
    to those sources.
    """
    query = sources_select().order_by(event_sources.c.id)
    if event_ids is None and source_ids is None:
        return [dict(r._mapping) for r in conn.execute(query)]
    column = event_sources.c.event_id if event_ids is not None else event_sources.c.id
    out: list[dict[str, Any]] = []
    for chunk in _chunks(list(event_ids if event_ids is not None else source_ids or ())):
        out.extend(dict(r._mapping) for r in conn.execute(query.where(column.in_(chunk))))
    out.sort(key=lambda r: r["id"])
    return out


def load_relations(conn: sa.Connection) -> list[dict[str, Any]]:
    """Stored relations that are not rejected, each with its evidence sentences."""
    rels = [dict(r._mapping) for r in conn.execute(
        sa.select(relations).where(relations.c.status != "rejected").order_by(relations.c.id))]
    ev: dict[str, list[dict[str, Any]]] = {}
    rows = conn.execute(
        sa.select(evidence.c.fact_id, evidence.c.doc_id, evidence.c.start, evidence.c.end,
                  evidence.c.text, evidence.c.certainty, documents.c.title,
                  documents.c.publisher, documents.c.published, documents.c.url,
                  documents.c.source_path)
        .select_from(evidence.outerjoin(documents, documents.c.id == evidence.c.doc_id))
        .where(evidence.c.fact_kind == "relation")
        .order_by(evidence.c.doc_id, evidence.c.start)
    )
    for r in rows:
        item = dict(r._mapping)
        ev.setdefault(item.pop("fact_id"), []).append(item)
    for rel in rels:
        rel["evidence"] = ev.get(rel["id"], [])
    return rels


def entity_records(conn: sa.Connection, ids: Iterable[str] | None = None
                   ) -> dict[str, dict[str, Any]]:
    """Stored entities (name, type, country, lat/lon) by id."""
    query = sa.select(entities.c.id, entities.c.name, entities.c.type, entities.c.country,
                      entities.c.lat, entities.c.lon)
    if ids is None:
        return {r.id: dict(r._mapping) for r in conn.execute(query)}
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for r in conn.execute(query.where(entities.c.id.in_(chunk))):
            out[r.id] = dict(r._mapping)
    return out


def event_of_source(conn: sa.Connection, source_id: str) -> str | None:
    """The event a source belongs to."""
    return conn.execute(sa.select(event_sources.c.event_id)
                        .where(event_sources.c.id == source_id)).scalar_one_or_none()


def get_event_row(conn: sa.Connection, event_id: str) -> dict[str, Any] | None:
    """One ``events`` row as a dict."""
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
    return dict(row._mapping) if row else None


def stored_digests(conn: sa.Connection) -> dict[str, str | None]:
    """Each stored event's fusion digest (None for events fusion has not written)."""
    out: dict[str, str | None] = {}
    for eid, fusion in conn.execute(sa.select(events.c.id, events.c.fusion)):
        out[eid] = fusion.get("digest") if isinstance(fusion, dict) else None
    return out


def write_events(conn: sa.Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Upsert fused events, repoint their sources, rebuild their actor index.

    Each row has ``id``, ``members`` (source ids), the :data:`EVENT_FIELDS`,
    ``n_sources``, ``summary``, ``fusion`` and ``status``.
    """
    if not rows:
        return 0
    now = datetime.now(UTC)
    ids = [r["id"] for r in rows]
    existing: set[str] = set()
    for chunk in _chunks(ids):
        existing.update(conn.execute(sa.select(events.c.id).where(events.c.id.in_(chunk)))
                        .scalars())
    for row in rows:
        values = {name: row.get(name) for name in EVENT_FIELDS}
        for name in ROLE_LISTS:
            values[name] = list(values[name] or [])
        values.update(n_sources=row["n_sources"], fusion=row.get("fusion"),
                      status=row.get("status") or "extracted", updated_at=now)
        if row["id"] in existing:
            if row.get("summary") is not None:
                values["summary"] = row["summary"]
            conn.execute(events.update().where(events.c.id == row["id"]).values(**values))
        else:
            conn.execute(events.insert().values(id=row["id"], summary=row.get("summary"),
                                                **values))
    for row in rows:
        members = list(row["members"])
        for chunk in _chunks(members):
            conn.execute(event_sources.update()
                         .where(event_sources.c.id.in_(chunk),
                                event_sources.c.event_id != row["id"])
                         .values(event_id=row["id"]))
    for chunk in _chunks(ids):
        conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(chunk)))
    actor_rows = []
    for row in rows:
        seen: set[tuple[str, str]] = set()
        for name, role in ROLE_ROWS.items():
            for entity_id in row.get(name) or ():
                if (entity_id, role) not in seen:
                    seen.add((entity_id, role))
                    actor_rows.append({"event_id": row["id"], "entity_id": entity_id,
                                       "role": role})
    if actor_rows:
        conn.execute(event_actors.insert(), actor_rows)
    return len(rows)


def delete_orphan_events(conn: sa.Connection) -> int:
    """Delete events that no source points at; the number deleted."""
    orphan = sa.select(events.c.id).where(
        ~sa.exists().where(event_sources.c.event_id == events.c.id))
    ids = list(conn.execute(orphan).scalars())
    for chunk in _chunks(ids):
        conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(chunk)))
        conn.execute(events.delete().where(events.c.id.in_(chunk)))
    return len(ids)

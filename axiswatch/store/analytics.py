"""SQL for analysis, briefings and exports: entity look-ups, event sources, documents.

Event filtering itself is :mod:`axiswatch.store.queries` (``EventFilter``); this
module adds what stats, reports and exports need beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from axiswatch.ids import slugify
from axiswatch.store.schema import (
    aliases,
    documents,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
)

_CHUNK = 500


def _rows_in(conn: sa.Connection, query: sa.Select[Any], column: sa.ColumnElement[Any],
             ids: Iterable[str] | None) -> list[dict[str, Any]]:
    """The rows of ``query``, or only those whose ``column`` is one of ``ids``.

    Ids go in chunks, so a long list stays within the databases' parameter limits.
    """
    if ids is None:
        return [dict(r._mapping) for r in conn.execute(query)]
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for i in range(0, len(wanted), _CHUNK):
        out.extend(dict(r._mapping) for r in conn.execute(
            query.where(column.in_(wanted[i:i + _CHUNK]))))
    return out


def _alias_key(text: str) -> str:
    try:
        from axiswatch.kb.normalize import alias_key
    except ImportError:  # pragma: no cover - the pack's normalizer ships with the package
        return slugify(text)
    return alias_key(text)


def resolve_entity(conn: sa.Connection, name: str) -> list[str]:
    """Entity ids a name or id denotes: exact id, then alias key, then name/alias text."""
    name = name.strip()
    if not name:
        return []
    hit = conn.execute(sa.select(entities.c.id).where(entities.c.id == name)).scalar()
    if hit:
        return [hit]
    key = _alias_key(name)
    ids = list(conn.execute(sa.select(aliases.c.entity_id).where(aliases.c.norm == key)
                            .distinct().order_by(aliases.c.entity_id)).scalars())
    if ids:
        return ids
    low = name.lower()
    ids = list(conn.execute(
        sa.select(entities.c.id).where(sa.or_(sa.func.lower(entities.c.name) == low,
                                               entities.c.id == slugify(name)))
        .order_by(entities.c.id)).scalars())
    if ids:
        return ids
    return list(conn.execute(sa.select(aliases.c.entity_id)
                             .where(sa.func.lower(aliases.c.alias) == low)
                             .distinct().order_by(aliases.c.entity_id)).scalars())


def sources_of_events(conn: sa.Connection, event_ids: Sequence[str]
                      ) -> dict[str, list[dict[str, Any]]]:
    """Each event's sources with document metadata and evidence sentence, by event id."""
    out: dict[str, list[dict[str, Any]]] = {}
    query = (
        sa.select(event_sources.c.id, event_sources.c.event_id, event_sources.c.doc_id,
                  event_sources.c.certainty, event_sources.c.killed, event_sources.c.injured,
                  event_sources.c.date,
                  evidence.c.text.label("evidence"), evidence.c.start, evidence.c.end,
                  documents.c.title, documents.c.publisher, documents.c.published,
                  documents.c.url, documents.c.source_path)
        .select_from(event_sources
                     .outerjoin(evidence, evidence.c.id == event_sources.c.evidence_id)
                     .outerjoin(documents, documents.c.id == event_sources.c.doc_id))
    )
    for row in _rows_in(conn, query, event_sources.c.event_id, event_ids):
        out.setdefault(row["event_id"], []).append(row)
    for items in out.values():
        items.sort(key=lambda s: (s.get("published") or "", s["id"]))
    return out


def all_sources(conn: sa.Connection, event_ids: Iterable[str] | None = None
                ) -> list[dict[str, Any]]:
    """Every event source row (the per-report values) with its document's metadata."""
    query = (
        sa.select(event_sources, evidence.c.text.label("evidence"),
                  documents.c.title, documents.c.publisher, documents.c.published,
                  documents.c.url, documents.c.source_path)
        .select_from(event_sources
                     .outerjoin(evidence, evidence.c.id == event_sources.c.evidence_id)
                     .outerjoin(documents, documents.c.id == event_sources.c.doc_id))
        .order_by(event_sources.c.id)
    )
    return _rows_in(conn, query, event_sources.c.event_id, event_ids)


def actor_roles(conn: sa.Connection, event_ids: Iterable[str] | None = None
                ) -> list[dict[str, Any]]:
    """``event_actors`` rows (event id, entity id, role), optionally for some events."""
    query = sa.select(event_actors).order_by(event_actors.c.event_id, event_actors.c.entity_id)
    return _rows_in(conn, query, event_actors.c.event_id, event_ids)


def actor_activity(conn: sa.Connection
                   ) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Events per actor (as actor, claimant or attributed group), and the events each
    (claimant, attributed group) pair shares; rejected events left out."""
    visible = sa.select(events.c.id).where(events.c.status.not_in(("rejected", "merged")))
    roles = ("actor", "claimed_by", "attributed_to")
    counts = conn.execute(
        sa.select(event_actors.c.entity_id, sa.func.count(sa.distinct(event_actors.c.event_id)))
        .where(event_actors.c.role.in_(roles), event_actors.c.event_id.in_(visible))
        .group_by(event_actors.c.entity_id))
    activity = {eid: int(n) for eid, n in counts}
    claim = event_actors.alias("claim")
    held = event_actors.alias("held")
    pairs = conn.execute(
        sa.select(claim.c.entity_id, held.c.entity_id, sa.func.count())
        .select_from(claim.join(held, held.c.event_id == claim.c.event_id))
        .where(claim.c.role == "claimed_by", held.c.role == "attributed_to",
               claim.c.entity_id != held.c.entity_id, claim.c.event_id.in_(visible))
        .group_by(claim.c.entity_id, held.c.entity_id))
    return activity, {(a, b): int(n) for a, b, n in pairs}


def event_span(conn: sa.Connection) -> tuple[Any, Any]:
    """The first and last day any visible event covers."""
    row = conn.execute(sa.select(sa.func.min(events.c.date_start), sa.func.max(events.c.date_end))
                       .where(events.c.status != "rejected")).first()
    return (row[0], row[1]) if row else (None, None)

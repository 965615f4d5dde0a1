"""What extraction found in a document, in the store.

:func:`save_extraction` replaces, in one transaction, everything an earlier
run extracted from the same document: its mentions, event sources, evidence
and extracted relations' evidence. Each event source is also written as a
singleton row of ``events`` (``event_id == source id``) so that the map shows
it before any fusion; a source that an earlier run already stored keeps the
fused event it belonged to. Events left with no source are deleted. Analysts'
judgements are never touched, and a relation an analyst judged keeps its
status.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from axiswatch.ids import digest
from axiswatch.model import Entity, Event, Extraction, Relation
from axiswatch.store.documents import mark_extracted
from axiswatch.store.entities import get_entity, upsert_entities
from axiswatch.store.schema import (
    documents,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
    mentions,
    relations,
)

ROLES = (("actors", "actor"), ("claimed_by", "claimed_by"), ("attributed_to", "attributed_to"),
         ("target_actors", "target"))
_CHUNK = 500


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def date_range(value: str | None, precision: str | None) -> tuple[date | None, date | None]:
    """The first and last day an ISO date of a precision covers (``None`` when unknown)."""
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None, None
    try:
        if len(parts) >= 3 and precision in (None, "day"):
            d = date(parts[0], parts[1], parts[2])
            return d, d
        if len(parts) >= 2 and precision != "year":
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None, None


def evidence_id(doc_id: str, start: int, end: int, fact_id: str) -> str:
    """The id of one evidence span of one fact."""
    return "evd-" + digest(doc_id, start, end, fact_id)


def _event_values(ev: Event) -> dict[str, Any]:
    start, end = date_range(ev.date, ev.date_precision)
    return {
        "type": ev.type, "subtype": ev.subtype, "date": ev.date,
        "date_precision": ev.date_precision, "date_start": start, "date_end": end,
        "location": ev.location, "location_name": ev.location_name, "country": ev.country,
        "lat": ev.lat, "lon": ev.lon, "geo_precision": ev.geo_precision,
        "actors": list(ev.actors), "claimed_by": list(ev.claimed_by),
        "attributed_to": list(ev.attributed_to), "target": ev.target,
        "target_actors": list(ev.target_actors), "weapon": ev.weapon,
        "killed": ev.killed, "injured": ev.injured, "certainty": ev.certainty,
    }


def _clear_document(conn: sa.Connection, doc_id: str) -> tuple[dict[str, str], list[str]]:
    """Remove an earlier run's rows for a document; (source id -> event id, relation ids)."""
    old = {r.id: r.event_id for r in conn.execute(
        sa.select(event_sources.c.id, event_sources.c.event_id)
        .where(event_sources.c.doc_id == doc_id))}
    rel_ids = list(conn.execute(
        sa.select(evidence.c.fact_id).where(evidence.c.doc_id == doc_id,
                                            evidence.c.fact_kind == "relation")).scalars())
    conn.execute(evidence.delete().where(evidence.c.doc_id == doc_id,
                                         evidence.c.fact_kind.in_(("event_source", "relation",
                                                                   "entity"))))
    conn.execute(event_sources.delete().where(event_sources.c.doc_id == doc_id))
    conn.execute(mentions.delete().where(mentions.c.doc_id == doc_id))
    return old, rel_ids


def _drop_unsupported_relations(conn: sa.Connection, rel_ids: Sequence[str]) -> None:
    """Extracted relations with no evidence left, and never judged, go."""
    for chunk in _chunks(sorted(set(rel_ids))):
        supported = set(conn.execute(
            sa.select(evidence.c.fact_id).where(evidence.c.fact_kind == "relation",
                                                evidence.c.fact_id.in_(chunk))).scalars())
        gone = [r for r in chunk if r not in supported]
        if gone:
            conn.execute(relations.delete().where(relations.c.id.in_(gone),
                                                  relations.c.source == "extracted",
                                                  relations.c.status == "extracted"))


def _write_singletons(conn: sa.Connection, evs: list[tuple[Event, dict[str, Any]]],
                      now: datetime) -> None:
    """Write sources as singleton events; fused or judged events keep their values."""
    if not evs:
        return
    ids = [ev.id for ev, _v in evs]
    existing: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(ids):
        for r in conn.execute(sa.select(events.c.id, events.c.n_sources, events.c.status)
                              .where(events.c.id.in_(chunk))):
            existing[r.id] = (r.n_sources, r.status)
    inserts: list[dict[str, Any]] = []
    rewritten: list[str] = []
    for ev, values in evs:
        row = existing.get(ev.id)
        if row is None:
            inserts.append({"id": ev.id, "n_sources": 1, "status": "extracted",
                            "summary": ev.evidence.text, "updated_at": now, **values})
        elif row[0] <= 1 and row[1] == "extracted":
            conn.execute(events.update().where(events.c.id == ev.id)
                         .values(summary=ev.evidence.text, updated_at=now, **values))
        else:
            continue  # a fused or judged event keeps its headline values
        rewritten.append(ev.id)
    if inserts:
        conn.execute(events.insert(), inserts)
    for chunk in _chunks(rewritten):
        conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(chunk)))
    keep = set(rewritten)
    actor_rows: list[dict[str, str]] = []
    for ev, _v in evs:
        if ev.id not in keep:
            continue
        seen: set[tuple[str, str]] = set()
        for attr, role in ROLES:
            for entity_id in getattr(ev, attr):
                if (entity_id, role) not in seen:
                    seen.add((entity_id, role))
                    actor_rows.append({"event_id": ev.id, "entity_id": entity_id,
                                       "role": role})
    if actor_rows:
        conn.execute(event_actors.insert(), actor_rows)


def _write_relation(conn: sa.Connection, rel: Relation, now: datetime) -> None:
    exists = conn.execute(sa.select(relations.c.id).where(relations.c.id == rel.id)).first()
    if exists is None:
        conn.execute(relations.insert().values(
            id=rel.id, subject=rel.subject, predicate=rel.predicate, object=rel.object,
            certainty=rel.certainty, source="extracted", status="extracted",
            valid_from=rel.valid_from, valid_to=rel.valid_to, updated_at=now))
    if rel.evidence is not None:
        e = rel.evidence
        conn.execute(evidence.insert().values(
            id=evidence_id(e.doc_id, e.start, e.end, rel.id), doc_id=e.doc_id, start=e.start,
            end=e.end, text=e.text, fact_kind="relation", fact_id=rel.id,
            certainty=rel.certainty, extractor=rel.extractor or e.extractor))


def _known_entities(conn: sa.Connection, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(conn.execute(sa.select(entities.c.id).where(entities.c.id.in_(chunk)))
                     .scalars())
    return found


def save_extraction(conn: sa.Connection, extraction: Extraction) -> dict[str, int]:
    """Store one document's extraction, replacing what an earlier run stored for it.

    Run it inside a transaction (``store.begin()``). Returns counts of what was
    written.
    """
    doc_id = extraction.doc_id
    now = datetime.now(UTC)
    old_sources, old_relations = _clear_document(conn, doc_id)
    upsert_entities(conn, extraction.entities, "extracted")
    # Entities referred to that the store does not hold become candidates too.
    referred = {m.entity_id for m in extraction.mentions if m.entity_id}
    for rel in extraction.relations:
        referred.update((rel.subject, rel.object))
    missing = referred - _known_entities(conn, referred)
    if missing:
        _add_missing(conn, extraction, missing)
    rows = {}
    for m in extraction.mentions:
        rows[m.start] = {"doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text,
                         "label": m.label, "entity_id": m.entity_id, "score": m.score,
                         "extractor": extraction.extractor}
    if rows:
        conn.execute(mentions.insert(), list(rows.values()))
    seen_events: set[str] = set()
    unique = []
    for ev in extraction.events:
        if ev.id not in seen_events:
            seen_events.add(ev.id)
            unique.append(ev)
    fused = {e for chunk in _chunks(sorted(set(old_sources.values())))
             for e in conn.execute(sa.select(events.c.id).where(events.c.id.in_(chunk)))
             .scalars()}
    singles: list[tuple[Event, dict[str, Any]]] = []
    evidence_rows: list[dict[str, Any]] = []
    source_rows: list[dict[str, Any]] = []
    for ev in unique:
        values = _event_values(ev)
        event_id = old_sources.get(ev.id)
        if event_id is None or event_id not in fused:
            event_id = ev.id
        if event_id == ev.id:
            singles.append((ev, values))
        e = ev.evidence
        evid = evidence_id(doc_id, e.start, e.end, ev.id)
        extractor = ev.extractor or extraction.extractor
        evidence_rows.append({"id": evid, "doc_id": doc_id, "start": e.start, "end": e.end,
                              "text": e.text, "fact_kind": "event_source", "fact_id": ev.id,
                              "certainty": ev.certainty, "extractor": extractor})
        source_rows.append({"id": ev.id, "event_id": event_id, "doc_id": doc_id,
                            "evidence_id": evid, "extractor": extractor, **values})
    _write_singletons(conn, singles, now)
    if evidence_rows:
        conn.execute(evidence.insert(), evidence_rows)
    if source_rows:
        conn.execute(event_sources.insert(), source_rows)
    for rel in extraction.relations:
        _write_relation(conn, rel, now)
    _drop_unsupported_relations(conn, old_relations)
    _delete_orphans(conn, set(old_sources.values()) | set(old_sources))
    mark_extracted(conn, doc_id, extraction.extractor)
    return {"mentions": len(rows), "events": len(seen_events),
            "relations": len(extraction.relations), "entities": len(extraction.entities)}


def _add_missing(conn: sa.Connection, extraction: Extraction, missing: set[str]) -> None:
    """Entities an extraction refers to that the store lacks: the pack's own entries (when
    the pack was never synced), else candidates named after their first mention."""
    from axiswatch.kb.pack import load_pack

    try:
        pack_entities = load_pack().entities
    except Exception:  # an invalid pack must not stop storing what was found
        pack_entities = {}
    known = [pack_entities[i] for i in sorted(missing) if i in pack_entities]
    if known:
        upsert_entities(conn, known, "kb")
    names = {m.entity_id: m.text for m in extraction.mentions if m.entity_id}
    rest = [Entity(i, names.get(i, i), "organization", source="extracted")
            for i in sorted(missing) if i not in pack_entities]
    if rest:
        upsert_entities(conn, rest, "extracted")


def _delete_orphans(conn: sa.Connection, candidates: set[str]) -> None:
    for chunk in _chunks(sorted(candidates)):
        used = set(conn.execute(sa.select(event_sources.c.event_id)
                                .where(event_sources.c.event_id.in_(chunk))).scalars())
        gone = [e for e in chunk if e not in used]
        if gone:
            conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(gone)))
            conn.execute(events.delete().where(events.c.id.in_(gone)))


# --- reading -----------------------------------------------------------------


def _evidence_of(conn: sa.Connection, kind: str, ids: Sequence[str]
                 ) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(list(ids)):
        for r in conn.execute(
                sa.select(evidence, documents.c.title, documents.c.publisher,
                          documents.c.published, documents.c.url)
                .select_from(evidence.outerjoin(documents, documents.c.id == evidence.c.doc_id))
                .where(evidence.c.fact_kind == kind, evidence.c.fact_id.in_(chunk))
                .order_by(evidence.c.doc_id, evidence.c.start)):
            item = dict(r._mapping)
            out.setdefault(item["fact_id"], []).append(item)
    return out


def get_event(conn: sa.Connection, event_id: str) -> dict[str, Any] | None:
    """One event with all its fields, its sources and each source's evidence.

    ``event_id`` may also be a source id: the event it belongs to is returned.
    """
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
    if row is None:
        parent = conn.execute(sa.select(event_sources.c.event_id)
                              .where(event_sources.c.id == event_id)).scalar_one_or_none()
        if parent is None:
            return None
        row = conn.execute(sa.select(events).where(events.c.id == parent)).first()
        if row is None:
            return None
    out = dict(row._mapping)
    sources = [dict(r._mapping) for r in conn.execute(
        sa.select(event_sources, documents.c.title, documents.c.publisher,
                  documents.c.published, documents.c.url)
        .select_from(event_sources.outerjoin(documents,
                                             documents.c.id == event_sources.c.doc_id))
        .where(event_sources.c.event_id == out["id"]).order_by(event_sources.c.id))]
    ev = _evidence_of(conn, "event_source", [s["id"] for s in sources])
    for s in sources:
        s["evidence"] = ev.get(s["id"], [])
    out["sources"] = sources
    return out


def actor_summary(conn: sa.Connection, entity_id: str, *, limit: int = 50) -> dict[str, Any]:
    """What the store knows of an actor: the entity with its aliases, its relations with
    their evidence, and the events it is part of (by role), newest first."""
    entity = get_entity(conn, entity_id)
    rels = [dict(r._mapping) for r in conn.execute(
        sa.select(relations).where(sa.or_(relations.c.subject == entity_id,
                                          relations.c.object == entity_id),
                                   relations.c.status != "rejected")
        .order_by(relations.c.predicate, relations.c.subject, relations.c.object))]
    rel_ev = _evidence_of(conn, "relation", [r["id"] for r in rels])
    for r in rels:
        r["evidence"] = rel_ev.get(r["id"], [])
    ev_rows = conn.execute(
        sa.select(events.c.id, events.c.type, events.c.subtype, events.c.date,
                  events.c.location_name, events.c.country, events.c.n_sources,
                  events.c.summary, event_actors.c.role)
        .select_from(event_actors.join(events, events.c.id == event_actors.c.event_id))
        .where(event_actors.c.entity_id == entity_id, events.c.status != "rejected")
        .order_by(events.c.date_start.desc().nulls_last(), events.c.id)
        .limit(limit))
    by_event: dict[str, dict[str, Any]] = {}
    for row in ev_rows:
        data = dict(row._mapping)
        role = data.pop("role")
        by_event.setdefault(data["id"], data).setdefault("roles", []).append(role)
    n_mentions = conn.execute(sa.select(sa.func.count()).select_from(mentions)
                              .where(mentions.c.entity_id == entity_id)).scalar_one()
    return {"entity": entity, "relations": rels, "events": list(by_event.values()),
            "mentions": int(n_mentions)}

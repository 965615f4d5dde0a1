"""What extraction found in a document, in the store.

:func:`save_extraction` replaces, in one transaction, everything an earlier
run extracted from the same document: its mentions, event sources, evidence
and extracted relations' evidence. Each event source is also written as a
singleton row of ``events`` (``event_id == source id``) so that the map shows
it before any fusion; a source that an earlier run already stored keeps the
fused event it belonged to. Events left with no source are deleted. Analysts'
judgements are never touched, and a relation an analyst judged keeps its
status. Candidate entities the new run no longer finds, and that nothing else
refers to, are removed.

Concurrent writers neither lose nor duplicate rows. A save first locks its
document (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite a write that takes
the database's single write lock), so two writers of one document take turns
and the last one's run is what the store holds. Rows shared between documents
(relations, entities) are written with dialect upserts and locked before a
save decides to delete them, so a relation two documents state at once exists
once with the evidence of both. :func:`store_extraction` runs a save in its own
transaction and retries it a bounded number of times when the database gives
up on it (deadlock, serialization failure, a lost insert race, SQLite busy).
"""

from __future__ import annotations

import calendar
import sqlite3
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from axiswatch.errors import NotFound
from axiswatch.ids import digest
from axiswatch.model import ROLE_LISTS, Entity, Event, Extraction, Relation
from axiswatch.store.documents import mark_extracted
from axiswatch.store.entities import dialect_insert, get_entity, upsert_entities
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
    mentions,
    relations,
)

if TYPE_CHECKING:
    from axiswatch.store.db import Store

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
        **{name: list(getattr(ev, name)) for name in ROLE_LISTS},
        "target": ev.target, "weapon": ev.weapon,
        "killed": ev.killed, "injured": ev.injured, "certainty": ev.certainty,
    }


def _lock_document(conn: sa.Connection, doc_id: str) -> None:
    """Take the document's write lock: another writer of it waits until this transaction ends.

    Taken before anything is read, so that what follows sees the last writer's commit.
    Raises :class:`NotFound` (``AW202``) when the store does not hold the document.
    """
    if conn.dialect.name == "postgresql":
        found = conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)
                             .with_for_update()).first() is not None
    else:  # SQLite has one writer at a time: a write that changes nothing takes the lock
        found = conn.execute(documents.update().where(documents.c.id == doc_id)
                             .values(extractor=documents.c.extractor)).rowcount > 0
    if not found:
        raise NotFound(f"document {doc_id} (store it before its extraction)")


def _lock_rows(conn: sa.Connection, table: sa.Table, ids: Iterable[str],
               *where: sa.ColumnElement[bool], share: bool = False) -> list[str]:
    """Lock the rows of ``ids`` that exist (and match ``where``), in id order; their ids.

    ``share`` takes a key-share lock (the row may change but not go away), else an
    exclusive one. SQLite ignores row locks: its write lock covers every row.
    """
    found: list[str] = []
    for chunk in _chunks(sorted(set(ids))):
        stmt = (sa.select(table.c.id).where(table.c.id.in_(chunk), *where)
                .order_by(table.c.id))
        stmt = stmt.with_for_update(read=True, key_share=True) if share else \
            stmt.with_for_update()
        found += conn.execute(stmt).scalars()
    return found


def _clear_document(conn: sa.Connection, doc_id: str
                    ) -> tuple[dict[str, str], list[str], set[str]]:
    """Remove an earlier run's rows for a document.

    Returns (source id -> event id, relation ids, entity ids the earlier run referred to).
    """
    old: dict[str, str] = {}
    refs: set[str] = set()
    for r in conn.execute(
            sa.select(event_sources.c.id, event_sources.c.event_id, event_sources.c.actors,
                      event_sources.c.claimed_by, event_sources.c.attributed_to,
                      event_sources.c.target_actors)
            .where(event_sources.c.doc_id == doc_id)):
        old[r.id] = r.event_id
        for ids in (r.actors, r.claimed_by, r.attributed_to, r.target_actors):
            refs.update(i for i in ids or () if isinstance(i, str))
    refs.update(conn.execute(
        sa.select(mentions.c.entity_id).where(mentions.c.doc_id == doc_id,
                                              mentions.c.entity_id.is_not(None))).scalars())
    rel_ids = sorted(set(conn.execute(
        sa.select(evidence.c.fact_id).where(evidence.c.doc_id == doc_id,
                                            evidence.c.fact_kind == "relation")).scalars()))
    for chunk in _chunks(rel_ids):
        for subject, object_ in conn.execute(sa.select(relations.c.subject, relations.c.object)
                                             .where(relations.c.id.in_(chunk))):
            refs.update((subject, object_))
    conn.execute(evidence.delete().where(evidence.c.doc_id == doc_id,
                                         evidence.c.fact_kind.in_(("event_source", "relation",
                                                                   "entity"))))
    conn.execute(event_sources.delete().where(event_sources.c.doc_id == doc_id))
    conn.execute(mentions.delete().where(mentions.c.doc_id == doc_id))
    return old, rel_ids, refs


def _drop_unsupported_relations(conn: sa.Connection, rel_ids: Sequence[str]) -> None:
    """Extracted relations with no evidence left, and never judged, go.

    Each is locked before its evidence is counted: a writer adding evidence to it
    holds it (see :func:`_write_relations`), so that evidence is seen, or the
    relation is written again once this transaction has removed it.
    """
    mine = _lock_rows(conn, relations, rel_ids, relations.c.source == "extracted",
                      relations.c.status == "extracted")
    for chunk in _chunks(mine):
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
        for attr, role in ROLE_ROWS.items():
            for entity_id in getattr(ev, attr):
                if (entity_id, role) not in seen:
                    seen.add((entity_id, role))
                    actor_rows.append({"event_id": ev.id, "entity_id": entity_id,
                                       "role": role})
    if actor_rows:
        conn.execute(event_actors.insert(), actor_rows)


def _write_relations(conn: sa.Connection, rels: Sequence[Relation], now: datetime) -> None:
    """Write relations (once each, whoever states them) and their evidence.

    A relation already stored keeps its values and status; the upsert's no-op
    update locks it until this transaction ends, so that no writer drops it for
    want of evidence meanwhile. Rows go in id order, so writers lock alike.
    """
    rows: dict[str, dict[str, Any]] = {}
    ev_rows: dict[str, dict[str, Any]] = {}
    for rel in sorted(rels, key=lambda r: r.id):
        rows.setdefault(rel.id, {
            "id": rel.id, "subject": rel.subject, "predicate": rel.predicate,
            "object": rel.object, "certainty": rel.certainty, "source": "extracted",
            "status": "extracted", "valid_from": rel.valid_from, "valid_to": rel.valid_to,
            "updated_at": now})
        if rel.evidence is not None:
            e = rel.evidence
            evid = evidence_id(e.doc_id, e.start, e.end, rel.id)
            ev_rows.setdefault(evid, {
                "id": evid, "doc_id": e.doc_id, "start": e.start, "end": e.end,
                "text": e.text, "fact_kind": "relation", "fact_id": rel.id,
                "certainty": rel.certainty, "extractor": rel.extractor or e.extractor})
    # Rows as executemany parameters: the statements compile once and stay cached.
    if rows:
        conn.execute(dialect_insert(conn, relations).on_conflict_do_update(
            index_elements=["id"], set_={"updated_at": relations.c.updated_at}),
            list(rows.values()))
    if ev_rows:
        conn.execute(dialect_insert(conn, evidence).on_conflict_do_nothing(
            index_elements=["id"]), list(ev_rows.values()))


def _referred(extraction: Extraction) -> tuple[set[str], set[str]]:
    """Entity ids an extraction needs to exist, and all it refers to (events' too)."""
    needed = {m.entity_id for m in extraction.mentions if m.entity_id}
    for rel in extraction.relations:
        needed.update((rel.subject, rel.object))
    refs = needed | {e.id for e in extraction.entities}
    for ev in extraction.events:
        for attr in ROLE_LISTS:
            refs.update(getattr(ev, attr))
    return needed, refs


def save_extraction(conn: sa.Connection, extraction: Extraction) -> dict[str, int]:
    """Store one document's extraction, replacing what an earlier run stored for it.

    Run it inside a transaction (``store.begin()``); :func:`store_extraction`
    opens one and retries it. The document must be stored already (else
    :class:`NotFound`, ``AW202``). Safe against concurrent writers: writers of one
    document take turns; writers of different documents share relations and
    entities without duplicating or losing them. Returns counts of what was
    written.
    """
    doc_id = extraction.doc_id
    now = datetime.now(UTC)
    _lock_document(conn, doc_id)
    old_sources, old_relations, old_refs = _clear_document(conn, doc_id)
    needed, refs = _referred(extraction)
    # Entities are locked before relations, by every writer: candidates this run may
    # remove first (so their references are counted at the end without a race)...
    lost = _lock_rows(conn, entities, old_refs - refs, entities.c.source == "extracted")
    upsert_entities(conn, extraction.entities, "extracted")
    # ...then the ones referred to, so no writer removes them before this one commits.
    # Those the store does not hold become candidates too.
    held = set(_lock_rows(conn, entities, refs, share=True))
    missing = needed - held
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
    _write_relations(conn, extraction.relations, now)
    _drop_unsupported_relations(conn, old_relations)
    _delete_orphans(conn, set(old_sources.values()) | set(old_sources))
    dropped = _drop_lost_candidates(conn, lost)
    mark_extracted(conn, doc_id, extraction.extractor)
    return {"mentions": len(rows), "events": len(seen_events),
            "relations": len(extraction.relations), "entities": len(extraction.entities),
            "entities_removed": dropped}


_RETRY_STATES = frozenset({
    "40001",  # serialization failure
    "40P01",  # deadlock detected
    "23505",  # unique violation: a concurrent insert won the race
    "23503",  # foreign key violation: a concurrent delete won the race
})


def _transient(exc: sa.exc.DBAPIError) -> bool:
    """Whether a database error means "try the transaction again"."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_STATES:
        return True
    return isinstance(orig, sqlite3.OperationalError) and (
        "locked" in str(orig) or "busy" in str(orig))


def store_extraction(store: Store, extraction: Extraction, *, attempts: int = 5
                     ) -> dict[str, int]:
    """Save one extraction in a transaction of its own, as :func:`save_extraction` does.

    When the database gives the transaction up (deadlock, serialization failure,
    an insert or delete race lost to another writer, SQLite busy) it is rolled
    back and run again, at most ``attempts`` times in all, with a growing pause;
    the last error is raised when none succeeds. Other errors are raised at once.
    """
    for attempt in range(1, attempts + 1):
        try:
            with store.begin() as conn:
                return save_extraction(conn, extraction)
        except sa.exc.DBAPIError as exc:
            if attempt >= attempts or not _transient(exc):
                raise
            time.sleep(0.05 * 2 ** (attempt - 1))
    raise ValueError(f"attempts must be at least 1, not {attempts}")


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
    """Events left with no source go; each is locked before its sources are counted."""
    present = _lock_rows(conn, events, candidates)
    for chunk in _chunks(present):
        used = set(conn.execute(sa.select(event_sources.c.event_id)
                                .where(event_sources.c.event_id.in_(chunk))).scalars())
        gone = [e for e in chunk if e not in used]
        if gone:
            conn.execute(event_actors.delete().where(event_actors.c.event_id.in_(gone)))
            conn.execute(events.delete().where(events.c.id.in_(gone)))


def _drop_lost_candidates(conn: sa.Connection, mine: Sequence[str]) -> int:
    """Candidate entities (source ``"extracted"``) that nothing refers to any more go.

    Referring: a mention, an event's actor row, a relation, an entity evidence span
    or an analyst's judgement. Pack entities never go. ``mine`` are candidates this
    transaction has locked (exclusively) before counting their references; a writer
    referring to one holds a share lock on it (see :func:`save_extraction`), so its
    references are seen. Returns how many went.
    """
    removed = 0
    for chunk in _chunks(mine):
        used: set[str] = set()
        for stmt in (
                sa.select(mentions.c.entity_id).where(mentions.c.entity_id.in_(chunk)),
                sa.select(event_actors.c.entity_id).where(event_actors.c.entity_id.in_(chunk)),
                sa.select(relations.c.subject).where(relations.c.subject.in_(chunk)),
                sa.select(relations.c.object).where(relations.c.object.in_(chunk)),
                sa.select(evidence.c.fact_id).where(evidence.c.fact_kind == "entity",
                                                    evidence.c.fact_id.in_(chunk)),
                sa.select(judgements.c.target_id).where(judgements.c.target_kind == "entity",
                                                        judgements.c.target_id.in_(chunk))):
            used.update(conn.execute(stmt.distinct()).scalars())
        gone = [e for e in chunk if e not in used]
        if gone:
            conn.execute(aliases.delete().where(aliases.c.entity_id.in_(gone)))
            conn.execute(entities.delete().where(entities.c.id.in_(gone),
                                                 entities.c.source == "extracted"))
            removed += len(gone)
    return removed



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

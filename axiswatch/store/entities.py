"""Entities, their aliases and the knowledge pack's relations in the store.

The pack is copied in with :func:`sync_pack` (idempotent: running it twice
changes nothing); candidate actors found in text arrive through
:func:`upsert_entities` with ``source="extracted"`` and never overwrite a
pack entry. Aliases are stored with their :func:`axiswatch.kb.normalize.alias_key`
so that :func:`find_entities` looks names up the way the pack does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from rapidfuzz import fuzz

from axiswatch.kb.normalize import alias_key
from axiswatch.model import Entity
from axiswatch.store.schema import aliases, entities, relations

if TYPE_CHECKING:
    from axiswatch.kb.pack import Pack

_CHUNK = 500
_FUZZY_MIN = 85.0


def _now() -> datetime:
    return datetime.now(UTC)


def dialect_insert(conn: sa.Connection, table: sa.Table) -> Any:
    """A dialect insert that supports ``on_conflict_do_update`` (SQLite and PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _upsert(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]],
            keys: Sequence[str], update: Sequence[str]) -> None:
    """Insert or update rows, in key order: concurrent writers lock rows alike, so they
    wait for each other rather than deadlock, and the one that comes second updates."""
    if not rows:
        return
    rows = sorted(rows, key=lambda r: tuple(r[k] for k in keys))
    # One statement with the rows as parameters (executemany): compiled once and cached,
    # where a multi-row VALUES is compiled anew for every batch size.
    stmt = dialect_insert(conn, table)
    if update:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in update})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    conn.execute(stmt, list(rows))


def _alias_rows(entity_id: str, names: Iterable[str], source: str) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for name in names:
        key = alias_key(name)
        if key and len(key) <= 256 and key not in rows:
            rows[key] = {"entity_id": entity_id, "norm": key, "alias": name, "source": source}
    return list(rows.values())


def sync_pack(conn: sa.Connection, pack: Pack) -> dict[str, int]:
    """Copy the pack's entities, aliases and relations into the store (source ``"kb"``).

    Idempotent. Pack entries replace candidate entities of the same id; pack
    aliases and relations that left the pack are removed; extracted aliases
    and relations are never touched. Returns counts of what the pack holds.
    """
    now = _now()
    rows = []
    for entry in pack.entries.values():
        attrs = {k: v for k, v in {
            "title": entry.title, "wikidata": entry.wikidata, "precision": entry.precision,
            "born": entry.born, "died": entry.died, "active_from": entry.active_from,
            "active_to": entry.active_to, "note": entry.note, "source_note": entry.source,
            "designations": [d.model_dump(exclude_none=True) for d in entry.designations],
            "pack_version": pack.version or None,
        }.items() if v not in (None, [], "")}
        rows.append({"id": entry.id, "name": entry.name, "type": entry.type,
                     "country": entry.country, "source": "kb", "lat": entry.lat,
                     "lon": entry.lon, "attrs": attrs, "first_seen": now, "last_seen": now})
    _upsert(conn, entities, rows, ["id"],
            ["name", "type", "country", "source", "lat", "lon", "attrs"])

    alias_rows: list[dict[str, Any]] = []
    for entry in pack.entries.values():
        names = [entry.name, *(a.text for a in entry.all_aliases())]
        alias_rows += _alias_rows(entry.id, names, "kb")
    wanted = {(r["entity_id"], r["norm"]) for r in alias_rows}
    stale = [(eid, norm) for eid, norm in conn.execute(
        sa.select(aliases.c.entity_id, aliases.c.norm).where(aliases.c.source == "kb"))
        if (eid, norm) not in wanted]
    for eid, norm in stale:
        conn.execute(aliases.delete().where(aliases.c.entity_id == eid, aliases.c.norm == norm))
    _upsert(conn, aliases, alias_rows, ["entity_id", "norm"], ["alias", "source"])

    rel_rows = [{"id": r.id, "subject": r.subject, "predicate": r.predicate, "object": r.object,
                 "certainty": r.certainty, "source": "kb", "valid_from": r.valid_from,
                 "valid_to": r.valid_to, "status": "confirmed", "updated_at": now}
                for r in pack.relations]
    keep = {r["id"] for r in rel_rows}
    old = [rid for (rid,) in conn.execute(
        sa.select(relations.c.id).where(relations.c.source == "kb"))]
    gone = [rid for rid in old if rid not in keep]
    for i in range(0, len(gone), _CHUNK):
        conn.execute(relations.delete().where(relations.c.id.in_(gone[i:i + _CHUNK])))
    # A relation an analyst already judged keeps its status; the pack refreshes the rest.
    _upsert(conn, relations, rel_rows, ["id"],
            ["subject", "predicate", "object", "certainty", "source", "valid_from", "valid_to"])
    return {"entities": len(rows), "aliases": len(alias_rows), "relations": len(rel_rows)}


def upsert_entities(conn: sa.Connection, items: Iterable[Entity], source: str) -> int:
    """Insert or refresh entities and their aliases; returns how many were given.

    A ``"kb"`` source overwrites; any other source (``"extracted"``) only adds
    new entities and aliases and updates ``last_seen``, so a candidate never
    overwrites a pack entry.
    """
    now = _now()
    items = list(items)
    if not items:
        return 0
    rows = {e.id: {"id": e.id, "name": e.name, "type": e.type, "country": e.country,
                   "source": source, "lat": e.lat, "lon": e.lon, "attrs": None,
                   "first_seen": now, "last_seen": now} for e in items}
    update = (["name", "type", "country", "source", "lat", "lon", "last_seen"]
              if source == "kb" else ["last_seen"])
    _upsert(conn, entities, list(rows.values()), ["id"], update)
    alias_rows: list[dict[str, Any]] = []
    for e in items:
        alias_rows += _alias_rows(e.id, [e.name, *e.aliases], source)
    _upsert(conn, aliases, alias_rows, ["entity_id", "norm"],
            ["alias", "source"] if source == "kb" else [])
    return len(items)


def _with_aliases(conn: sa.Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    found: dict[str, list[str]] = {i: [] for i in ids}
    for i in range(0, len(ids), _CHUNK):
        stmt = (sa.select(aliases.c.entity_id, aliases.c.alias)
                .where(aliases.c.entity_id.in_(ids[i:i + _CHUNK]))
                .order_by(aliases.c.entity_id, aliases.c.alias))
        for eid, alias in conn.execute(stmt):
            found[eid].append(alias)
    for r in rows:
        r["aliases"] = [a for a in found[r["id"]] if a != r["name"]]
    return rows


def get_entity(conn: sa.Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity as a dict (with ``aliases``), or ``None``."""
    row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).mappings().first()
    if row is None:
        return None
    return _with_aliases(conn, [dict(row)])[0]


def find_entities(conn: sa.Connection, name: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Entities a name may mean: by alias key first (score 100), then fuzzy (rapidfuzz).

    Each result carries ``score``; pack entries come before candidates.
    """
    key = alias_key(name)
    if not key:
        return []
    exact = [eid for (eid,) in conn.execute(
        sa.select(aliases.c.entity_id).where(aliases.c.norm == key).distinct())]
    if conn.execute(sa.select(entities.c.id).where(entities.c.id == name)).first():
        exact = [name, *[e for e in exact if e != name]]
    scored: dict[str, float] = dict.fromkeys(exact, 100.0)
    if not scored and len(key) >= 4:
        prefix = key[:2].replace("%", r"\%").replace("_", r"\_") + "%"
        stmt = sa.select(aliases.c.entity_id, aliases.c.norm).where(
            aliases.c.norm.like(prefix, escape="\\"))
        for eid, norm in conn.execute(stmt):
            score = fuzz.ratio(key, norm)
            if score >= _FUZZY_MIN and score > scored.get(eid, 0):
                scored[eid] = float(score)
    if not scored:
        return []
    rows = [dict(r) for r in conn.execute(
        sa.select(entities).where(entities.c.id.in_(list(scored)))).mappings()]
    for r in rows:
        r["score"] = scored[r["id"]]
    rows.sort(key=lambda r: (-r["score"], r["source"] != "kb", r["id"]))
    return _with_aliases(conn, rows[:limit])


def list_entities(conn: sa.Connection, *, type: str | None = None, source: str | None = None,
                  country: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Entities by name, optionally of one type, source or country (without aliases)."""
    stmt = sa.select(entities.c.id, entities.c.name, entities.c.type, entities.c.country,
                     entities.c.source, entities.c.lat, entities.c.lon)
    if type is not None:
        stmt = stmt.where(entities.c.type == type)
    if source is not None:
        stmt = stmt.where(entities.c.source == source)
    if country is not None:
        stmt = stmt.where(entities.c.country == country)
    stmt = stmt.order_by(entities.c.name, entities.c.id).limit(limit).offset(offset)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def count_entities(conn: sa.Connection, *, source: str | None = None) -> int:
    """How many entities the store holds (of one source, if given)."""
    stmt = sa.select(sa.func.count()).select_from(entities)
    if source is not None:
        stmt = stmt.where(entities.c.source == source)
    return int(conn.execute(stmt).scalar_one())

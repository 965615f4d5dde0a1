"""Running fusion over the store, and refreshing one event after a judgement.

:func:`fuse_sources` is the pure core: reports, relations and judgements in,
fused ``events`` rows out. :func:`fuse_store` runs it over the whole store in
one transaction; :func:`refresh_event` re-runs it over one event's sources
(and those a merge judgement on it names). Both are deterministic: the same
store gives the same events, ids and reasons.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from axiswatch.errors import AxiswatchError, NotFound
from axiswatch.fuse.attribution import chain, merge_relations, widen
from axiswatch.fuse.cluster import cluster_sources
from axiswatch.fuse.compare import side_of
from axiswatch.fuse.headline import date_bounds, headline
from axiswatch.fuse.judged import Constraints, constraints_from
from axiswatch.fuse.rules import Rules, load_rules
from axiswatch.ids import digest
from axiswatch.store import Store
from axiswatch.store.fusion import (
    delete_orphan_events,
    entity_records,
    load_relations,
    load_sources,
    stored_digests,
    write_events,
)
from axiswatch.store.judgements import all_judgements

log = logging.getLogger(__name__)

FUSION_VERSION = "axiswatch-fuse/0.1"


@dataclass(slots=True)
class FuseSummary:
    """What one fusion run did."""

    sources: int
    events: int
    merged: int  # events with more than one source
    rejected: int
    deleted: int
    written: int = 0  # events inserted or updated (unchanged ones are left alone)


def _pack() -> Any:
    """The knowledge pack, or None when it is missing or invalid (then only stored facts count)."""
    try:
        from axiswatch.kb.pack import load_pack

        return load_pack()
    except ImportError:
        return None
    except AxiswatchError as exc:
        log.warning("knowledge pack not used: %s", exc)
        return None


def pack_relations() -> list[dict[str, Any]]:
    """The knowledge pack's relations as mappings (empty when no pack is installed)."""
    pack = _pack()
    if pack is None:
        return []
    out = []
    for rel in pack.relations:
        out.append({"id": rel.id, "subject": rel.subject, "predicate": rel.predicate,
                    "object": rel.object, "certainty": rel.certainty, "source": "kb",
                    "valid_from": getattr(rel, "valid_from", None),
                    "valid_to": getattr(rel, "valid_to", None), "evidence": []})
    return out


def known_relations(conn: sa.Connection) -> list[dict[str, Any]]:
    """Stored relations and the pack's, one per triple, minus rejected ones."""
    rejected = {j["target_id"] for j in all_judgements(conn, kinds=("relation",))
                if j["action"] == "reject"}
    merged = merge_relations(load_relations(conn), pack_relations())
    return [r for r in merged if r.get("id") not in rejected]


def _edited(src: Mapping[str, Any], edits: Mapping[str, Any] | None) -> dict[str, Any]:
    out = dict(src)
    if edits:
        out.update({k: v for k, v in edits.items() if k in out or k == "summary"})
        if "date" in edits or "date_precision" in edits:
            out["date_start"], out["date_end"] = date_bounds(out.get("date"),
                                                             out.get("date_precision"))
    return out


def fuse_sources(sources: Sequence[Mapping[str, Any]], relations: Sequence[Mapping[str, Any]],
                 constraints: Constraints, rules: Rules | None = None) -> list[dict[str, Any]]:
    """Fused event rows (headline values, members, reasons, status) for ``sources``."""
    rules = rules or load_rules()
    srcs = [_edited(s, constraints.source_edits.get(s["id"])) for s in sources]
    by_id = {s["id"]: s for s in srcs}
    sides = {s["id"]: widen(side_of(s), relations, rules.side_predicates) if side_of(s)
             else frozenset() for s in srcs}
    rows = []
    for cluster in cluster_sources(srcs, constraints, rules, sides):
        members = [by_id[m] for m in cluster.members]
        values = headline(members, constraints.event_edits.get(cluster.id))
        status = cluster.status
        if status != "rejected":
            status = constraints.event_status.get(cluster.id) or (
                "edited" if values["edited"] else "extracted")
        judged = sorted({j for m in [cluster.id, *cluster.members]
                         for j in constraints.judgement_ids.get(m, [])})
        first = min(members, key=lambda s: (s.get("doc_published") or "9999", s["id"]))
        row = {
            **{k: v for k, v in values.items() if k not in ("conflicts", "edited")},
            "id": cluster.id,
            "members": cluster.members,
            "n_sources": len(cluster.members),
            "status": status,
            "summary": values.get("summary") or first.get("evidence_text"),
            "fusion": {
                "version": FUSION_VERSION,
                "members": cluster.members,
                "links": cluster.links,
                "conflicts": values["conflicts"],
                "edited": values["edited"],
                "judgements": judged,
            },
        }
        row["fusion"]["digest"] = digest(json.dumps(
            {k: v for k, v in row.items() if k != "fusion"} | {"fusion": row["fusion"]},
            sort_keys=True, default=str))
        rows.append(row)
    return rows


def fuse_store(store: Store, *, rules: Rules | None = None) -> FuseSummary:
    """Fuse every stored event source into events, in one transaction."""
    with store.begin() as conn:
        sources = load_sources(conn)
        constraints = constraints_from(all_judgements(conn))
        rows = fuse_sources(sources, known_relations(conn), constraints, rules)
        current = {s["id"]: s["event_id"] for s in sources}
        stored = stored_digests(conn)
        changed = [r for r in rows if stored.get(r["id"]) != r["fusion"]["digest"]
                   or any(current.get(m) != r["id"] for m in r["members"])]
        write_events(conn, changed)
        deleted = delete_orphan_events(conn)
    summary = FuseSummary(
        sources=len(sources),
        events=len(rows),
        merged=sum(1 for r in rows if r["n_sources"] > 1),
        rejected=sum(1 for r in rows if r["status"] == "rejected"),
        deleted=deleted,
        written=len(changed),
    )
    log.info("fused %d sources into %d events", summary.sources, summary.events)
    return summary


def entity_names(conn: sa.Connection) -> dict[str, str]:
    """Display names of entities: the pack's, overridden by the store's."""
    names: dict[str, str] = {}
    pack = _pack()
    if pack is not None:
        names.update({eid: ent.name for eid, ent in pack.entities.items()})
    names.update({eid: rec["name"] for eid, rec in entity_records(conn).items()})
    return names


def attribution_chain(conn_or_store: sa.Connection | Store, entity_id: str,
                      *, rules: Rules | None = None) -> list[dict[str, Any]]:
    """The attribution chain of ``entity_id`` as data (see :mod:`axiswatch.fuse.attribution`)."""
    rules = rules or load_rules()
    if isinstance(conn_or_store, Store):
        with conn_or_store.connect() as conn:
            return attribution_chain(conn, entity_id, rules=rules)
    conn = conn_or_store
    return chain(entity_id, known_relations(conn), rules.chain_predicates, entity_names(conn))


def refresh_event(store: Store, event_id: str, *, rules: Rules | None = None) -> list[str]:
    """Recompute one event after a judgement; the ids of the events its sources now form.

    The event's sources, and those of any event a merge judgement on it names,
    are re-fused under every judgement; other events are left alone.
    """
    with store.begin() as conn:
        judgements = all_judgements(conn)
        constraints = constraints_from(judgements)
        wanted = {event_id}
        for j in judgements:
            if j["target_id"] == event_id and j["action"] == "merge":
                payload = j.get("payload") or {}
                if payload.get("with"):
                    wanted.add(payload["with"])
        sources = load_sources(conn, event_ids=sorted(wanted))
        named = {sid for j in judgements if j["target_id"] == event_id
                 for sid in (j.get("payload") or {}).get("sources") or ()}
        missing = named - {s["id"] for s in sources}
        if missing:
            sources.extend(load_sources(conn, source_ids=sorted(missing)))
        if not sources:
            raise NotFound(f"event {event_id}")
        rows = fuse_sources(sources, known_relations(conn), constraints, rules)
        write_events(conn, rows)
        delete_orphan_events(conn)
    rows.sort(key=lambda r: (-r["n_sources"], r["id"]))
    return [r["id"] for r in rows]

"""Attribution chains: front → group → coalition → sponsor, with evidence.

Relations come from two places: those extracted from reports (each with its
evidence sentences) and the knowledge pack's (``source == "kb"``, no
sentence, a curated fact). A chain walks ``front_for``, ``part_of``,
``member_of``, ``leader_of`` and ``sponsored_by`` edges upwards from one
entity. Where several paths reach an entity, the chain keeps the one whose
*weakest* link is strongest (``model.CERTAINTY_RANK``: confirmed > reported
> claimed > assessed > alleged), then the shorter one; every step carries
``path_certainty``, the weakest certainty from the start to that step.

The functions here are pure: they take relation mappings with ``subject``,
``predicate``, ``object``, ``certainty``, ``source``, ``id`` and
``evidence`` (a list of evidence mappings).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from axiswatch.model import CERTAINTIES, CERTAINTY_RANK

Relation = Mapping[str, Any]


def _rank(certainty: str | None) -> int:
    return CERTAINTY_RANK.get(certainty or "", len(CERTAINTIES) - 1)


def _by_subject(relations: Iterable[Relation], predicates: Sequence[str]
                ) -> dict[str, list[Relation]]:
    out: dict[str, list[Relation]] = defaultdict(list)
    for rel in relations:
        if rel["predicate"] in predicates and rel["subject"] != rel["object"]:
            out[rel["subject"]].append(rel)
    for edges in out.values():
        edges.sort(key=lambda r: (_rank(r.get("certainty")), r["predicate"], r["object"]))
    return out


def widen(entity_ids: Iterable[str], relations: Iterable[Relation],
          predicates: Sequence[str]) -> frozenset[str]:
    """``entity_ids`` and every entity reachable upwards through ``predicates``."""
    edges = _by_subject(relations, predicates)
    seen = set(entity_ids)
    todo = list(seen)
    while todo:
        for rel in edges.get(todo.pop(), ()):
            if rel["object"] not in seen:
                seen.add(rel["object"])
                todo.append(rel["object"])
    return frozenset(seen)


def descendants(entity_id: str, relations: Iterable[Relation],
                predicates: Sequence[str]) -> frozenset[str]:
    """``entity_id`` and every entity that reaches it through ``predicates`` (fronts, units)."""
    inbound: dict[str, list[str]] = defaultdict(list)
    for rel in relations:
        if rel["predicate"] in predicates:
            inbound[rel["object"]].append(rel["subject"])
    seen = {entity_id}
    todo = [entity_id]
    while todo:
        for subject in inbound.get(todo.pop(), ()):
            if subject not in seen:
                seen.add(subject)
                todo.append(subject)
    return frozenset(seen)


def chain(entity_id: str, relations: Iterable[Relation], predicates: Sequence[str],
          names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The attribution chain of ``entity_id``: one step per edge on the best paths.

    Steps come in order of depth, then of certainty; each is a dict with
    ``depth``, ``subject``/``subject_name``, ``predicate``, ``object``/``object_name``,
    ``certainty``, ``path_certainty``, ``source``, ``relation_id``, ``valid_from``,
    ``valid_to`` and ``evidence``.
    """
    names = names or {}
    edges = _by_subject(relations, predicates)
    # Widest path on the certainty rank (minimise the weakest link), then fewest hops.
    best: dict[str, tuple[int, int]] = {entity_id: (0, 0)}
    via: dict[str, Relation] = {}
    heap: list[tuple[int, int, str]] = [(0, 0, entity_id)]
    while heap:
        worst, hops, node = heapq.heappop(heap)
        if best.get(node) != (worst, hops):
            continue
        for rel in edges.get(node, ()):
            cand = (max(worst, _rank(rel.get("certainty"))), hops + 1)
            target = rel["object"]
            if target not in best or cand < best[target]:
                best[target] = cand
                via[target] = rel
                heapq.heappush(heap, (cand[0], cand[1], target))
    steps = []
    for target, rel in via.items():
        worst, hops = best[target]
        steps.append({
            "depth": hops,
            "subject": rel["subject"],
            "subject_name": names.get(rel["subject"], rel["subject"]),
            "predicate": rel["predicate"],
            "object": target,
            "object_name": names.get(target, target),
            "certainty": rel.get("certainty") or "confirmed",
            "path_certainty": CERTAINTIES[worst],
            "source": rel.get("source") or "extracted",
            "relation_id": rel.get("id"),
            "valid_from": rel.get("valid_from"),
            "valid_to": rel.get("valid_to"),
            "evidence": list(rel.get("evidence") or []),
        })
    steps.sort(key=lambda s: (s["depth"], _rank(s["path_certainty"]), s["object"]))
    return steps


def merge_relations(*groups: Iterable[Relation]) -> list[dict[str, Any]]:
    """One relation per (subject, predicate, object): evidence pooled, strongest certainty,
    ``source`` "extracted" when any group extracted it from a report."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for group in groups:
        for rel in group:
            key = (rel["subject"], rel["predicate"], rel["object"])
            cur = merged.get(key)
            if cur is None:
                merged[key] = {**rel, "evidence": list(rel.get("evidence") or [])}
                continue
            cur["evidence"].extend(rel.get("evidence") or [])
            if _rank(rel.get("certainty")) < _rank(cur.get("certainty")):
                cur["certainty"] = rel.get("certainty")
            if rel.get("source") == "extracted":
                cur["source"] = "extracted"
    return [merged[k] for k in sorted(merged)]

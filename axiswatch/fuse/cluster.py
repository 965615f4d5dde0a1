"""Grouping reports into occurrences: blocking, scored pairs, constrained linkage.

1. Rejected sources leave; an analyst's forced merges are applied first.
2. Blocking: a source is filed under (type family, day, country) for every
   day its date covers, widened by the day window; only sources sharing a
   block (or one of unknown country) are compared. Sources without a date,
   or dated to the year only, are never merged automatically.
3. Every candidate pair across documents that is compatible is scored
   (:mod:`axiswatch.fuse.compare`); pairs at or above the threshold are
   linked strongest first. Two groups join only when *every* cross pair is
   compatible (two reports of one document may share a group when other
   documents tie them together, but never two different facilities) and no
   analyst kept any two of them apart (so a vague report cannot chain two
   distinct attacks together).
   A vague report (placed only in a country, or nowhere) whose best
   candidates (within ``ambiguity_margin`` of the best score) include two
   reports that cannot be one occurrence is left alone: it is ambiguous, and
   its fusion record lists the candidates.
4. The fused event's id is the smallest member source id: stable under
   re-runs and independent of input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from axiswatch.fuse.compare import Sides, compatible, score, threshold_for
from axiswatch.fuse.judged import Constraints
from axiswatch.fuse.rules import Rules

Source = Mapping[str, Any]
MAX_BLOCK_DAYS = 40


@dataclass(slots=True)
class Cluster:
    """One occurrence: its member sources and why they were joined."""

    id: str
    members: list[str]
    links: list[dict[str, Any]] = field(default_factory=list)
    status: str = "extracted"


class _Groups:
    def __init__(self, ids: Sequence[str]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: [i] for i in ids}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))


def _days(src: Source, rules: Rules) -> list[date]:
    start, end = src.get("date_start"), src.get("date_end")
    if not isinstance(start, date) or src.get("date_precision") not in rules.block_precisions:
        return []
    end = end if isinstance(end, date) else start
    pad = rules.day_window if src.get("date_precision") == "day" else 0
    first, last = start - timedelta(days=pad), end + timedelta(days=pad)
    n = min((last - first).days, MAX_BLOCK_DAYS)
    return [first + timedelta(days=i) for i in range(n + 1)]


def candidate_pairs(sources: Sequence[Source], rules: Rules) -> list[tuple[str, str]]:
    """Pairs of source ids from different documents that share a block, sorted.

    A block is (type family, day); inside it, sources of one country are compared
    with each other and with the sources whose country is unknown.
    """
    blocks: dict[tuple[str, date], dict[str, list[Source]]] = defaultdict(
        lambda: defaultdict(list))
    for src in sources:
        for day in _days(src, rules):
            blocks[(rules.family(src["type"]), day)][src.get("country") or ""].append(src)
    pairs: set[tuple[str, str]] = set()

    def add(a: Source, b: Source) -> None:
        if a["doc_id"] != b["doc_id"]:
            pairs.add((a["id"], b["id"]) if a["id"] < b["id"] else (b["id"], a["id"]))

    for by_country in blocks.values():
        unknown = by_country.get("", [])
        for country, members in by_country.items():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    add(a, b)
                if country:
                    for b in unknown:
                        add(a, b)
    return sorted(pairs)


COARSE = ("country", "region")


def _is_coarse(src: Source) -> bool:
    """A report that places the event only in a country or region (or nowhere)."""
    return src.get("geo_precision") in COARSE or (not src.get("location")
                                                  and src.get("lat") is None)


def _drop_ambiguous(scored: list[tuple[float, str, str, dict[str, Any]]],
                    by_id: Mapping[str, Source], rules: Rules, sides: Sides
                    ) -> tuple[list[tuple[float, str, str, dict[str, Any]]],
                               list[dict[str, Any]]]:
    """Leave out the links of a vague report that fits two occurrences that cannot be one.

    "A base in Iraq was hit on Friday" matches both attacks of a night when two
    bases were hit; merging it with either would be a guess, so it stays alone
    (and the candidates are noted in its fusion record).
    """
    partners: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for value, a, b, _reasons in scored:
        partners[a].append((value, b))
        partners[b].append((value, a))
    vague = set()
    notes = []
    for sid, scored_partners in sorted(partners.items()):
        if not _is_coarse(by_id[sid]) or len(scored_partners) < 2:
            continue
        best = max(v for v, _ in scored_partners)
        found = sorted(p for v, p in scored_partners if v >= best - rules.ambiguity_margin)
        clash = any(not compatible(by_id[p], by_id[q], rules, sides, same_document=True)[0]
                    for i, p in enumerate(found) for q in found[i + 1:])
        if clash:
            vague.add(sid)
            notes.append({"a": sid, "decision": "ambiguous", "candidates": sorted(found)})
    kept = [t for t in scored if t[1] not in vague and t[2] not in vague]
    return kept, notes


def cluster_sources(sources: Sequence[Source], constraints: Constraints, rules: Rules,
                    sides: Sides) -> list[Cluster]:
    """The occurrences that ``sources`` report, honouring the analysts' ``constraints``."""
    by_id = {s["id"]: s for s in sources}
    rejected_in_event: dict[str, str] = {}
    for event_id, listed in constraints.rejected_events.items():
        members = listed or [s["id"] for s in sources if s.get("event_id") == event_id]
        for sid in members:
            if sid in by_id:
                rejected_in_event.setdefault(sid, event_id)
    out: list[Cluster] = []
    rejected_groups: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(by_id):
        if sid in constraints.rejected_sources:
            out.append(Cluster(id=sid, members=[sid], status="rejected"))
        elif sid in rejected_in_event:
            rejected_groups[rejected_in_event[sid]].append(sid)
    for members in rejected_groups.values():
        out.append(Cluster(id=min(members), members=sorted(members), status="rejected"))
    taken = {m for c in out for m in c.members}
    active = [by_id[i] for i in sorted(by_id) if i not in taken]
    groups = _Groups([s["id"] for s in active])
    links: list[dict[str, Any]] = []

    def can_join(ra: str, rb: str, forced: bool) -> bool:
        for a in groups.members[ra]:
            for b in groups.members[rb]:
                if constraints.cannot(a, b):
                    return False
                if not forced and not compatible(by_id[a], by_id[b], rules, sides,
                                                 same_document=True)[0]:
                    return False
        return True

    for a, b in constraints.must():
        if a not in groups.parent or b not in groups.parent:
            continue
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and can_join(ra, rb, forced=True):
            groups.union(ra, rb)
            links.append({"a": a, "b": b, "decision": "analyst",
                          "judgement": constraints.link_judgement.get((a, b))})

    scored: list[tuple[float, str, str, dict[str, Any]]] = []
    for a, b in candidate_pairs(active, rules):
        if constraints.cannot(a, b):
            continue
        ok, _why = compatible(by_id[a], by_id[b], rules, sides)
        if not ok:
            continue
        value, reasons = score(by_id[a], by_id[b], rules, sides)
        if value >= threshold_for(by_id[a], by_id[b], rules):
            scored.append((value, a, b, reasons))
    scored, ambiguous = _drop_ambiguous(scored, by_id, rules, sides)
    links.extend(ambiguous)
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    for value, a, b, reasons in scored:
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and can_join(ra, rb, forced=False):
            groups.union(ra, rb)
            links.append({"a": a, "b": b, "decision": "auto", "score": value,
                          "reasons": reasons})

    per_root: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for note in [link for link in links if link["decision"] == "ambiguous"]:
        links.remove(note)
        per_root[groups.find(note["a"])].append(note)
    for link in links:
        per_root[groups.find(link["a"])].append(link)
    for root, members in groups.members.items():
        ids = sorted(members)
        out.append(Cluster(id=ids[0], members=ids, links=per_root.get(root, [])))
    out.sort(key=lambda c: c.id)
    return out

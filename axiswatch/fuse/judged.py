"""What analysts' judgements mean for fusion, as plain data.

Judgements are read oldest first, so a later judgement on the same pair of
sources wins (a split after a merge separates them again, and the reverse).

- ``merge`` on an event: every pair of the listed sources must stay together.
- ``split`` on an event: no split-off source may join one of the rest; the
  split-off sources stay together.
- ``reject`` on an ``event_source``: that source leaves every fused event and
  becomes a rejected singleton. ``reject`` on an ``event``: the listed sources
  (``payload.sources``, else whatever event has that id) form a rejected event.
- ``confirm`` / ``reject`` on an event: the latest of the two sets its status.
- ``edit``: field overrides, on a source (before fusion) or an event (on its
  headline).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Pair = tuple[str, str]


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


@dataclass(slots=True)
class Constraints:
    """Pairwise must/cannot links, rejections, edits and statuses from judgements."""

    links: dict[Pair, str] = field(default_factory=dict)  # pair -> "must" | "cannot"
    link_judgement: dict[Pair, str] = field(default_factory=dict)
    rejected_sources: set[str] = field(default_factory=set)
    rejected_events: dict[str, list[str]] = field(default_factory=dict)
    event_status: dict[str, str] = field(default_factory=dict)
    source_edits: dict[str, dict[str, Any]] = field(default_factory=dict)
    event_edits: dict[str, dict[str, Any]] = field(default_factory=dict)
    judgement_ids: dict[str, list[str]] = field(default_factory=dict)

    def must(self) -> list[Pair]:
        """Pairs that must stay together, sorted."""
        return sorted(p for p, kind in self.links.items() if kind == "must")

    def cannot(self, a: str, b: str) -> bool:
        """Whether an analyst kept ``a`` and ``b`` apart."""
        return self.links.get(_pair(a, b)) == "cannot"


def _fields(payload: Any) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        inner = payload.get("fields")
        return dict(inner) if isinstance(inner, Mapping) else dict(payload)
    return {}


def constraints_from(judgements: Iterable[Mapping[str, Any]]) -> Constraints:
    """Fold judgements (oldest first) into :class:`Constraints`."""
    out = Constraints()
    for j in judgements:
        kind, target, action = j["target_kind"], j["target_id"], j["action"]
        payload = j.get("payload") or {}
        out.judgement_ids.setdefault(target, []).append(j["id"])
        if action == "merge":
            ids = sorted(set(payload.get("sources") or ()))
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    out.links[_pair(a, b)] = "must"
                    out.link_judgement[_pair(a, b)] = j["id"]
        elif action == "split":
            split = sorted(set(payload.get("sources") or ()))
            rest = sorted(set(payload.get("rest") or ()) - set(split))
            for a in split:
                for b in rest:
                    out.links[_pair(a, b)] = "cannot"
                    out.link_judgement[_pair(a, b)] = j["id"]
            for i, a in enumerate(split):
                for b in split[i + 1:]:
                    out.links[_pair(a, b)] = "must"
                    out.link_judgement[_pair(a, b)] = j["id"]
        elif action == "reject" and kind == "event_source":
            out.rejected_sources.add(target)
        elif action == "reject" and kind == "event":
            out.rejected_events[target] = sorted(set(payload.get("sources") or ()))
            out.event_status[target] = "rejected"
        elif action == "confirm" and kind == "event":
            out.rejected_events.pop(target, None)
            out.event_status[target] = "confirmed"
        elif action == "confirm" and kind == "event_source":
            out.rejected_sources.discard(target)
        elif action == "edit" and kind == "event_source":
            out.source_edits.setdefault(target, {}).update(_fields(payload))
        elif action == "edit" and kind == "event":
            out.event_edits.setdefault(target, {}).update(_fields(payload))
    return out

"""Analysts' judgements: confirmations, edits, rejections, merges and splits.

A judgement is its own record and is never overwritten by a re-run of
extraction or fusion; every ``fuse`` run reads them back and honours them.

Actions and their payloads (``target_kind`` is ``event``, ``event_source``,
``relation`` or ``entity``):

- ``confirm``: no payload; the target's status becomes ``confirmed``.
- ``edit``: ``{"field": value, ...}`` (or ``{"fields": {...}}``): values that
  override the extracted ones when the headline is computed.
- ``reject``: the target is excluded from fused events and exports.
- ``merge`` (on an event): ``{"with": OTHER_EVENT, "sources": [ids]}``: the
  listed sources stay in one event.
- ``split`` (on an event): ``{"sources": [ids split off], "rest": [ids]}``:
  no source of ``sources`` is ever fused again with one of ``rest``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from axiswatch.errors import AxiswatchError
from axiswatch.ids import digest
from axiswatch.store.schema import judgements

TARGET_KINDS = ("event", "event_source", "relation", "entity")
ACTIONS = ("confirm", "edit", "reject", "merge", "split")


def _validate(target_kind: str, target_id: str, action: str, payload: Any, author: str) -> None:
    if target_kind not in TARGET_KINDS:
        raise AxiswatchError("AW502", f"unknown target kind {target_kind!r} "
                                      f"(expected one of {', '.join(TARGET_KINDS)})")
    if action not in ACTIONS:
        raise AxiswatchError("AW502", f"unknown action {action!r} "
                                      f"(expected one of {', '.join(ACTIONS)})")
    if not target_id:
        raise AxiswatchError("AW502", "a judgement needs a target id")
    if not author or not author.strip():
        raise AxiswatchError("AW502", f"judgement on {target_id}: an author is required")
    if action == "edit" and not (isinstance(payload, dict) and payload):
        raise AxiswatchError("AW502", f"edit of {target_id}: the payload must name the fields")
    if action in ("merge", "split"):
        if target_kind != "event":
            raise AxiswatchError("AW502", f"{action} applies to events, not {target_kind}")
        if not isinstance(payload, dict) or not payload.get("sources"):
            raise AxiswatchError("AW502", f"{action} of {target_id}: the payload must list sources")


def record_judgement(
    conn: sa.Connection,
    *,
    target_kind: str,
    target_id: str,
    action: str,
    payload: Any = None,
    author: str,
    reason: str | None = None,
) -> str:
    """Store one analyst judgement and return its id.

    Raises ``AxiswatchError`` AW502 when the kind, action, author or payload is invalid.
    """
    _validate(target_kind, target_id, action, payload, author)
    now = datetime.now(UTC)
    count = conn.execute(sa.select(sa.func.count()).select_from(judgements)).scalar_one()
    jid = "j-" + digest(target_kind, target_id, action, now.isoformat(), count)
    conn.execute(
        judgements.insert().values(
            id=jid,
            target_kind=target_kind,
            target_id=target_id,
            action=action,
            payload=payload,
            author=author.strip(),
            reason=reason,
            created_at=now,
        )
    )
    return jid


def _row(r: sa.Row[Any]) -> dict[str, Any]:
    return {
        "id": r.id,
        "target_kind": r.target_kind,
        "target_id": r.target_id,
        "action": r.action,
        "payload": r.payload,
        "author": r.author,
        "reason": r.reason,
        "created_at": r.created_at.isoformat() if r.created_at else None,
    }


def judgements_for(conn: sa.Connection, target_kind: str, target_id: str) -> list[dict[str, Any]]:
    """Every judgement on one target, oldest first."""
    rows = conn.execute(
        sa.select(judgements)
        .where(judgements.c.target_kind == target_kind, judgements.c.target_id == target_id)
        .order_by(judgements.c.created_at, judgements.c.id)
    )
    return [_row(r) for r in rows]


def all_judgements(conn: sa.Connection, *, kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Every judgement (optionally of some target kinds), oldest first."""
    query = sa.select(judgements).order_by(judgements.c.created_at, judgements.c.id)
    if kinds:
        query = query.where(judgements.c.target_kind.in_(kinds))
    return [_row(r) for r in conn.execute(query)]

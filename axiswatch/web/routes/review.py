"""The review queue: analysts confirm, correct or reject extracted events and relations.

Reads are open; every write needs the operator's bearer token. A judgement is
stored with its author and time (``axiswatch.store.judgements``), shown on the
row at once, and fusion recomputes the event from it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from axiswatch.model import ACTOR_ROLES
from axiswatch.store.judgements import record_judgement
from axiswatch.store.queries import (
    apply_review,
    entity_names,
    event_sources_with_evidence,
    get_event_row,
    get_relation,
    review_events,
    review_relations,
)
from axiswatch.web import integrations
from axiswatch.web.errors import ApiError
from axiswatch.web.params import Certainty, EventType
from axiswatch.web.security import check_token

router = APIRouter(prefix="/api", tags=["review"])

Author = Annotated[str, Field(min_length=1, max_length=100, pattern=r"\S")]
Reason = Annotated[str | None, Field(max_length=2000)]


class EventFields(BaseModel):
    """Corrected values of an event; the ones left out keep their extracted value."""

    model_config = ConfigDict(extra="forbid")
    type: EventType | None = None
    subtype: Annotated[str | None, Field(max_length=32)] = None
    date: Annotated[str | None, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None
    location_name: Annotated[str | None, Field(max_length=200)] = None
    country: Annotated[str | None, Field(pattern=r"^[A-Z]{2}$")] = None
    lat: Annotated[float | None, Field(ge=-90, le=90)] = None
    lon: Annotated[float | None, Field(ge=-180, le=180)] = None
    target: Annotated[str | None, Field(max_length=500)] = None
    weapon: Annotated[str | None, Field(max_length=64)] = None
    killed: Annotated[int | None, Field(ge=0, le=1_000_000)] = None
    injured: Annotated[int | None, Field(ge=0, le=1_000_000)] = None
    certainty: Certainty | None = None
    summary: Annotated[str | None, Field(max_length=2000)] = None


class RelationFields(BaseModel):
    """Corrected values of a relation."""

    model_config = ConfigDict(extra="forbid")
    predicate: Literal["sponsored_by", "front_for", "part_of", "leader_of", "member_of",
                       "founded_by", "allied_with", "designated_by", "located_in"] | None = None
    certainty: Certainty | None = None


class _Review(BaseModel):
    """What every judgement carries: the verdict, who gave it and why."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "edit", "reject"]
    author: Author
    reason: Reason = None


class EventReview(_Review):
    """An analyst's judgement on an event."""

    fields: EventFields | None = None


class RelationReview(_Review):
    """An analyst's judgement on a relation."""

    fields: RelationFields | None = None


class Merge(BaseModel):
    """Two events an analyst holds to be one occurrence."""

    model_config = ConfigDict(extra="forbid")
    other: Annotated[str, Field(min_length=1, max_length=64)]
    author: Author
    reason: Reason = None


@router.get("/review")
def review_queue(
    request: Request,
    kind: Literal["event", "relation"] = "event",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """Events or relations no analyst has judged yet, each with its evidence."""
    with request.app.state.store.connect() as conn:
        if kind == "relation":
            return {"kind": kind, "items": review_relations(conn, limit=limit, offset=offset)}
        items = review_events(conn, limit=limit, offset=offset)
        for item in items:
            item["sources"] = event_sources_with_evidence(conn, item["id"])[:3]
        names = entity_names(conn, [a for i in items for role in ACTOR_ROLES for a in i[role]])
    return {"kind": kind, "items": items, "names": names}


def _edits(action: str, fields: BaseModel | None) -> dict[str, Any] | None:
    values = fields.model_dump(exclude_none=True) if fields is not None else {}
    if action == "edit" and not values:
        raise ApiError(422, "AW600", "an edit must give at least one corrected field")
    return values or None


@router.post("/review/event/{event_id}", dependencies=[Depends(check_token)])
def review_event(
    request: Request, event_id: Annotated[str, Path(max_length=64)], body: EventReview
) -> dict[str, Any]:
    """Confirm, correct or reject an event; returns the judgement id and the event."""
    store = request.app.state.store
    edits = _edits(body.action, body.fields)
    with store.begin() as conn:
        if get_event_row(conn, event_id) is None:
            raise ApiError(404, "AW603", f"no event {event_id!r}")
        jid = record_judgement(conn, target_kind="event", target_id=event_id,
                               action=body.action, payload=edits, author=body.author,
                               reason=body.reason)
        apply_review(conn, "event", event_id, body.action, edits)
    now = integrations.refresh_event(store, event_id) or [event_id]
    with store.connect() as conn:
        event = get_event_row(conn, event_id) or get_event_row(conn, now[0])
    return {"judgement": jid, "event": event, "events": now}


@router.post("/review/relation/{relation_id}", dependencies=[Depends(check_token)])
def review_relation(
    request: Request, relation_id: Annotated[str, Path(max_length=64)], body: RelationReview
) -> dict[str, Any]:
    """Confirm, correct or reject a relation; returns the judgement id and the relation."""
    edits = _edits(body.action, body.fields)
    with request.app.state.store.begin() as conn:
        if get_relation(conn, relation_id) is None:
            raise ApiError(404, "AW603", f"no relation {relation_id!r}")
        jid = record_judgement(conn, target_kind="relation", target_id=relation_id,
                               action=body.action, payload=edits, author=body.author,
                               reason=body.reason)
        apply_review(conn, "relation", relation_id, body.action, edits)
        relation = get_relation(conn, relation_id)
    return {"judgement": jid, "relation": relation}


@router.post("/events/{event_id}/merge", dependencies=[Depends(check_token)])
def merge_events(
    request: Request, event_id: Annotated[str, Path(max_length=64)], body: Merge
) -> dict[str, Any]:
    """Record that ``event_id`` and ``other`` are one occurrence; fusion keeps them together."""
    store = request.app.state.store
    if body.other == event_id:
        raise ApiError(422, "AW600", "an event cannot be merged with itself")
    with store.begin() as conn:
        sources: list[str] = []
        for eid in (event_id, body.other):
            if get_event_row(conn, eid) is None:
                raise ApiError(404, "AW603", f"no event {eid!r}")
            sources += [s["id"] for s in event_sources_with_evidence(conn, eid)] or [eid]
        jid = record_judgement(conn, target_kind="event", target_id=event_id, action="merge",
                               payload={"with": body.other, "sources": sources},
                               author=body.author, reason=body.reason)
    now = integrations.refresh_event(store, event_id) or [event_id]
    return {"judgement": jid, "sources": sources, "events": now}

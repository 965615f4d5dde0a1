"""Query-string parameters shared by the event endpoints, validated into an EventFilter."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Query, Request

from axiswatch.errors import AxiswatchError
from axiswatch.store.queries import EventFilter, expand_actors
from axiswatch.web.errors import ApiError

EventType = Literal["attack", "strike", "plot", "killing", "arrest", "protest", "meeting",
                    "statement", "sanction", "transfer"]
Certainty = Literal["confirmed", "reported", "claimed", "assessed", "alleged"]
Status = Literal["extracted", "confirmed", "edited", "rejected", "merged", "fused"]

MAX_PAGE = 500
MAX_MAP = 200_000


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """``"w,s,e,n"`` as four floats (``None`` for an empty value); AW600 when malformed."""
    if text is None or not text.strip():
        return None
    parts = text.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != 4 or any(v != v or v in (float("inf"), float("-inf")) for v in values):
        raise ApiError(422, "AW600", f"bbox: expected four numbers west,south,east,north: {text!r}")
    w, s, e, n = values
    return (w, s, e, n)


class FilterParams:
    """The filter of an event request, read from the query string."""

    def __init__(
        self,
        date_from: Annotated[dt.date | None, Query(description="ISO date, first day")] = None,
        date_to: Annotated[dt.date | None, Query(description="ISO date, last day")] = None,
        bbox: Annotated[str | None, Query(max_length=100,
                                          description="west,south,east,north in degrees")] = None,
        type: Annotated[list[EventType] | None, Query(max_length=10)] = None,
        actor: Annotated[list[str] | None, Query(
            max_length=20, description="entity ids; their fronts and units are included")] = None,
        country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
        certainty: Annotated[list[Certainty] | None, Query(max_length=5)] = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
        status: Annotated[list[Status] | None, Query(max_length=6)] = None,
    ) -> None:
        self.date_from = date_from
        self.date_to = date_to
        self.bbox = parse_bbox(bbox)
        self.types = tuple(type or ())
        self.actors = tuple(a[:128] for a in (actor or ()) if a)
        self.country = country
        self.certainty = tuple(certainty or ())
        self.q = q
        self.status = tuple(status or ())

    def to_filter(self, request: Request, *, limit: int, offset: int = 0) -> EventFilter:
        """The :class:`EventFilter`, with actors expanded to their fronts and units."""
        actors = self.actors
        if actors:
            with request.app.state.store.connect() as conn:
                actors = expand_actors(conn, actors)
        try:
            return EventFilter(
                date_from=self.date_from, date_to=self.date_to, bbox=self.bbox,
                types=self.types, actors=actors, country=self.country,
                certainty=self.certainty, q=self.q, status=self.status,
                limit=limit, offset=offset,
            )
        except AxiswatchError as exc:
            raise ApiError(422, "AW600", exc.message) from exc

"""Events: filtered lists, the map's GeoJSON, one event with its sources and evidence."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from axiswatch.geo.place import location_note
from axiswatch.model import ROLE_LISTS
from axiswatch.store.queries import (
    POINT_FIELDS,
    count_events,
    entity_names,
    event_geojson,
    event_grid,
    event_points,
    event_sources_with_evidence,
    get_event_row,
    judgements_about,
    select_events,
    timeline_counts,
)
from axiswatch.web import integrations
from axiswatch.web.errors import ApiError
from axiswatch.web.params import MAX_MAP, MAX_PAGE, FilterParams

router = APIRouter(prefix="/api", tags=["events"])

Filters = Annotated[FilterParams, Depends()]
EventId = Annotated[str, Path(max_length=64)]


@router.get("/events")
def list_events(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """One page of events matching the filters, newest first, with the total count."""
    flt = filters.to_filter(request, limit=limit, offset=offset)
    with request.app.state.store.connect() as conn:
        rows = select_events(conn, flt)
        total = count_events(conn, flt)
        names = entity_names(conn, _ids_in(rows))
    return {"total": total, "limit": limit, "offset": offset, "events": rows, "names": names}


@router.get("/events.geojson", response_class=Response, responses={200: {
    "content": {"application/geo+json": {"schema": {"type": "object"}}}}})
def events_geojson(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=0, le=MAX_MAP)] = 100_000,
) -> Response:
    """Located events matching the filters as a GeoJSON FeatureCollection."""
    flt = filters.to_filter(request, limit=limit)
    with request.app.state.store.connect() as conn:
        body = json.dumps(event_geojson(conn, flt), separators=(",", ":"))
    return Response(body, media_type="application/geo+json")


@router.get("/events.points", response_class=Response, responses={200: {
    "content": {"application/json": {"schema": {"type": "object"}}}}})
def events_points(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=0, le=MAX_MAP)] = 100_000,
) -> Response:
    """Located events matching the filters as compact rows for the map:
    ``{"fields": [...], "points": [[id, lat, lon, type, geo_precision], ...]}``."""
    flt = filters.to_filter(request, limit=limit)
    with request.app.state.store.connect() as conn:
        rows = event_points(conn, flt)
    # serialized here: FastAPI's generic encoder is slow on 100,000 rows
    body = json.dumps({"fields": list(POINT_FIELDS), "points": rows}, separators=(",", ":"))
    return Response(body, media_type="application/json")


@router.get("/events.grid", response_class=Response, responses={200: {
    "content": {"application/json": {"schema": {"type": "object"}}}}})
def events_grid(
    request: Request,
    filters: Filters,
    zoom: Annotated[int, Query(ge=0, le=20, description="map zoom level (Web Mercator)")] = 5,
) -> Response:
    """Located events matching the filters counted per type in a grid whose cells are
    about 64 pixels wide at ``zoom``: ``{"cell", "total", "cells": [[lat, lon, type, n]]}``."""
    cell = 360.0 / (2 ** zoom) / 4
    flt = filters.to_filter(request, limit=0)
    with request.app.state.store.connect() as conn:
        cells = event_grid(conn, flt, cell)
    body = {"cell": cell, "total": sum(c[3] for c in cells), "cells": cells}
    return Response(json.dumps(body, separators=(",", ":")), media_type="application/json")


@router.get("/timeline")
def timeline(request: Request, filters: Filters) -> dict[str, Any]:
    """Events matching the filters counted per day and type (dates ignore the brush)."""
    flt = filters.to_filter(request, limit=0)
    with request.app.state.store.connect() as conn:
        return {"days": timeline_counts(conn, flt)}


@router.get("/events/{event_id}")
def get_event(request: Request, event_id: EventId) -> dict[str, Any]:
    """One event (any status) with its sources, each with the sentence in context,
    the analysts' judgements and the attribution chain of its actors."""
    store = request.app.state.store
    with store.connect() as conn:
        event = get_event_row(conn, event_id)
        if event is None:
            raise ApiError(404, "AW603", f"no event {event_id!r}")
        sources = event_sources_with_evidence(conn, event_id)
        fusion = event.get("fusion") or {}
        members = fusion.get("members") or [] if isinstance(fusion, dict) else []
        judged = judgements_about(
            conn, [event_id, *members, *(s["id"] for s in sources)],
            fusion.get("judgements") or [] if isinstance(fusion, dict) else [],
        )
        names = entity_names(conn, _ids_in([event, *sources]))
    chains = {}
    for entity_id in dict.fromkeys([*event["claimed_by"], *event["actors"],
                                    *event["attributed_to"]]):
        chain = integrations.attribution_chain(store, entity_id)
        if chain:
            chains[entity_id] = chain
    event["location_note"] = location_note(event)
    return {"event": event, "sources": sources, "judgements": judged,
            "attribution": chains, "names": names}


def _ids_in(rows: list[dict[str, Any]]) -> list[str]:
    ids: list[str] = []
    for row in rows:
        for key in ROLE_LISTS:
            ids.extend(row.get(key) or ())
        if row.get("location"):
            ids.append(row["location"])
    return ids

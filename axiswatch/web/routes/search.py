"""One search box over documents, actors and events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from axiswatch.store.queries import EventFilter, search_actors, search_documents, select_events
from axiswatch.web import integrations

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    """Documents, actors and events that mention ``q``."""
    text = q.strip()
    if not text:
        return {"q": q, "documents": [], "actors": [], "events": []}
    with request.app.state.store.connect() as conn:
        return {
            "q": q,
            "actors": search_actors(conn, text, integrations.alias_key(text), limit=limit),
            "events": select_events(conn, EventFilter(q=text, limit=limit)),
            "documents": search_documents(conn, text, limit=limit),
        }

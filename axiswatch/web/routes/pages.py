"""The analyst's pages: one HTML shell per view; the view's script builds it from the API."""

from __future__ import annotations

from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

TEMPLATES = Jinja2Templates(directory=str(FsPath(__file__).parents[1] / "templates"))
TEMPLATES.env.autoescape = True

router = APIRouter(include_in_schema=False)
Id = Annotated[str, Path(max_length=128)]

TITLES = {"dashboard": "Overview", "event": "Event", "actor": "Actor", "network": "Network",
          "review": "Review queue", "document": "Document", "search": "Search"}


def _page(request: Request, view: str, item_id: str = "") -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request, "page.html",
        {"view": view, "item_id": item_id, "title": TITLES[view],
         "writes": bool(request.app.state.token), "map_points": request.app.state.map_points},
    )


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    """Map, timeline and event list under one set of filters."""
    return _page(request, "dashboard")


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: Id) -> HTMLResponse:
    """One event with its sources and evidence."""
    return _page(request, "event", event_id)


@router.get("/actor/{entity_id}", response_class=HTMLResponse)
def actor_page(request: Request, entity_id: Id) -> HTMLResponse:
    """One actor: aliases, relations, events and tempo."""
    return _page(request, "actor", entity_id)


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: Id) -> HTMLResponse:
    """One document with its evidence spans highlighted."""
    return _page(request, "document", doc_id)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    """The actor network."""
    return _page(request, "network")


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request) -> HTMLResponse:
    """The review queue."""
    return _page(request, "review")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    """Search results for the query in the URL."""
    return _page(request, "search")


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference (Swagger UI served from the npm package, no CDN)."""
    return TEMPLATES.TemplateResponse(request, "docs.html", {})

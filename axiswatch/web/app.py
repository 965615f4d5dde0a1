"""The web application: the JSON API (OpenAPI at ``/openapi.json``) and the analyst's page."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Response
from fastapi.staticfiles import StaticFiles

from axiswatch import __version__
from axiswatch.config import api_token
from axiswatch.store import Store
from axiswatch.web import assets
from axiswatch.web.errors import install_error_handlers
from axiswatch.web.routes import actors, documents, events, pages, review, search, stats
from axiswatch.web.security import security_headers

STATIC = Path(__file__).parent / "static"


def create_app(store: Store, *, token: str | None = None, map_points: int = 20_000) -> FastAPI:
    """The app over ``store``. Writes need ``token`` (default: ``AXISWATCH_TOKEN``);
    with none configured the API is read-only. The map clusters up to ``map_points``
    events in the browser; with more it shows the server's grid counts until zoomed in."""
    app = FastAPI(
        title="axiswatch",
        version=__version__,
        description="Cited events, actors and relations extracted from open-source reporting.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token if token is not None else api_token()
    app.state.map_points = map_points
    app.middleware("http")(security_headers)
    install_error_handlers(app)
    for module in (events, actors, stats, search, documents, review):
        app.include_router(module.router)

    @app.get("/api/meta", tags=["meta"])
    def meta() -> dict[str, object]:
        """Version, whether writes are enabled, and missing front-end files."""
        return {"version": __version__, "writes": bool(app.state.token),
                "missing_assets": assets.missing_assets()}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.include_router(assets.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

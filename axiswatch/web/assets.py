"""Front-end libraries installed by npm, served from ``frontend/node_modules`` by an allow-list.

Only the files named here are reachable; nothing else under ``node_modules`` is.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from axiswatch.web.errors import ApiError

NODE_MODULES = Path(__file__).parent / "frontend" / "node_modules"

VENDOR: dict[str, str] = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "cytoscape.js": "cytoscape/dist/cytoscape.min.js",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
}
_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}

router = APIRouter(include_in_schema=False)


def missing_assets() -> list[str]:
    """Allow-listed files that ``npm ci`` has not installed (empty when all are there)."""
    return [name for name, rel in VENDOR.items() if not (NODE_MODULES / rel).is_file()]


@router.get("/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """One allow-listed front-end library file."""
    rel = VENDOR.get(name)
    path = NODE_MODULES / rel if rel else None
    if path is None or not path.is_file():
        hint = " (run `make web-deps`)" if rel else ""
        raise ApiError(404, "AW603", f"no front-end asset {name!r}{hint}")
    suffix = path.suffix
    return FileResponse(path, media_type=_TYPES.get(suffix, "application/octet-stream"),
                        headers={"Cache-Control": "public, max-age=86400"})

"""A resolved place: where a name points, how precisely, and from which source."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from axiswatch.model import GEO_PRECISIONS

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Place:
    """A point on the map with the precision of what the text named.

    ``id`` is the pack's entity id (``source="kb"``) or ``geonames:<id>``;
    ``precision`` is one of ``facility``, ``town``, ``district``,
    ``province``, ``country``, ``region`` (like ACLED's geo_precision).
    """

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    precision: str
    source: str  # "kb" or "geonames"
    population: int = 0

    def __post_init__(self) -> None:
        if self.precision not in GEO_PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")

    def with_precision(self, precision: str) -> Place:
        """The same point coded with another precision ("near X" is coarser than "X")."""
        return Place(self.id, self.name, self.lat, self.lon, self.country, precision,
                     self.source, self.population)

    def distance_km(self, lat: float, lon: float) -> float:
        """Great-circle distance from this place to (lat, lon)."""
        return haversine_km(self.lat, self.lon, lat, lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def location_note(event: Mapping[str, Any]) -> str:
    """How an event is placed, in words: its precision when it has coordinates, else
    why it has none (the report names a place the gazetteer cannot find, or names
    none)."""
    name = event.get("location_name") or event.get("location")
    if event.get("lat") is not None and event.get("lon") is not None:
        precision = event.get("geo_precision") or "unknown"
        return f"placed at {name or 'a point'} ({precision} precision)"
    if name:
        return f"not on the map: the report names {name}, which no gazetteer entry places"
    if event.get("country"):
        return "not on the map: the report names only the country"
    return "not on the map: the report names no place for it"

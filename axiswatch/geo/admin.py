"""The first-level division a place lies in (ACLED's ``admin1``), by name.

Two sources, the surer first:

- the knowledge pack's own links: a province is its own division, and a pack place
  whose ``located_in`` chain reaches a province lies in it;
- for any other point (a GeoNames town, a candidate placed by its town), the GeoNames
  place nearest to it in its country. GeoNames gives every populated place the code
  of its division but ships no names for the codes, so the pack names them: a
  division's code is the one most of the places nearest its representative point
  carry. A code no pack division claims without a rival stays unnamed: a blank
  ``admin1`` is better than a wrong one.

A division's code is read first from the town it is named after ("Karbala Province",
"Damascus Governorate": the place of that name in its country, the most populous),
then from the places nearest its point: a small division around a city would lose
the vote of its neighbours to the large one around it.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from axiswatch.geo.place import haversine_km
from axiswatch.kb.normalize import alias_key

if TYPE_CHECKING:
    from axiswatch.geo.gazetteer import Gazetteer
    from axiswatch.kb.pack import Pack

PROVINCE = "province"
# The last word of a division's name that says what it is.
DIVISION_WORDS = frozenset({"Province", "Governorate", "District", "Region", "State",
                            "Prefecture", "County", "Emirate"})
# Places near a division's point that vote on its code; how far up a located_in chain to go.
VOTERS = 7
MAX_CHAIN = 4
# How far from a division's point the town it is named after may lie.
NAMESAKE_KM = 150.0


class Admin1:
    """Names the first-level division of pack places and of points."""

    def __init__(self, pack: Pack, gazetteer: Gazetteer) -> None:
        self.pack = pack
        self.gazetteer = gazetteer

    def of_entity(self, entity_id: str | None) -> str | None:
        """The division of a pack place by the pack's links (``None`` when unknown)."""
        seen = 0
        entry = self.pack.entries.get(entity_id or "")
        while entry is not None and seen <= MAX_CHAIN:
            if entry.precision == PROVINCE:
                return str(entry.name)
            parents = [self.pack.entries.get(link.id) for link in entry.located_in]
            entry = next((p for p in parents if p is not None and p.type == "place"), None)
            seen += 1
        return None

    def at(self, lat: float, lon: float, country: str) -> str | None:
        """The division of a point in ``country`` by the nearest GeoNames place's code."""
        codes = self.gazetteer.nearest_admin1(lat, lon, country, 1)
        return self._names.get((country, codes[0])) if codes else None

    def of_event(self, location: str | None, lat: float | None, lon: float | None,
                 country: str | None) -> str:
        """The division of an event's place: by the pack's links, else by its point."""
        named = self.of_entity(location)
        if named is None and lat is not None and lon is not None and country and \
                not math.isnan(lat):
            named = self.at(lat, lon, country)
        return named or ""

    @cached_property
    def _names(self) -> dict[tuple[str, str], str]:
        """(country, GeoNames admin1 code) -> the pack division's name."""
        claims: dict[tuple[str, str], list[tuple[float, str]]] = {}
        for entry in self.pack.entries.values():
            if entry.precision != PROVINCE or entry.lat is None or entry.lon is None \
                    or not entry.country:
                continue
            named = self._code_of_namesake(str(entry.name), entry.country, entry.lat, entry.lon)
            votes = Counter([named] if named else self.gazetteer.nearest_admin1(
                entry.lat, entry.lon, entry.country, VOTERS))
            if votes:
                code, n = votes.most_common(1)[0]
                claims.setdefault((entry.country, code), []).append(
                    (n / sum(votes.values()), str(entry.name)))
        # A code two divisions claim goes to the one with the clearly larger vote, if any.
        out: dict[tuple[str, str], str] = {}
        for key, rivals in claims.items():
            rivals.sort(reverse=True)
            if len(rivals) == 1 or rivals[0][0] > rivals[1][0]:
                out[key] = rivals[0][1]
        return out

    def _code_of_namesake(self, name: str, country: str, lat: float, lon: float
                          ) -> str | None:
        """The code of the most populous place of ``country`` the division is named after,
        near its point (a town of the same name elsewhere is another place)."""
        words = name.split()
        core = " ".join(words[:-1]) if len(words) > 1 and words[-1] in DIVISION_WORDS else name
        found = [g for g in self.gazetteer.lookup(alias_key(core))
                 if g.country == country and g.admin1 and g.matched_primary
                 and haversine_km(lat, lon, g.lat, g.lon) <= NAMESAKE_KM]
        return found[0].admin1 if found else None

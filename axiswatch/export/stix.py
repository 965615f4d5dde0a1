"""A STIX 2.1 bundle of the selected events, built and validated by the ``stix2`` library.

- Groups are ``threat-actor`` objects (armed groups, coalitions), façade
  names ``intrusion-set`` objects (a brand attributed to a threat actor),
  states, their bodies, organisations and people ``identity`` objects, places
  and facilities ``location`` objects (``export/data/mappings.yaml``).
- STIX 2.1 has no event object: each fused event is a custom
  ``x-axiswatch-event`` object with its type, ACLED types, date, place,
  actor references, casualties, certainty and evidence sentences.
- Each source document is a ``report`` that refers to the events and
  entities it supports, with its URL as an external reference.
- Relations between entities, and an event's claimant and attributed group,
  are ``relationship`` objects whose ``confidence`` comes from the stated
  certainty: confirmed 85, reported 60, assessed 50, claimed 40, alleged 30.
- The event ontology's STIX mapping (``kb/data/ontology.yaml``) adds, per
  event type: a ``sighting`` of the perpetrator where it happened (attacks,
  strikes, killings, arrests, protests), an ``attack-pattern`` the perpetrator
  ``uses`` (by subtype: drone, rocket...), or a relationship between the
  actors (a designation, a supply of weapons).

STIX ids are UUIDv5 of axiswatch's own ids, so the same store exports the
same ids every time.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import stix2
from stix2.properties import (
    IntegerProperty,
    ListProperty,
    ReferenceProperty,
    StringProperty,
    TimestampProperty,
)

from axiswatch.errors import AxiswatchError
from axiswatch.export.acled import acled_types
from axiswatch.export.data import ExportData, mappings
from axiswatch.model import ACTOR_ROLES, ROLE_LISTS

NAMESPACE = uuid.UUID("6f1c2a4e-3b7d-5e8f-9a0b-1c2d3e4f5a6b")
PRODUCER = "axiswatch"
_ENTITY_TYPES = ["threat-actor", "intrusion-set", "identity"]


@stix2.CustomObject("x-axiswatch-event", [
    ("name", StringProperty(required=True)),
    ("event_type", StringProperty(required=True)),
    ("event_subtype", StringProperty()),
    ("acled_event_type", StringProperty()),
    ("acled_sub_event_type", StringProperty()),
    ("first_seen", TimestampProperty()),
    ("date_precision", StringProperty()),
    ("location_ref", ReferenceProperty(valid_types="location", spec_version="2.1")),
    ("actor_refs", ListProperty(ReferenceProperty(valid_types=_ENTITY_TYPES,
                                                  spec_version="2.1"))),
    ("claimed_by_refs", ListProperty(ReferenceProperty(valid_types=_ENTITY_TYPES,
                                                       spec_version="2.1"))),
    ("attributed_to_refs", ListProperty(ReferenceProperty(valid_types=_ENTITY_TYPES,
                                                          spec_version="2.1"))),
    ("target", StringProperty()),
    ("weapon", StringProperty()),
    ("killed", IntegerProperty()),
    ("injured", IntegerProperty()),
    ("certainty", StringProperty()),
    ("evidence", ListProperty(StringProperty())),
    ("axiswatch_id", StringProperty()),
])
class AxiswatchEvent:
    """One fused event (STIX 2.1 has no event SDO)."""


def _ontology_stix(event_type: str) -> dict[str, Any]:
    """The event ontology's STIX mapping of a type (empty when the type is unknown)."""
    from axiswatch.kb.ontology import load_ontology

    try:
        return dict(load_ontology().stix(event_type))
    except AxiswatchError:
        return {}


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id for an axiswatch object."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def confidence(certainty: str | None) -> int:
    """STIX confidence (0-100) for an axiswatch certainty."""
    table: dict[str, int] = mappings()["stix"]["confidence"]
    return table.get(certainty or "", table["alleged"])


def _timestamp(day: str | None) -> datetime | None:
    if not day:
        return None
    try:
        return datetime.fromisoformat(str(day)[:10]).replace(tzinfo=UTC)
    except ValueError:
        return None


def _newest(data: ExportData) -> datetime:
    """The export's timestamp: the newest update of its events (stable for one store state)."""
    stamps = []
    for ev in data.events:
        value = ev.get("updated_at")
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if isinstance(value, datetime):
            stamps.append(value if value.tzinfo else value.replace(tzinfo=UTC))
    return max(stamps) if stamps else datetime(1970, 1, 1, tzinfo=UTC)


class _Builder:
    def __init__(self, data: ExportData) -> None:
        self.data = data
        self.maps = mappings()["stix"]
        self.objects: dict[str, Any] = {}
        self.stamp = {"created": _newest(data), "modified": _newest(data)}
        self.producer = stix2.Identity(id=stix_id("identity", PRODUCER), name=PRODUCER,
                                       identity_class="system", **self.stamp)
        self.objects[self.producer.id] = self.producer

    def entity(self, entity_id: str) -> str | None:
        info = self.data.entities.get(entity_id, {"type": "armed_group"})
        kind = self.maps["object"].get(info.get("type") or "armed_group", "identity")
        if kind == "location":
            return None
        sid = stix_id(kind, entity_id)
        if sid in self.objects:
            return sid
        common = {"id": sid, "name": self.data.name(entity_id), **self.stamp,
                  "created_by_ref": self.producer.id,
                  "external_references": [{"source_name": PRODUCER, "external_id": entity_id}]}
        if kind == "threat-actor":
            obj = stix2.ThreatActor(threat_actor_types=list(
                self.maps["threat_actor_types"].get(info.get("type"), ["unknown"])), **common)
        elif kind == "intrusion-set":
            obj = stix2.IntrusionSet(**common)
        else:
            obj = stix2.Identity(identity_class=self.maps["identity_class"].get(
                info.get("type"), "organization"), **common)
        self.objects[sid] = obj
        return sid

    def location(self, ev: dict[str, Any]) -> str | None:
        if ev.get("lat") is None or ev.get("lon") is None:
            return None
        key = ev.get("location") or f"{ev['lat']:.4f},{ev['lon']:.4f}"
        sid = stix_id("location", key)
        if sid not in self.objects:
            extra = {"country": ev["country"]} if ev.get("country") else {}
            self.objects[sid] = stix2.Location(
                id=sid, name=ev.get("location_name") or key, latitude=float(ev["lat"]),
                longitude=float(ev["lon"]), created_by_ref=self.producer.id,
                **self.stamp, **extra)
        return sid

    def relationship(self, source: str, kind: str, target: str, certainty: str | None,
                     key: str, description: str | None = None) -> str:
        sid = stix_id("relationship", key)
        if sid not in self.objects:
            extra = {"description": description} if description else {}
            self.objects[sid] = stix2.Relationship(
                id=sid, source_ref=source, target_ref=target, relationship_type=kind,
                confidence=confidence(certainty), created_by_ref=self.producer.id,
                allow_custom=True, **self.stamp, **extra)
        return sid

    def event(self, ev: dict[str, Any]) -> str:
        refs = {name: [r for r in (self.entity(e) for e in ev.get(name) or ()) if r]
                for name in ACTOR_ROLES}
        acled = acled_types(ev["type"], ev.get("subtype"))
        sources = self.data.sources.get(ev["id"], [])
        values: dict[str, Any] = {
            "id": stix_id("x-axiswatch-event", ev["id"]),
            "name": f"{ev['type']} {ev.get('location_name') or ''} {ev.get('date') or ''}"
                    .strip(),
            "event_type": ev["type"], "acled_event_type": acled[0],
            "acled_sub_event_type": acled[1], "certainty": ev.get("certainty"),
            "actor_refs": refs["actors"], "claimed_by_refs": refs["claimed_by"],
            "attributed_to_refs": refs["attributed_to"],
            "evidence": [s["evidence"] for s in sources if s.get("evidence")],
            "axiswatch_id": ev["id"], "confidence": confidence(ev.get("certainty")),
            "created_by_ref": self.producer.id, **self.stamp,
        }
        optional = {"event_subtype": ev.get("subtype"), "first_seen": _timestamp(
            ev.get("date_start")), "date_precision": ev.get("date_precision"),
            "location_ref": self.location(ev), "target": ev.get("target"),
            "weapon": ev.get("weapon"), "killed": ev.get("killed"),
            "injured": ev.get("injured")}
        values.update({k: v for k, v in optional.items() if v is not None})
        obj: Any = AxiswatchEvent(**values)
        self.objects[obj.id] = obj
        for role, kind in (("claimed_by", "x-claimed-by"), ("attributed_to", "attributed-to")):
            for entity in ev.get(role) or ():
                ref = self.entity(entity)
                if ref:
                    self.relationship(obj.id, kind, ref, ev.get("certainty"),
                                      f"{ev['id']}:{role}:{entity}")
        self.ontology_objects(ev, refs, values.get("location_ref"))
        return str(obj.id)

    def ontology_objects(self, ev: dict[str, Any], refs: dict[str, list[str]],
                         location: str | None) -> None:
        """What the event ontology's STIX mapping adds: a sighting of the perpetrator, the
        attack pattern it used, or a relationship (designation, supply) between actors."""
        spec = _ontology_stix(ev["type"])
        perpetrators = [*refs["actors"], *refs["claimed_by"], *refs["attributed_to"]]
        certainty = ev.get("certainty")
        if spec.get("sighting") and perpetrators:
            first = _timestamp(ev.get("date_start"))
            extra: dict[str, Any] = {"where_sighted_refs": [location]} if location else {}
            if first is not None:
                last = _timestamp(ev.get("date_end")) or first
                extra.update(first_seen=first, last_seen=last + timedelta(days=1))
            sid = stix_id("sighting", ev["id"])
            self.objects[sid] = stix2.Sighting(
                id=sid, sighting_of_ref=perpetrators[0], count=1,
                confidence=confidence(certainty), created_by_ref=self.producer.id,
                description=ev.get("summary") or None, allow_custom=True,
                **self.stamp, **extra)
        if spec.get("pattern") == "attack-pattern" and perpetrators:
            name = str(ev.get("subtype") or ev["type"]).replace("_", " ")
            pid = stix_id("attack-pattern", name)
            if pid not in self.objects:
                self.objects[pid] = stix2.AttackPattern(
                    id=pid, name=name, created_by_ref=self.producer.id, **self.stamp)
            for actor in perpetrators:
                self.relationship(actor, "uses", pid, certainty, f"uses:{actor}:{name}")
        if spec.get("object") == "relationship" and spec.get("relationship_type"):
            targets = [r for r in (self.entity(t) for t in ev.get("target_actors") or ()) if r]
            kind = str(spec["relationship_type"])
            for actor in perpetrators:
                for target in targets:
                    # a designation points from the designated to the designator
                    source, dest = ((target, actor) if kind.endswith("designated-by")
                                    else (actor, target))
                    self.relationship(source, kind, dest, certainty,
                                      f"{ev['id']}:{kind}:{source}:{dest}",
                                      ev.get("summary") or None)

    def relations(self) -> None:
        names = self.maps["relationship"]
        involved = {e for ev in self.data.events for name in ROLE_LISTS
                    for e in ev.get(name) or ()}
        for rel in self.data.relations:
            if rel["subject"] not in involved and rel["object"] not in involved:
                continue
            kind = names.get(rel["predicate"])
            source, target = self.entity(rel["subject"]), self.entity(rel["object"])
            if not (kind and source and target):
                continue
            evidence = [e["text"] for e in rel.get("evidence") or ()]
            self.relationship(source, kind, target, rel.get("certainty"),
                              f"rel:{rel['subject']}:{rel['predicate']}:{rel['object']}",
                              evidence[0] if evidence else None)

    def reports(self, event_refs: dict[str, str]) -> None:
        docs: dict[str, dict[str, Any]] = {}
        for ev in self.data.events:
            for src in self.data.sources.get(ev["id"], []):
                doc = docs.setdefault(src["doc_id"], {"meta": src, "refs": []})
                doc["refs"].append(event_refs[ev["id"]])
        for doc_id, doc in sorted(docs.items()):
            meta = doc["meta"]
            ext = [{"source_name": meta.get("publisher") or PRODUCER,
                    **({"url": meta["url"]} if meta.get("url") else {}),
                    "external_id": doc_id}]
            published = _timestamp(meta.get("published")) or datetime(1970, 1, 1, tzinfo=UTC)
            obj = stix2.Report(id=stix_id("report", doc_id),
                               name=meta.get("title") or meta.get("source_path") or doc_id,
                               published=published, report_types=["threat-report"],
                               object_refs=sorted(set(doc["refs"])),
                               external_references=ext, created_by_ref=self.producer.id,
                               allow_custom=True, **self.stamp)
            self.objects[obj.id] = obj


def to_bundle(data: ExportData) -> stix2.Bundle:
    """The STIX 2.1 bundle of ``data``."""
    builder = _Builder(data)
    event_refs = {ev["id"]: builder.event(ev) for ev in data.events}
    builder.relations()
    builder.reports(event_refs)
    objects = [builder.objects[k] for k in sorted(builder.objects)]
    return stix2.Bundle(objects=objects, id=stix_id("bundle", data.selection),
                        allow_custom=True)


def to_stix(data: ExportData) -> str:
    """The STIX 2.1 bundle as JSON text."""
    return str(to_bundle(data).serialize(pretty=True))

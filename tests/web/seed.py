"""A small store for the web tests, written from typed records.

Documents go in through ``store.documents.add_document``; extracted facts
through ``store.extractions.save_extraction`` when extraction provides it,
else as the rows it is specified to write (events as singleton fused events).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from axiswatch.ids import digest, document_id, event_id, relation_id
from axiswatch.model import Document, Entity, Event, Evidence, Relation
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.schema import (
    aliases,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
    relations,
)

NOW = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
XSS = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"

TEXT_A = (
    "Weekly update. The Alpha Brigades fired rockets at Camp Delta near Baghdad on "
    "February 3, 2024, wounding two. The Beta Front, a group experts link to the Alpha "
    "Brigades, claimed a drone attack on Harbor Base in Syria on February 5. "
    "Separately, officials met in Tehran on February 7."
)
TEXT_B = (
    "Night report. Militants " + XSS + " attacked a convoy near Mosul on February 10, 2024. "
    "Sponsors in Tehran continue to supply the Alpha Brigades."
)

ENTITIES = [
    Entity("alpha-brigades", "Alpha Brigades", "armed_group", "IQ",
           ["Alpha Brigades", "Kata'ib Alpha", "AB"]),
    Entity("beta-front", "Beta Front", "front_group", "IQ", ["Beta Front"]),
    Entity("sponsor-force", "Sponsor Force", "state_body", "IR", ["Sponsor Force"]),
    Entity("resistance-coalition", "Resistance Coalition", "coalition", "IQ",
           ["Resistance Coalition"]),
    Entity("camp-delta", "Camp Delta", "facility", "IQ", ["Camp Delta"], lat=33.26, lon=44.23),
]


def _span(doc: Document, sentence_start: str, sentence_end: str) -> Evidence:
    start = doc.text.index(sentence_start)
    end = doc.text.index(sentence_end, start) + len(sentence_end)
    return Evidence(doc.id, start, end, doc.text[start:end], "test-extractor/1")


def _event(doc: Document, ev: Evidence, type_: str, **fields: Any) -> Event:
    return Event(id=event_id(doc.id, type_, ev.start, ev.end), doc_id=doc.id, type=type_,
                 evidence=ev, extractor="test-extractor/1", **fields)


def build_records() -> tuple[list[Document], list[Event], list[Relation]]:
    """The documents, events and relations of the test store."""
    doc_a = Document(document_id(TEXT_A), TEXT_A, title="Weekly update", publisher="Test Desk",
                     published="2024-02-08", url="https://example.org/weekly")
    doc_b = Document(document_id(TEXT_B), TEXT_B, title="Night report " + XSS,
                     publisher="Test Desk", published="2024-02-11")
    evs = [
        _event(doc_a, _span(doc_a, "The Alpha Brigades fired", "wounding two."), "attack",
               subtype="rocket", date="2024-02-03", date_precision="day", location="camp-delta",
               location_name="Camp Delta", country="IQ", lat=33.26, lon=44.23,
               geo_precision="facility", actors=["alpha-brigades"], target="Camp Delta",
               weapon="rocket", injured=2),
        _event(doc_a, _span(doc_a, "The Beta Front, a group", "on February 5."), "attack",
               subtype="drone", date="2024-02-05", date_precision="day",
               location_name="Harbor Base", country="SY", lat=35.0, lon=36.0,
               geo_precision="town", claimed_by=["beta-front"],
               attributed_to=["alpha-brigades"], certainty="claimed"),
        _event(doc_a, _span(doc_a, "Separately, officials", "February 7."), "meeting",
               date="2024-02-07", date_precision="day", location_name="Tehran",
               country="IR", lat=35.69, lon=51.39, geo_precision="town"),
        _event(doc_b, _span(doc_b, "Militants", "2024."), "attack", date="2024-02-10",
               date_precision="day", location_name="Mosul " + XSS, country="IQ",
               lat=36.34, lon=43.13, geo_precision="province", target="a convoy " + XSS,
               certainty="reported"),
    ]
    rel_ev = _span(doc_a, "The Beta Front, a group", "Alpha Brigades,")
    rels = [
        Relation(relation_id("beta-front", "front_for", "alpha-brigades"), "beta-front",
                 "front_for", "alpha-brigades", "alleged", rel_ev, "test-extractor/1"),
        Relation(relation_id("alpha-brigades", "sponsored_by", "sponsor-force"),
                 "alpha-brigades", "sponsored_by", "sponsor-force", "confirmed",
                 _span(doc_b, "Sponsors in Tehran", "Alpha Brigades."), "test-extractor/1"),
        Relation(relation_id("alpha-brigades", "part_of", "resistance-coalition"),
                 "alpha-brigades", "part_of", "resistance-coalition", "confirmed", None, "kb"),
    ]
    return [doc_a, doc_b], evs, rels


SUMMARY = {"attack": "{actor} attack at {place}", "meeting": "Meeting in {place}"}


def _write_event(conn: sa.Connection, ev: Event) -> None:
    values = {k: getattr(ev, k) for k in (
        "type", "subtype", "date", "date_precision", "location", "location_name", "country",
        "lat", "lon", "geo_precision", "actors", "claimed_by", "attributed_to", "target",
        "target_actors", "weapon", "killed", "injured", "certainty")}
    day = dt.date.fromisoformat(ev.date) if ev.date else None
    values.update(date_start=day, date_end=day)
    summary = f"{ev.type.capitalize()} at {ev.location_name or 'an unknown place'}"
    conn.execute(sa.insert(events).values(id=ev.id, n_sources=1, summary=summary,
                                          status="extracted", updated_at=NOW, **values))
    ev_id = "evd-" + digest(ev.id)
    conn.execute(sa.insert(evidence).values(
        id=ev_id, doc_id=ev.doc_id, start=ev.evidence.start, end=ev.evidence.end,
        text=ev.evidence.text, fact_kind="event_source", fact_id=ev.id, certainty=ev.certainty,
        extractor=ev.extractor))
    conn.execute(sa.insert(event_sources).values(
        id=ev.id, event_id=ev.id, doc_id=ev.doc_id, evidence_id=ev_id, extractor=ev.extractor,
        **values))
    for role in ("actors", "claimed_by", "attributed_to", "target_actors"):
        for entity in getattr(ev, role):
            conn.execute(sa.insert(event_actors).values(
                event_id=ev.id, entity_id=entity,
                role={"actors": "actor", "target_actors": "target"}.get(role, role)))


def _write_relation(conn: sa.Connection, rel: Relation) -> None:
    conn.execute(sa.insert(relations).values(
        id=rel.id, subject=rel.subject, predicate=rel.predicate, object=rel.object,
        certainty=rel.certainty, source="kb" if rel.evidence is None else "extracted",
        status="extracted", updated_at=NOW))
    if rel.evidence is not None:
        conn.execute(sa.insert(evidence).values(
            id="evd-" + digest(rel.id, rel.evidence.doc_id), doc_id=rel.evidence.doc_id,
            start=rel.evidence.start, end=rel.evidence.end, text=rel.evidence.text,
            fact_kind="relation", fact_id=rel.id, certainty=rel.certainty,
            extractor=rel.extractor))


def seed(store: Store) -> dict[str, Any]:
    """Write the test records into ``store``; returns the ids the tests refer to."""
    docs, evs, rels = build_records()
    with store.begin() as conn:
        for doc in docs:
            add_document(conn, doc)
        for ent in ENTITIES:
            conn.execute(sa.insert(entities).values(
                id=ent.id, name=ent.name, type=ent.type, country=ent.country, source="kb",
                lat=ent.lat, lon=ent.lon))
            for alias in ent.aliases:
                conn.execute(sa.insert(aliases).values(
                    entity_id=ent.id, norm=alias.lower(), alias=alias, source="kb"))
        for ev in evs:
            _write_event(conn, ev)
        for rel in rels:
            _write_relation(conn, rel)
    return {"docs": [d.id for d in docs], "events": [e.id for e in evs],
            "relations": [r.id for r in rels]}

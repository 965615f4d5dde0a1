"""A small store for the web tests, written from typed records.

Entities go in through ``store.entities.upsert_entities``, documents through
``store.documents.add_document`` and extracted facts through
``store.extractions.save_extraction``, as the pipeline writes them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from axiswatch.ids import document_id, event_id, relation_id
from axiswatch.model import Document, Entity, Event, Evidence, Extraction, Relation
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.entities import upsert_entities
from axiswatch.store.extractions import save_extraction
from axiswatch.store.schema import relations

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
    ]
    return [doc_a, doc_b], evs, rels


KB_RELATION = Relation(relation_id("alpha-brigades", "part_of", "resistance-coalition"),
                       "alpha-brigades", "part_of", "resistance-coalition", "confirmed")


def extraction_of(doc: Document, evs: list[Event], rels: list[Relation]) -> Extraction:
    """What an extractor run over ``doc`` would return: its events and relations."""
    return Extraction(
        doc_id=doc.id, extractor="test-extractor/1",
        events=[e for e in evs if e.doc_id == doc.id],
        relations=[r for r in rels if r.evidence is not None and r.evidence.doc_id == doc.id],
    )


def seed(store: Store) -> dict[str, Any]:
    """Write the test records into ``store`` through the store modules; returns the ids."""
    docs, evs, rels = build_records()
    with store.begin() as conn:
        upsert_entities(conn, ENTITIES, "kb")
        # a knowledge-pack relation, as the pack sync stores it
        conn.execute(sa.insert(relations).values(
            id=KB_RELATION.id, subject=KB_RELATION.subject, predicate=KB_RELATION.predicate,
            object=KB_RELATION.object, certainty=KB_RELATION.certainty, source="kb",
            status="extracted", updated_at=NOW))
        for doc in docs:
            add_document(conn, doc)
            save_extraction(conn, extraction_of(doc, evs, rels))
    return {"docs": [d.id for d in docs], "events": [e.id for e in evs],
            "relations": [r.id for r in rels] + [KB_RELATION.id]}

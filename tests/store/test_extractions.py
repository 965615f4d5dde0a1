"""Saving extractions: round trip, replacement on re-extraction, judgements untouched."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from axiswatch.errors import NotFound
from axiswatch.ids import document_id, event_id, relation_id
from axiswatch.model import Document, Entity, Event, Evidence, Extraction, Mention, Relation
from axiswatch.store import Store
from axiswatch.store.documents import add_document, get_document
from axiswatch.store.extractions import actor_summary, date_range, get_event, save_extraction
from axiswatch.store.judgements import judgements_for, record_judgement
from axiswatch.store.schema import (
    aliases,
    entities,
    event_actors,
    event_sources,
    events,
    evidence,
    mentions,
    relations,
)

TEXT = (
    "The Alpha Brigades fired rockets at Camp Delta on February 3, 2024. "
    "The Beta Front, a group experts link to the Alpha Brigades, claimed a drone attack."
)
EXTRACTOR = "axiswatch-extract/test"


def _doc() -> Document:
    return Document(id=document_id(TEXT), text=TEXT, published="2024-02-05")


def _span(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, start, start + len(sentence), sentence, EXTRACTOR)


def _extraction(doc: Document, *, second_event: bool = True) -> Extraction:
    s1 = _span(doc, "The Alpha Brigades fired rockets at Camp Delta on February 3, 2024.")
    s2 = _span(doc, "The Beta Front, a group experts link to the Alpha Brigades, claimed a "
                    "drone attack.")
    ev1 = Event(event_id(doc.id, "attack", s1.start, s1.end), doc.id, "attack", s1,
                subtype="rocket", date="2024-02-03", date_precision="day",
                actors=["alpha-brigades"], target="Camp Delta", target_actors=["camp-delta"],
                weapon="rocket", extractor=EXTRACTOR)
    ev2 = Event(event_id(doc.id, "attack", s2.start, s2.end), doc.id, "attack", s2,
                subtype="drone", claimed_by=["beta-front"], certainty="claimed",
                extractor=EXTRACTOR)
    rel = Relation(relation_id("beta-front", "front_for", "alpha-brigades"), "beta-front",
                   "front_for", "alpha-brigades", "alleged", s2, EXTRACTOR)
    return Extraction(
        doc_id=doc.id, extractor=EXTRACTOR,
        entities=[Entity("alpha-brigades", "Alpha Brigades", "armed_group", "IQ",
                         source="extracted"),
                  Entity("beta-front", "Beta Front", "front_group", "IQ", source="extracted"),
                  Entity("camp-delta", "Camp Delta", "facility", source="extracted")],
        mentions=[Mention(doc.id, 4, 18, "Alpha Brigades", "ORG", "alpha-brigades"),
                  Mention(doc.id, s2.start + 4, s2.start + 14, "Beta Front", "ORG",
                          "beta-front")],
        events=[ev1, ev2] if second_event else [ev1],
        relations=[rel],
    )


def _count(conn: sa.Connection, table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table).where(*where))
               .scalar_one())


def test_save_writes_sources_as_singleton_events_with_evidence(store: Store) -> None:
    doc = _doc()
    ex = _extraction(doc)
    with store.begin() as conn:
        add_document(conn, doc)
        counts = save_extraction(conn, ex)
    assert counts["events"] == 2
    with store.connect() as conn:
        assert _count(conn, events) == 2
        assert _count(conn, event_sources) == 2
        for ev in ex.events:
            got = get_event(conn, ev.id)
            assert got is not None
            assert got["type"] == "attack" and got["n_sources"] == 1
            [source] = got["sources"]
            assert source["event_id"] == ev.id
            [span] = source["evidence"]
            assert doc.text[span["start"]:span["end"]] == span["text"] == ev.evidence.text
        first = get_event(conn, ex.events[0].id)
        assert first is not None
        assert first["date_start"].isoformat() == "2024-02-03"
        assert first["actors"] == ["alpha-brigades"]
        roles = set(conn.execute(sa.select(event_actors.c.entity_id, event_actors.c.role)))
        assert ("alpha-brigades", "actor") in roles
        assert ("beta-front", "claimed_by") in roles
        assert ("camp-delta", "target") in roles
        assert _count(conn, mentions) == 2
        assert _count(conn, relations, relations.c.source == "extracted") == 1
        assert _count(conn, entities, entities.c.source == "extracted") == 3
        stored = get_document(conn, doc.id)
        assert stored is not None
        summary = actor_summary(conn, "alpha-brigades")
    assert summary["entity"]["name"] == "Alpha Brigades"
    assert [r["predicate"] for r in summary["relations"]] == ["front_for"]
    assert summary["relations"][0]["evidence"][0]["text"].startswith("The Beta Front")
    assert [e["id"] for e in summary["events"]] == [ex.events[0].id]
    assert summary["events"][0]["roles"] == ["actor"]


def test_saving_twice_changes_nothing(store: Store) -> None:
    doc = _doc()
    with store.begin() as conn:
        add_document(conn, doc)
        save_extraction(conn, _extraction(doc))
    with store.connect() as conn:
        before = {t.name: _count(conn, t) for t in (events, event_sources, evidence, mentions,
                                                    relations, event_actors, entities)}
    with store.begin() as conn:
        save_extraction(conn, _extraction(doc))
    with store.connect() as conn:
        after = {t.name: _count(conn, t) for t in (events, event_sources, evidence, mentions,
                                                   relations, event_actors, entities)}
    assert after == before


def test_reextraction_replaces_and_leaves_judgements_alone(store: Store) -> None:
    doc = _doc()
    ex = _extraction(doc)
    gone = ex.events[1]
    with store.begin() as conn:
        add_document(conn, doc)
        save_extraction(conn, ex)
        record_judgement(conn, target_kind="event", target_id=gone.id, action="confirm",
                         author="analyst", reason="seen it")
    smaller = _extraction(doc, second_event=False)
    smaller.relations = []
    with store.begin() as conn:
        save_extraction(conn, smaller)
    with store.connect() as conn:
        assert get_event(conn, gone.id) is None
        assert _count(conn, event_sources) == 1
        assert _count(conn, evidence, evidence.c.fact_id == gone.id) == 0
        assert _count(conn, event_actors, event_actors.c.event_id == gone.id) == 0
        assert _count(conn, relations, relations.c.source == "extracted") == 0
        assert len(judgements_for(conn, "event", gone.id)) == 1


def test_a_fused_event_keeps_its_values_and_sources(store: Store) -> None:
    doc = _doc()
    ex = _extraction(doc)
    kept, other = ex.events
    with store.begin() as conn:
        add_document(conn, doc)
        save_extraction(conn, ex)
        # Fusion folds the second source into the first event.
        conn.execute(event_sources.update().where(event_sources.c.id == other.id)
                     .values(event_id=kept.id))
        conn.execute(events.delete().where(events.c.id == other.id))
        conn.execute(events.update().where(events.c.id == kept.id)
                     .values(n_sources=2, summary="fused"))
    with store.begin() as conn:
        save_extraction(conn, _extraction(doc))
    with store.connect() as conn:
        got = get_event(conn, kept.id)
        assert got is not None
        assert got["summary"] == "fused" and got["n_sources"] == 2
        assert sorted(s["id"] for s in got["sources"]) == sorted([kept.id, other.id])
        assert get_event(conn, other.id)["id"] == kept.id  # type: ignore[index]


def test_date_range_covers_the_stated_precision() -> None:
    assert [d and d.isoformat() for d in date_range("2024-02", "month")] == ["2024-02-01",
                                                                      "2024-02-29"]
    assert [d and d.isoformat() for d in date_range("2019", "year")] == ["2019-01-01", "2019-12-31"]
    assert date_range(None, None) == (None, None)
    assert date_range("2024-13-40", "day") == (None, None)


def test_entities_the_store_lacks_come_from_the_pack_or_become_candidates(store: Store) -> None:
    doc = _doc()
    ex = _extraction(doc)
    ex.entities = []  # neither the candidates nor the pack were written before
    ex.events[0].actors = ["kataib-hezbollah"]
    ex.mentions.append(Mention(doc.id, 0, 3, "The", "ORG", "kataib-hezbollah"))
    with store.begin() as conn:
        add_document(conn, doc)
        save_extraction(conn, ex)
    with store.connect() as conn:
        rows = {r.id: (r.type, r.source) for r in conn.execute(
            sa.select(entities.c.id, entities.c.type, entities.c.source))}
    assert rows["kataib-hezbollah"] == ("armed_group", "kb")
    assert rows["alpha-brigades"] == ("organization", "extracted")


def _other_doc_naming_beta_front() -> tuple[Document, Extraction]:
    text = "Officials said the Beta Front was behind it."
    other = Document(id=document_id(text), text=text, published="2024-02-06")
    start = text.index("Beta Front")
    return other, Extraction(doc_id=other.id, extractor=EXTRACTOR, mentions=[
        Mention(other.id, start, start + 10, "Beta Front", "ORG", "beta-front")])


def _entity_ids(conn: sa.Connection) -> set[str]:
    return set(conn.execute(sa.select(entities.c.id)).scalars())


def test_candidates_a_reextraction_no_longer_finds_go_unless_referred_to(store: Store) -> None:
    doc = _doc()
    other, other_ex = _other_doc_naming_beta_front()
    ex = _extraction(doc)
    ex.mentions.append(Mention(doc.id, 0, 3, "The", "ORG", "kataib-hezbollah"))
    with store.begin() as conn:
        add_document(conn, doc)
        add_document(conn, other)
        save_extraction(conn, ex)  # kataib-hezbollah comes from the pack
        save_extraction(conn, other_ex)
    with store.begin() as conn:
        counts = save_extraction(conn, Extraction(doc_id=doc.id, extractor=EXTRACTOR))
    with store.connect() as conn:
        kept = _entity_ids(conn)
        alias_owners = set(conn.execute(sa.select(aliases.c.entity_id)).scalars())
    assert counts["entities_removed"] == 2
    # beta-front: another document names it; kataib-hezbollah: a pack entity.
    assert kept == {"beta-front", "kataib-hezbollah"}
    assert alias_owners <= kept


def test_a_judged_relation_keeps_its_candidates(store: Store) -> None:
    doc = _doc()
    with store.begin() as conn:
        add_document(conn, doc)
        save_extraction(conn, _extraction(doc))
        conn.execute(relations.update().values(status="confirmed"))
    with store.begin() as conn:
        save_extraction(conn, Extraction(doc_id=doc.id, extractor=EXTRACTOR))
    with store.connect() as conn:
        assert _entity_ids(conn) == {"alpha-brigades", "beta-front"}
        assert [r.status for r in conn.execute(sa.select(relations.c.status))] == ["confirmed"]


def test_an_extraction_of_a_document_the_store_lacks_is_refused(store: Store) -> None:
    doc = _doc()
    with pytest.raises(NotFound, match=doc.id) as err, store.begin() as conn:
        save_extraction(conn, _extraction(doc))
    assert err.value.code == "AW202"
    with store.connect() as conn:
        assert _count(conn, mentions) == _count(conn, entities) == _count(conn, events) == 0

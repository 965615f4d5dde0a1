"""Two writers at once: the store's writes must not race.

Writer A saves and holds its transaction open; writer B saves on another
connection and must wait for A, then succeed. Afterwards the store holds what
the two saves made one after the other. Deterministic: on PostgreSQL the test
waits until B is seen blocked on A's lock before A commits.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
from collections.abc import Callable
from multiprocessing.queues import Queue

import pytest
import sqlalchemy as sa

from axiswatch.ids import document_id, event_id, relation_id
from axiswatch.model import Document, Entity, Event, Evidence, Extraction, Mention, Relation
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.entities import upsert_entities
from axiswatch.store.extractions import save_extraction, store_extraction
from axiswatch.store.schema import (
    aliases,
    documents,
    entities,
    event_sources,
    events,
    evidence,
    mentions,
    relations,
)

SENTENCE = "On 2 January a drone struck a convoy near the town; the Alpha Brigade claimed it."
OTHER = "The Alpha Brigade is one arm of the Beta Front, officials said on 3 January."


def _document(text: str) -> Document:
    return Document(id=document_id(text), text=text, published="2024-01-05")


def _extraction(doc: Document, *, with_event: bool) -> Extraction:
    ev_text = Evidence(doc.id, 0, len(doc.text), doc.text, "test/1")
    events_ = []
    if with_event:
        events_.append(Event(
            id=event_id(doc.id, "attack", 0, len(doc.text)), doc_id=doc.id, type="attack",
            evidence=ev_text, date="2024-01-02", date_precision="day",
            claimed_by=["alpha-brigade"], actors=["alpha-brigade"], extractor="test/1"))
    start = doc.text.index("Alpha Brigade")
    return Extraction(
        doc_id=doc.id, extractor="test/1",
        mentions=[Mention(doc.id, start, start + 13, "Alpha Brigade", "ORG", "alpha-brigade")],
        events=events_,
        relations=[Relation(relation_id("alpha-brigade", "part_of", "beta-front"),
                            "alpha-brigade", "part_of", "beta-front", "reported", ev_text,
                            "test/1")],
    )


def _naming(doc: Document, entity_id: str, *, listed: bool) -> Extraction:
    """A document naming one actor, with a candidate record of it when ``listed``."""
    start = doc.text.index("Alpha Brigade")
    return Extraction(
        doc_id=doc.id, extractor="test/1",
        entities=[Entity(entity_id, "Alpha Brigade", "armed_group", source="extracted")]
        if listed else [],
        mentions=[Mention(doc.id, start, start + 13, "Alpha Brigade", "ORG", entity_id)])


def _nothing(doc: Document) -> Extraction:
    """A re-extraction that finds nothing in the document any more."""
    return Extraction(doc_id=doc.id, extractor="test/1")


def _counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                for t in (events, event_sources, evidence, mentions, relations)}


def _wait_until_blocked(store: Store, thread: threading.Thread) -> bool:
    """Whether the second writer is seen waiting for the first (which has not committed).

    On PostgreSQL: another session of this database waits on a lock. On SQLite: the
    writer is still running well after it started (it waits on the file's write lock).
    """
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and thread.is_alive():
        if store.dialect != "postgresql":
            time.sleep(0.5)  # SQLite: B waits on the file lock; give it time to get there
            return thread.is_alive()
        with store.connect() as conn:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()").scalar()
        if waiting:
            return True
        time.sleep(0.05)
    return False


def _race(store: Store, first: Callable[[sa.Connection], object],
          second: Callable[[sa.Connection], object]) -> None:
    """Run ``first`` in a transaction held open until ``second`` (another connection,
    another thread) is seen waiting for it; then commit and let ``second`` finish."""
    errors: list[BaseException] = []

    def run_second() -> None:
        try:
            with store.begin() as conn:
                second(conn)
        except BaseException as exc:
            errors.append(exc)

    with store.begin() as conn:
        first(conn)
        thread = threading.Thread(target=run_second)
        thread.start()
        blocked = _wait_until_blocked(store, thread)
    thread.join(60)
    assert not thread.is_alive()
    if errors:
        raise errors[0]
    assert blocked, "the second writer did not wait for the first"


def test_two_writers_of_one_document_take_turns(store: Store) -> None:
    doc = _document(SENTENCE)
    with store.begin() as conn:
        add_document(conn, doc)
    extraction = _extraction(doc, with_event=True)

    _race(store, lambda c: save_extraction(c, extraction),
          lambda c: save_extraction(c, extraction))

    after_race = _counts(store)
    with store.begin() as conn:
        save_extraction(conn, extraction)
    assert _counts(store) == after_race
    assert after_race["event_sources"] == 1 and after_race["relations"] == 1


def test_two_documents_stating_one_relation_at_once(store: Store) -> None:
    one, two = _document(SENTENCE), _document(OTHER)
    with store.begin() as conn:
        add_document(conn, one)
        add_document(conn, two)
        upsert_entities(conn, [Entity("alpha-brigade", "Alpha Brigade", "armed_group"),
                               Entity("beta-front", "Beta Front", "front_group")], "kb")

    _race(store, lambda c: save_extraction(c, _extraction(one, with_event=False)),
          lambda c: save_extraction(c, _extraction(two, with_event=False)))

    counts = _counts(store)
    assert counts["relations"] == 1
    assert counts["evidence"] == 2


def test_one_candidate_named_by_two_documents_at_once_exists_once(store: Store) -> None:
    one, two = _document(SENTENCE), _document(OTHER)
    with store.begin() as conn:
        add_document(conn, one)
        add_document(conn, two)

    _race(store, lambda c: save_extraction(c, _naming(one, "alpha-brigade", listed=True)),
          lambda c: save_extraction(c, _naming(two, "alpha-brigade", listed=True)))

    with store.connect() as conn:
        rows = conn.execute(sa.select(entities.c.id, entities.c.source)).all()
        alias_rows = conn.execute(sa.select(aliases.c.entity_id, aliases.c.alias)).all()
        named = conn.execute(sa.select(mentions.c.doc_id).where(
            mentions.c.entity_id == "alpha-brigade")).scalars().all()
    assert [tuple(r) for r in rows] == [("alpha-brigade", "extracted")]
    assert [tuple(r) for r in alias_rows] == [("alpha-brigade", "Alpha Brigade")]
    assert sorted(named) == sorted([one.id, two.id])


@pytest.mark.parametrize("dropper_first", [True, False], ids=["drop-first", "state-first"])
def test_a_relation_one_document_drops_while_another_states_it_survives(
        store: Store, dropper_first: bool) -> None:
    one, two = _document(SENTENCE), _document(OTHER)
    with store.begin() as conn:
        add_document(conn, one)
        add_document(conn, two)
        upsert_entities(conn, [Entity("alpha-brigade", "Alpha Brigade", "armed_group"),
                               Entity("beta-front", "Beta Front", "front_group")], "kb")
        save_extraction(conn, _extraction(one, with_event=False))

    def drop(c: sa.Connection) -> object:
        return save_extraction(c, _nothing(one))

    def state(c: sa.Connection) -> object:
        return save_extraction(c, _extraction(two, with_event=False))

    _race(store, *((drop, state) if dropper_first else (state, drop)))

    with store.connect() as conn:
        rels = conn.execute(sa.select(relations.c.id, relations.c.status)).all()
        spans = conn.execute(sa.select(evidence.c.doc_id, evidence.c.fact_id)
                             .where(evidence.c.fact_kind == "relation")).all()
    rid = relation_id("alpha-brigade", "part_of", "beta-front")
    assert [tuple(r) for r in rels] == [(rid, "extracted")]
    assert [tuple(r) for r in spans] == [(two.id, rid)]


@pytest.mark.parametrize("dropper_first", [True, False], ids=["drop-first", "name-first"])
def test_a_candidate_one_document_drops_while_another_names_it_stays(
        store: Store, dropper_first: bool) -> None:
    one, two = _document(SENTENCE), _document(OTHER)
    with store.begin() as conn:
        add_document(conn, one)
        add_document(conn, two)
        save_extraction(conn, _naming(one, "alpha-brigade", listed=True))

    def drop(c: sa.Connection) -> object:
        return save_extraction(c, _nothing(one))

    def name(c: sa.Connection) -> object:  # only a mention: the entity must exist for it
        return save_extraction(c, _naming(two, "alpha-brigade", listed=False))

    _race(store, *((drop, name) if dropper_first else (name, drop)))

    with store.connect() as conn:
        rows = conn.execute(sa.select(entities.c.id, entities.c.source)).all()
        named = conn.execute(sa.select(mentions.c.doc_id, mentions.c.entity_id)).all()
    assert [tuple(r) for r in rows] == [("alpha-brigade", "extracted")]
    assert [tuple(r) for r in named] == [(two.id, "alpha-brigade")]


def _deadlocks(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        ).scalar_one())


def test_a_save_the_database_aborts_in_a_deadlock_is_run_again(pg_url: str) -> None:
    # The writer checks for deadlocks after 3 s, long after this side waits too; this
    # side only after 60 s: the writer is the one the server aborts.
    url = sa.make_url(pg_url).update_query_dict({"options": "-c deadlock_timeout=3s"})
    with Store(url.render_as_string(hide_password=False)) as store:
        doc = _document(SENTENCE)
        with store.begin() as conn:
            add_document(conn, doc)
            upsert_entities(conn, [Entity("alpha-brigade", "Alpha Brigade", "armed_group")],
                            "kb")
        with store.connect() as conn:
            assert conn.exec_driver_sql("SHOW deadlock_timeout").scalar() == "3s"
        before = _deadlocks(store)
        outcome: dict[str, object] = {}

        def write() -> None:
            try:
                outcome["counts"] = store_extraction(
                    store, _naming(doc, "alpha-brigade", listed=True))
            except BaseException as exc:
                outcome["error"] = exc

        with store.begin() as conn:
            conn.exec_driver_sql("SET LOCAL deadlock_timeout = '60s'")
            conn.execute(sa.select(entities.c.id).where(entities.c.id == "alpha-brigade")
                         .with_for_update())
            thread = threading.Thread(target=write)
            thread.start()
            # The writer holds the document and waits for the entity this side holds...
            assert _wait_until_blocked(store, thread)
            # ...and this side now waits for the document: a deadlock.
            conn.execute(sa.select(documents.c.id).where(documents.c.id == doc.id)
                         .with_for_update())
        thread.join(60)
        assert not thread.is_alive()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        assert outcome["counts"] == {"mentions": 1, "events": 0, "relations": 0,
                                     "entities": 1, "entities_removed": 0}
        deadline = time.monotonic() + 15  # the server reports its statistics lazily
        while _deadlocks(store) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _deadlocks(store) == before + 1
        with store.connect() as conn:
            assert conn.execute(sa.select(mentions.c.entity_id)).scalars().all() == [
                "alpha-brigade"]


# --- several processes at once --------------------------------------------------

GROUPS = ("Alpha Brigade", "Beta Front", "Gamma Company", "Delta Battalion", "Eta Movement")


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _many_documents(n: int) -> list[Document]:
    """Reports that each tie one group to another: the groups recur across reports."""
    docs = []
    for i in range(n):
        a, b = GROUPS[i % len(GROUPS)], GROUPS[(i * 2 + 1) % len(GROUPS)]
        if a == b:
            b = GROUPS[(i + 1) % len(GROUPS)]
        text = f"Report {i}: the {a} is one arm of the {b}; the {a} claimed a drone strike."
        docs.append(_document(text))
    return docs


def _variant(doc: Document, variant: int) -> Extraction:
    """One of several runs over a report: 0 finds everything; 1 no candidate records;
    2 no relation; 3 nothing but the mention."""
    a, b = (doc.text.split("the ")[i].split(" ")[0:2] for i in (1, 2))
    name_a, name_b = " ".join(a), " ".join(b).rstrip(";")
    span = Evidence(doc.id, 0, len(doc.text), doc.text, "test/1")
    start = doc.text.index(name_a)
    return Extraction(
        doc_id=doc.id, extractor="test/1",
        entities=[Entity(_slug(name_a), name_a, "armed_group", source="extracted")]
        if variant == 0 else [],
        mentions=[Mention(doc.id, start, start + len(name_a), name_a, "ORG", _slug(name_a))],
        events=[Event(event_id(doc.id, "attack", 0, len(doc.text)), doc.id, "attack", span,
                      claimed_by=[_slug(name_a)], extractor="test/1")] if variant < 3 else [],
        relations=[Relation(relation_id(_slug(name_a), "part_of", _slug(name_b)),
                            _slug(name_a), "part_of", _slug(name_b), "reported", span,
                            "test/1")] if variant < 2 else [])


def _writer(url: str, seed: int, n: int, out: Queue[list[str]]) -> None:
    """Save every report three times in a shuffled order, with varying runs, then once as
    run 0; report the errors."""
    rnd = random.Random(seed)
    docs = _many_documents(n)
    errors: list[str] = []
    with Store(url) as store:
        for round_ in range(4):
            rnd.shuffle(docs)
            for doc in docs:
                try:
                    store_extraction(store, _variant(doc, 0 if round_ == 3 else rnd.randrange(4)))
                except Exception as exc:  # reported to the test, which fails on any
                    errors.append(f"{type(exc).__name__}: {exc}")
    out.put(errors)


def test_several_processes_saving_at_once_end_as_one_process_alone(store: Store) -> None:
    n, n_processes = 15, 3
    docs = _many_documents(n)
    with store.begin() as conn:
        for doc in docs:
            add_document(conn, doc)
    ctx = multiprocessing.get_context("spawn")
    out: Queue[list[str]] = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(store.url, seed, n, out))
             for seed in range(n_processes)]
    for proc in procs:
        proc.start()
    errors = [out.get(timeout=300) for _ in procs]
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    assert errors == [[]] * n_processes

    together = _counts(store)
    with store.connect() as conn:
        named = set(conn.execute(sa.select(entities.c.id)).scalars())
    finals = [_variant(doc, 0) for doc in docs]
    assert together == {
        "events": n, "event_sources": n, "mentions": n,
        "relations": len({r.id for x in finals for r in x.relations}),
        "evidence": 2 * n}
    assert named == {e for x in finals for r in x.relations for e in (r.subject, r.object)}
    for extraction in finals:  # one process alone, again: nothing changes
        store_extraction(store, extraction)
    assert _counts(store) == together

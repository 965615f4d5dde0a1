"""Two writers at once: the store's writes must not race.

Writer A saves and holds its transaction open; writer B saves the same facts
on another connection and must wait for A, then succeed. Afterwards the
store holds what one writer alone writes. Deterministic: on PostgreSQL the
test waits until B is seen blocked on A's lock before A commits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from axiswatch.ids import document_id, event_id, relation_id
from axiswatch.model import Document, Entity, Event, Evidence, Extraction, Mention, Relation
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.entities import upsert_entities
from axiswatch.store.extractions import save_extraction
from axiswatch.store.schema import event_sources, events, evidence, mentions, relations

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


def _counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                for t in (events, event_sources, evidence, mentions, relations)}


def _wait_until_blocked(store: Store, thread: threading.Thread) -> None:
    """On PostgreSQL, until another session waits on a lock; elsewhere, until B runs."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and thread.is_alive():
        if store.dialect != "postgresql":
            time.sleep(0.3)  # SQLite: B waits on the file lock; give it time to get there
            return
        with store.connect() as conn:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()").scalar()
        if waiting:
            return
        time.sleep(0.05)


def _race(store: Store, first: Callable[[sa.Connection], object],
          second: Callable[[sa.Connection], object]) -> list[BaseException]:
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
        _wait_until_blocked(store, thread)
    thread.join(60)
    assert not thread.is_alive()
    return errors


@pytest.fixture
def racing(store: Store, request: pytest.FixtureRequest) -> Store:
    if store.dialect == "postgresql":
        request.applymarker(pytest.mark.xfail(
            strict=True, raises=sa.exc.IntegrityError,
            reason="save_extraction checks then inserts: concurrent writers collide on "
                   "PostgreSQL (see the scale notes in the README)"))
    return store


def test_two_writers_of_one_document_take_turns(racing: Store) -> None:
    store = racing
    doc = _document(SENTENCE)
    with store.begin() as conn:
        add_document(conn, doc)
    extraction = _extraction(doc, with_event=True)

    errors = _race(store, lambda c: save_extraction(c, extraction),
                   lambda c: save_extraction(c, extraction))

    if errors:
        raise errors[0]
    after_race = _counts(store)
    with store.begin() as conn:
        save_extraction(conn, extraction)
    assert _counts(store) == after_race
    assert after_race["event_sources"] == 1 and after_race["relations"] == 1


def test_two_documents_stating_one_relation_at_once(racing: Store) -> None:
    store = racing
    one, two = _document(SENTENCE), _document(OTHER)
    with store.begin() as conn:
        add_document(conn, one)
        add_document(conn, two)
        upsert_entities(conn, [Entity("alpha-brigade", "Alpha Brigade", "armed_group"),
                               Entity("beta-front", "Beta Front", "front_group")], "kb")

    errors = _race(store, lambda c: save_extraction(c, _extraction(one, with_event=False)),
                   lambda c: save_extraction(c, _extraction(two, with_event=False)))

    if errors:
        raise errors[0]
    counts = _counts(store)
    assert counts["relations"] == 1
    assert counts["evidence"] == 2

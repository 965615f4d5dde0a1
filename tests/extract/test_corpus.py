"""The three shared reports end to end: ingest, extract, store (read at run time).

Structural properties only: evidence that slices the document exactly, valid
types and certainties, ids that do not change from one run to the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from axiswatch.extract.pipeline import EXTRACTOR_VERSION, Extractor
from axiswatch.model import CERTAINTIES, EVENT_TYPES, PREDICATES, Document, Extraction
from axiswatch.nlp.text import fold_quotes
from axiswatch.store import Store
from axiswatch.store.extractions import save_extraction
from axiswatch.store.schema import event_sources, events, evidence

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[Store, list[Document]]]:
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.store.documents import iter_documents

    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'store.db'}"
    with Store(url) as store:
        summary = ingest_paths(store, [str(corpus_dir)])
        assert summary.new == 3
        with store.connect() as conn:
            docs = list(iter_documents(conn, pending_for=EXTRACTOR_VERSION))
        yield store, docs


@pytest.fixture(scope="module")
def extractions(corpus: tuple[Store, list[Document]],
                extractor: Extractor) -> list[Extraction]:
    return list(extractor.pipe(corpus[1]))


def test_every_fact_points_at_its_exact_evidence(corpus: tuple[Store, list[Document]],
                                                 extractions: list[Extraction]) -> None:
    docs = {d.id: d for d in corpus[1]}
    n_events = 0
    for ex in extractions:
        text = docs[ex.doc_id].text
        for ev in ex.events:
            n_events += 1
            assert ev.type in EVENT_TYPES and ev.certainty in CERTAINTIES
            assert ev.doc_id == ex.doc_id == ev.evidence.doc_id
            assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
            assert ev.evidence.text.strip() == ev.evidence.text
            assert ev.date is None or ev.date_precision in ("day", "month", "year")
        for rel in ex.relations:
            assert rel.predicate in PREDICATES
            assert rel.evidence is not None
            assert text[rel.evidence.start:rel.evidence.end] == rel.evidence.text
        for m in ex.mentions:
            assert fold_quotes(text[m.start:m.end]) == m.text
    assert n_events >= 20  # three reports full of attacks, arrests and statements


def test_ids_are_deterministic_across_runs(corpus: tuple[Store, list[Document]],
                                           extractions: list[Extraction],
                                           extractor: Extractor) -> None:
    again = [extractor.extract(d) for d in corpus[1]]
    assert [[e.id for e in x.events] for x in again] == \
        [[e.id for e in x.events] for x in extractions]
    assert [sorted(r.id for r in x.relations) for x in again] == \
        [sorted(r.id for r in x.relations) for x in extractions]
    assert len({e.id for x in extractions for e in x.events}) == \
        sum(len(x.events) for x in extractions)


def test_stored_extractions_round_trip_and_reextraction_replaces(
        corpus: tuple[Store, list[Document]], extractions: list[Extraction]) -> None:
    store, _docs = corpus
    for _ in range(2):
        for ex in extractions:
            with store.begin() as conn:
                save_extraction(conn, ex)
    with store.connect() as conn:
        n_sources = conn.execute(sa.select(sa.func.count()).select_from(event_sources)
                                 ).scalar_one()
        n_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        bad = conn.execute(sa.select(sa.func.count()).select_from(evidence)
                           .where(evidence.c.start >= evidence.c.end)).scalar_one()
    assert n_sources == n_events == sum(len(x.events) for x in extractions)
    assert bad == 0

"""The whole chain on the shared corpus: ingest, extract, fuse, then stats, exports, briefing."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
import stix2

import axiswatch.export.stix  # noqa: F401  (registers the custom event object)
from axiswatch.analyze.select import Selection
from axiswatch.export import export
from axiswatch.export.acled import ACLED_COLUMNS
from axiswatch.fuse import fuse_store
from axiswatch.report.briefing import build_briefing, write_briefing
from axiswatch.store import Store
from axiswatch.store.schema import event_sources, events
from tests.fixtures.multisource.build import save

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from axiswatch.extract.pipeline import Extractor
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.store.documents import iter_documents

    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'store.db'}"
    with Store(url) as store:
        summary = ingest_paths(store, [str(corpus_dir)])
        assert summary.new == 3
        with store.connect() as conn:
            docs = list(iter_documents(conn))
        extractor = Extractor()
        with store.begin() as conn:
            for extraction in extractor.pipe(docs):
                save(conn, extraction)
        fuse_store(store)
        yield store


def test_fusion_keeps_every_source(corpus_store: Store) -> None:
    with corpus_store.connect() as conn:
        n_sources = conn.execute(sa.select(sa.func.count()).select_from(event_sources)).scalar()
        total = conn.execute(sa.select(sa.func.sum(events.c.n_sources))).scalar()
        orphans = conn.execute(sa.select(sa.func.count()).select_from(event_sources).where(
            ~event_sources.c.event_id.in_(sa.select(events.c.id)))).scalar()
        mixed = conn.execute(
            sa.select(event_sources.c.event_id)
            .group_by(event_sources.c.event_id, event_sources.c.doc_id)
            .having(sa.func.count() > 1)).all()
    assert n_sources and n_sources > 10
    assert total == n_sources and orphans == 0
    assert mixed == []  # one document's two events are never fused automatically


def test_exports_of_the_corpus_read_back(corpus_store: Store) -> None:
    with corpus_store.connect() as conn:
        text, _, n = export(conn, "csv", Selection(), None)
        bundle_text, _, _ = export(conn, "stix", Selection(), None)
    assert text is not None and bundle_text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS and len(rows) == n > 0
    bundle = stix2.parse(bundle_text, allow_custom=True)
    assert sum(1 for o in bundle.objects if o["type"] == "x-axiswatch-event") == n
    assert sum(1 for o in bundle.objects if o["type"] == "report") == 3


def test_briefing_of_the_corpus_cites_stored_sources(corpus_store: Store, tmp_path: Path) -> None:
    with corpus_store.connect() as conn:
        span = conn.execute(sa.select(sa.func.min(events.c.date_start),
                                      sa.func.max(events.c.date_start))
                            .where(events.c.date_start >= date(2024, 1, 1))).first()
        assert span is not None and span[0] is not None
        briefing = build_briefing(conn, span[0], span[1])
        stored = set(conn.execute(sa.select(event_sources.c.id)).scalars())
    written = write_briefing(briefing, tmp_path, pdf=False)
    html = written["html"].read_text(encoding="utf-8")
    cited = set(re.findall(r'data-source="([^"]+)"', html))
    assert cited and cited <= stored
    assert len(briefing.footnotes) == len(cited)

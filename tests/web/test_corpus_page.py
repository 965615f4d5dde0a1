"""The page over a store the real pipeline built from the shared corpus (ingest, extract,
fuse, as a user runs them), in headless Chromium."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import sync_playwright

from axiswatch.store import Store
from axiswatch.store.queries import EventFilter, count_events, select_events
from tests.web.server import CHROMIUM, CHROMIUM_ARGS, running

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _axiswatch(db: Path, *args: str) -> None:
    cmd = [sys.executable, "-m", "axiswatch.cli.main", "--db", f"sqlite:///{db}", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)}: {done.stderr[-2000:]}"


@pytest.fixture(scope="module")
def corpus_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("corpus") / "store.db"
    _axiswatch(db, "ingest", str(corpus_dir))
    _axiswatch(db, "extract")
    _axiswatch(db, "fuse")
    with Store(f"sqlite:///{db}") as store:
        yield store


def test_page_shows_what_the_pipeline_extracted(corpus_store: Store, tmp_path: Path) -> None:
    with corpus_store.connect() as conn:
        total = count_events(conn, EventFilter())
        located = conn.execute(sa.text(
            "SELECT count(*) FROM events WHERE lat IS NOT NULL AND status != 'rejected'"
        )).scalar_one()
        event = next(e for e in select_events(conn, EventFilter(limit=500))
                     if e["lat"] is not None)
    assert total > 0 and located > 0
    problems: list[str] = []
    with running(corpus_store, token="t") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(url) else problems.append(r.url))
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready=yes]", timeout=30000)
        assert page.text_content("#event-count") == f"{total} event{'s' if total > 1 else ''}"
        assert page.get_attribute("#map", "data-markers") == str(located)
        page.screenshot(path=str(tmp_path / "corpus-dashboard.png"))

        page.goto(url + f"/event/{event['id']}")
        page.wait_for_selector("body[data-ready=yes]", timeout=30000)
        marks = page.locator("#sources mark").all_text_contents()
        assert marks and all(m.strip() for m in marks)
        with corpus_store.connect() as conn:
            texts = set(conn.execute(sa.text(
                "SELECT ev.text FROM event_sources s JOIN evidence ev ON ev.id = s.evidence_id "
                "WHERE s.event_id = :e"), {"e": event["id"]}).scalars())
        assert set(marks) == texts
        page.screenshot(path=str(tmp_path / "corpus-event.png"), full_page=True)

        page.goto(url + "/network")
        page.wait_for_selector("body[data-ready=yes]", timeout=60000)
        assert int(page.get_attribute("#network", "data-nodes") or 0) > 10
        browser.close()
    assert problems == []

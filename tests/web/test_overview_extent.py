"""The overview's initial extent in real headless Chromium: the map frames where most
events are and the timeline the span holding most of them, over a store with a few
far-away places and old background events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from axiswatch.ids import document_id, event_id
from axiswatch.model import Document, Event, Evidence, Extraction
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.extractions import save_extraction
from tests.web.browsing import Watch, ready
from tests.web.server import running

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

# (place, lat, lon): the bulk of the events, in Iraq, Syria and Lebanon
BULK = [("Baghdad", 33.31, 44.36), ("Erbil", 36.19, 44.01), ("Deir ez-Zor", 35.33, 40.14),
        ("Beirut", 33.89, 35.50), ("Al-Tanf", 33.50, 38.66), ("Basra", 30.51, 47.78),
        ("Damascus", 33.51, 36.29), ("Mosul", 36.34, 43.13)]
FAR = [("Washington", 38.90, -77.04), ("Caracas", 10.49, -66.88)]
OLD_DATES = ["1983-10-23", "2006-07-12"]
N_BULK = 40


def build() -> tuple[Document, list[Event], dict[str, str]]:
    """One report with 40 recent events in the Middle East, two far away, two
    historical ones and one without a place."""
    plan: list[tuple[str, str, tuple[str, float, float] | None]] = []
    start = dt.date(2024, 1, 2)
    for i in range(N_BULK):
        plan.append((f"bulk{i}", (start + dt.timedelta(days=2 * i)).isoformat(),
                     BULK[i % len(BULK)]))
    plan += [("far0", "2024-02-10", FAR[0]), ("far1", "2024-02-20", FAR[1])]
    plan += [("old0", OLD_DATES[0], BULK[3]), ("old1", OLD_DATES[1], BULK[3])]
    plan.append(("nowhere", "2024-02-01", None))
    sentences = []
    for key, date, place in plan:
        where = f"near {place[0]}" if place else "at an undisclosed site"
        sentences.append(f"Item {key}: gunmen attacked a patrol {where} on {date}.")
    text = " ".join(sentences)
    doc = Document(document_id(text), text, title="Extent test report", publisher="Test Desk",
                   published="2024-04-01")
    events: list[Event] = []
    ids: dict[str, str] = {}
    for (key, date, place), sentence in zip(plan, sentences, strict=True):
        s = text.index(sentence)
        ev = Evidence(doc.id, s, s + len(sentence), sentence, "test-extractor/1")
        eid = event_id(doc.id, "attack", ev.start, ev.end)
        ids[key] = eid
        loc: dict[str, Any] = {}
        if place:
            loc = {"location_name": place[0], "lat": place[1], "lon": place[2],
                   "geo_precision": "town"}
        events.append(Event(id=eid, doc_id=doc.id, type="attack", evidence=ev, date=date,
                            date_precision="day", extractor="test-extractor/1", **loc))
    return doc, events, ids


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('extent') / 'store.db'}"
    doc, events, ids = build()
    with Store(url) as store:
        with store.begin() as conn:
            add_document(conn, doc)
            save_extraction(conn, Extraction(doc_id=doc.id, extractor="test-extractor/1",
                                             events=events, relations=[]))
        with running(store, token="") as base:
            yield base, ids


@pytest.fixture
def page(browser: Browser, site: tuple[str, dict[str, str]]) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    watch = Watch(pg, site[0])
    yield pg
    context.close()
    assert watch.problems == []


VIEW = """() => { const m = document.getElementById('map').axiswatchMap.map;
    const b = m.getBounds(); const c = m.getCenter();
    return {s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast(),
            lat: c.lat, lon: c.lng, zoom: m.getZoom()}; }"""


def inside(view: dict[str, float], lat: float, lon: float) -> bool:
    return view["s"] <= lat <= view["n"] and view["w"] <= lon <= view["e"]


def test_initial_map_view_frames_the_bulk_not_far_points(
    page: Page, site: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, _ = site
    page.goto(url + "/")
    ready(page)
    page.wait_for_selector("#map[data-basemap=ready]")
    # every located event is on the map, the far ones included
    assert page.get_attribute("#map", "data-markers") == str(N_BULK + len(FAR) + 2)
    view = page.evaluate(VIEW)
    page.screenshot(path=str(tmp_path / "extent.png"))
    for name, lat, lon in BULK:
        assert inside(view, lat, lon), (name, view)
    for name, lat, lon in FAR:
        assert not inside(view, lat, lon), (name, view)
    assert view["e"] - view["w"] < 60, view  # the region, not the Atlantic
    assert "view=" not in page.url  # fitting is not an explicit view

    # a handful of events, one of them far away: still framed on the others
    page.goto(url + "/?date_from=2024-02-07&date_to=2024-02-12")
    ready(page)
    assert page.get_attribute("#map", "data-markers") == "4"
    view = page.evaluate(VIEW)
    for i in (18, 19, 20):
        name, lat, lon = BULK[i % len(BULK)]
        assert inside(view, lat, lon), (name, view)
    assert not inside(view, FAR[0][1], FAR[0][2]), view


def test_explicit_view_in_the_url_wins_and_moves_are_recorded(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, _ = site
    page.goto(url + "/?view=38.9,-77.04,7")
    ready(page)
    view = page.evaluate(VIEW)
    assert abs(view["lat"] - 38.9) < 0.01 and abs(view["lon"] + 77.04) < 0.01, view
    assert view["zoom"] == 7
    page.evaluate("() => { document.getElementById('map').axiswatchMap.map"
                  ".setView([33.3, 44.4], 6, { animate: false }); }")
    page.wait_for_function(
        "() => new URL(location.href).searchParams.get('view') === '33.3000,44.4000,6'")
    page.reload()
    ready(page)
    view = page.evaluate(VIEW)
    assert abs(view["lat"] - 33.3) < 0.01 and abs(view["lon"] - 44.4) < 0.01 and view["zoom"] == 6


def test_timeline_defaults_to_the_bulk_with_an_all_dates_switch(
    page: Page, site: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, _ = site
    page.goto(url + "/")
    ready(page)
    assert (page.get_attribute("#timeline", "data-from") or "") >= "2024-01-01"
    last = (dt.date(2024, 1, 2) + dt.timedelta(days=2 * (N_BULK - 1))).isoformat()
    assert page.get_attribute("#timeline", "data-to") == last
    note = page.text_content("#timeline-range") or ""
    assert "2 earlier events" in note and "1983" in note
    # the brush works on the focused axis: a drag over its second half filters by date
    box = page.locator(".brush-overlay").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.5, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => new URL(location.href).searchParams.get('date_from')")
    date_from = page.evaluate("() => new URL(location.href).searchParams.get('date_from')")
    assert "2024-01-25" <= date_from <= "2024-02-20"
    page.wait_for_function("() => !document.querySelector('#event-count').textContent"
                           ".startsWith('45 ')")
    shown = int((page.text_content("#event-count") or "0").split()[0])
    assert 5 < shown < N_BULK

    page.click("#timeline-all")
    assert page.get_attribute("#timeline", "data-from") == OLD_DATES[0]
    assert "dates=all" in page.url
    assert page.get_attribute("#timeline-all", "aria-pressed") == "true"
    assert page.locator(".timeline-svg .brush").get_attribute("width") not in (None, "0")
    page.screenshot(path=str(tmp_path / "all-dates.png"))
    page.reload()
    ready(page)
    assert page.get_attribute("#timeline", "data-from") == OLD_DATES[0]
    assert int((page.text_content("#event-count") or "0").split()[0]) == shown
    page.click("#timeline-all")
    assert (page.get_attribute("#timeline", "data-from") or "") >= "2024-01-01"
    assert "dates=all" not in page.url


def test_locate_button_draws_an_icon_with_a_label(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, ids = site
    page.goto(url + "/")
    ready(page)
    button = page.locator(f".event-row[data-id='{ids['bulk39']}'] button.locate")
    assert button.get_attribute("aria-label") == "Show on the map"
    assert button.get_attribute("title") == "Show on the map"
    assert (button.text_content() or "").strip() == ""  # no character a font may lack
    icon = button.locator("svg").bounding_box()
    assert icon is not None and icon["width"] >= 12 and icon["height"] >= 12
    button.click()
    view = page.evaluate(VIEW)
    assert abs(view["lat"] - BULK[39 % len(BULK)][1]) < 0.01 and view["zoom"] >= 11


def test_unlocated_event_has_no_empty_map_box(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, ids = site
    page.goto(url + f"/event/{ids['nowhere']}")
    ready(page)
    assert page.locator("#event-map").count() == 0
    assert "No coordinates" in (page.text_content("#event-place-note") or "")
    assert "1 source ·" in (page.text_content(".page-head") or "")
    page.goto(url + f"/event/{ids['bulk0']}")
    ready(page)
    box = page.locator("#event-map").bounding_box()
    assert box is not None and box["height"] >= 200
    below = page.locator("#event-map + section").bounding_box()  # the attribution chain
    assert below is not None and below["y"] >= box["y"] + box["height"] + 8  # not glued on


def test_source_context_is_cut_at_word_boundaries(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, ids = site
    text = build()[0].text
    page.goto(url + f"/event/{ids['bulk20']}")
    ready(page)
    quote = page.text_content("#sources blockquote.context") or ""
    assert quote.startswith("…") and quote.endswith("…")  # a window of a longer text
    inner = quote[1:-1]
    at = text.index(inner)
    assert text[at - 1].isspace() and not inner[0].isspace(), inner[:20]
    assert text[at + len(inner)].isspace() and not inner[-1].isspace(), inner[-20:]


def test_review_queue_read_only_says_so_once_and_marks_only_real_cuts(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, ids = site
    page.goto(url + "/review")
    ready(page)
    assert (page.text_content("main") or "").count("Read-only") == 1
    assert page.locator(".review-item").count() == 45
    last = page.text_content(f".review-item[data-id='{ids['nowhere']}'] blockquote") or ""
    assert last.startswith("…") and not last.endswith("…")  # the report's last sentence
    assert last.rstrip().endswith("at an undisclosed site on 2024-02-01.")


def test_fitted_markers_are_not_under_the_layer_control(
    page: Page, site: tuple[str, dict[str, str]]
) -> None:
    url, _ = site
    for query in ("", "?date_from=2024-02-07&date_to=2024-02-12"):
        page.goto(url + "/" + query)
        ready(page)
        covered = page.evaluate("""places => {
            const el = document.getElementById('map'); const m = el.axiswatchMap.map;
            const box = el.querySelector('.leaflet-control-layers').getBoundingClientRect();
            const origin = el.getBoundingClientRect();
            return places.filter(([, lat, lon]) => {
                const p = m.latLngToContainerPoint([lat, lon]);
                const x = origin.left + p.x; const y = origin.top + p.y;
                return x >= box.left - 8 && x <= box.right && y >= box.top && y <= box.bottom + 8;
            }).map(([name]) => name); }""", [list(p) for p in BULK])
        assert covered == [], (query, covered)

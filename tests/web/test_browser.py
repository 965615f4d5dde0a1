"""The page in real headless Chromium over a real uvicorn server and SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from axiswatch.store import Store
from tests.web.browsing import Watch, ready
from tests.web.seed import seed
from tests.web.server import running

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]
TOKEN = "browser-token"


@pytest.fixture(scope="module")
def site_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of the module's store."""
    return f"sqlite:///{tmp_path_factory.mktemp('site') / 'store.db'}"


@pytest.fixture(scope="module")
def site(site_db: str) -> Iterator[tuple[str, dict[str, Any]]]:
    with Store(site_db) as store:
        ids = seed(store)
        with running(store, token=TOKEN) as url:
            yield url, ids


@pytest.fixture
def page(browser: Browser, site: tuple[str, dict[str, Any]]) -> Iterator[tuple[Page, Watch]]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    pg = context.new_page()
    watch = Watch(pg, site[0])
    yield pg, watch
    context.close()
    assert watch.problems == []


def test_map_draws_markers_toggles_layers_and_brushes(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    pg, _ = page
    url, _ids = site
    pg.goto(url + "/")
    ready(pg)
    pg.wait_for_selector("#map[data-basemap=ready]")
    assert pg.get_attribute("#map", "data-markers") == "4"
    assert pg.text_content("#event-count") == "4 events"
    assert pg.locator(".leaflet-overlay-pane canvas").count() >= 1
    pg.screenshot(path=str(tmp_path / "dashboard.png"))

    has_attack = "e => e.axiswatchMap.map.hasLayer(e.axiswatchMap.layers.attack)"
    assert pg.eval_on_selector("#map", has_attack) is True
    pg.locator(".leaflet-control-layers-overlays label", has_text="attack").locator("input").click()
    assert pg.eval_on_selector("#map", has_attack) is False
    assert "hide=attack" in pg.url

    box = pg.locator(".brush-overlay").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    # drag across the first half of the timeline (the earliest days)
    pg.mouse.move(box["x"] + 2, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    pg.mouse.up()
    pg.wait_for_function("() => new URL(location.href).searchParams.get('date_to')")
    pg.wait_for_function("() => document.querySelector('#event-count').textContent !== '4 events'")
    shown = int(pg.text_content("#event-count").split()[0])  # type: ignore[union-attr]
    assert 0 < shown < 4
    assert pg.locator("#event-list li").count() == shown
    assert int(pg.get_attribute("#map", "data-markers") or 0) == shown
    pg.screenshot(path=str(tmp_path / "brushed.png"))

    # the view is in the URL: reloading gives the same list and the same hidden layer
    pg.reload()
    ready(pg)
    assert int(pg.text_content("#event-count").split()[0]) == shown  # type: ignore[union-attr]
    assert pg.eval_on_selector("#map", has_attack) is False


def test_popup_has_summary_precision_and_link(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]]
) -> None:
    pg, _ = page
    url, ids = site
    pg.goto(url + "/")
    ready(pg)
    find = """id => document.getElementById('map').axiswatchMap.layers.attack.getLayers()
        .some((x) => x.eventId === id)"""
    pg.wait_for_function(find, arg=ids["events"][0])
    # zoom past the clustering to the marker, then open it as a click would
    pg.evaluate("""id => {
        const ctl = document.getElementById('map').axiswatchMap;
        const m = ctl.layers.attack.getLayers().find((x) => x.eventId === id);
        ctl.map.setView(m.getLatLng(), 12, { animate: false });
    }""", ids["events"][0])
    shown = """id => { const ctl = document.getElementById('map').axiswatchMap;
        const m = ctl.layers.attack.getLayers().find((x) => x.eventId === id);
        return ctl.map.hasLayer(m) && (m.openPopup(), true); }"""
    pg.wait_for_function(shown, arg=ids["events"][0])
    popup = pg.locator(".leaflet-popup-content .popup")
    popup.locator(".popup-link").wait_for()
    text = popup.text_content() or ""
    assert "The Alpha Brigades fired rockets" in text and "facility-level location" in text
    assert popup.locator(".popup-link").get_attribute("href") == f"/event/{ids['events'][0]}"


def test_many_events_show_as_server_grid(
    browser: Browser, site: tuple[str, dict[str, Any]], site_db: str, tmp_path: Path
) -> None:
    assert site  # the module's store, served again with a point limit below its size
    with Store(site_db) as store, running(store, token="", map_points=2) as small:
        context = browser.new_context(viewport={"width": 1400, "height": 850})
        pg = context.new_page()
        watch = Watch(pg, small)
        pg.goto(small + "/")
        ready(pg)
        assert pg.get_attribute("#map", "data-mode") == "grid"
        assert pg.get_attribute("#map", "data-markers") == "4"
        assert pg.locator(".grid-cell").count() >= 2
        pg.screenshot(path=str(tmp_path / "grid.png"))
        pg.locator(".leaflet-control-layers-overlays label", has_text="attack").locator(
            "input").click()
        assert pg.get_attribute("#map", "data-markers") == "1"
        context.close()
        assert watch.problems == []


def test_list_row_shows_its_event_on_the_map(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]]
) -> None:
    pg, _ = page
    url, ids = site
    pg.goto(url + "/")
    ready(pg)
    pg.click(f".event-row[data-id='{ids['events'][0]}'] button.locate")
    center = pg.evaluate("() => { const m = document.getElementById('map').axiswatchMap.map;"
                         " const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }")
    assert abs(center[0] - 33.26) < 0.01 and abs(center[1] - 44.23) < 0.01 and center[2] >= 11


def test_filters_live_in_the_url(page: tuple[Page, Watch], site: tuple[str, Any]) -> None:
    pg, _ = page
    pg.goto(site[0] + "/?type=meeting")
    ready(pg)
    assert pg.text_content("#event-count") == "1 event"
    assert pg.is_checked("input[name=type][value=meeting]")
    pg.check("input[name=type][value=attack]")
    pg.wait_for_function("() => document.querySelector('#event-count').textContent === '4 events'")
    assert sorted(pg.url.split("?")[1].split("&")) == ["type=attack", "type=meeting"]


def test_actor_box_filters_with_fronts(page: tuple[Page, Watch], site: tuple[str, Any]) -> None:
    pg, _ = page
    pg.goto(site[0] + "/")
    ready(pg)
    pg.fill("input[name=actor_name]", "Alpha")
    pg.wait_for_selector("#actor-options option[value='Alpha Brigades']", state="attached")
    pg.fill("input[name=actor_name]", "Alpha Brigades")
    pg.wait_for_function("() => document.querySelector('#event-count').textContent === '2 events'")
    assert "actor=alpha-brigades" in pg.url
    pg.reload()
    ready(pg)
    assert pg.text_content("#event-count") == "2 events"  # the group's and its front's
    pg.wait_for_function("() => document.querySelector('input[name=actor_name]').value"
                         " === 'Alpha Brigades'")


def test_event_page_shows_evidence_and_popup_links_to_it(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    pg, _ = page
    url, ids = site
    pg.goto(url + "/?type=meeting")
    ready(pg)
    pg.locator("#event-list a.event-title").first.click()
    ready(pg)
    assert pg.url.endswith(f"/event/{ids['events'][2]}")
    mark = pg.locator("#sources mark").first.text_content() or ""
    assert mark.startswith("Separately, officials met")
    assert "Weekly update" in (pg.text_content("#sources") or "")
    pg.goto(url + f"/event/{ids['events'][0]}")
    ready(pg)
    chain = pg.text_content(".chain") or ""
    assert "Resistance Coalition" in chain and "Sponsor Force" in chain
    pg.screenshot(path=str(tmp_path / "event.png"), full_page=True)


def test_report_text_renders_inert(page: tuple[Page, Watch], site: tuple[str, Any]) -> None:
    pg, watch = page
    url, ids = site
    for path in ("/", f"/event/{ids['events'][3]}", f"/document/{ids['docs'][1]}",
                 "/search?q=convoy", "/review"):
        pg.goto(url + path)
        ready(pg)
        assert pg.evaluate("() => window.__pwned") is None, path
        assert pg.locator("main img").count() == 0, path
        assert pg.locator("main script").count() == 0, path
        assert "<script>window.__pwned=1</script>" in (pg.text_content("main") or ""), path
    assert watch.problems == []


def test_network_opens_an_actor(page: tuple[Page, Watch], site: tuple[str, Any],
                                tmp_path: Path) -> None:
    pg, _ = page
    pg.goto(site[0] + "/network")
    ready(pg)
    assert int(pg.get_attribute("#network", "data-nodes") or 0) >= 4
    assert int(pg.get_attribute("#network", "data-edges") or 0) >= 3
    pg.screenshot(path=str(tmp_path / "network.png"))
    pg.fill("input[name=focus]", "Beta Front")
    pg.click("#network-controls button[type=submit]")
    assert pg.get_attribute("#network", "data-nodes") == "2"  # the front and its group
    assert "focus=beta-front" in pg.url
    pg.uncheck("input[name=pred][value=front_for]")
    pg.reload()
    ready(pg)
    assert pg.input_value("input[name=focus]") == "Beta Front"
    assert not pg.is_checked("input[name=pred][value=front_for]")
    pg.evaluate("() => window.axiswatchNetwork.getElementById('beta-front').emit('tap')")
    pg.wait_for_url("**/actor/beta-front")
    ready(pg)
    assert pg.text_content("h1") == "Beta Front"
    assert "front for" in (pg.text_content(".relations") or "").lower()


def test_actor_page_without_located_events_shows_a_note_not_an_empty_map(
    page: tuple[Page, Watch], site: tuple[str, Any]
) -> None:
    pg, _ = page
    pg.goto(site[0] + "/actor/sponsor-force")
    ready(pg)
    assert pg.locator("#actor-map").count() == 0
    assert "No events recorded" in (pg.text_content("#actor-place-note") or "")
    assert pg.text_content("#actor-tempo") == "No dated events."  # no filters on this page
    pg.goto(site[0] + "/actor/alpha-brigades")
    ready(pg)
    assert int(pg.get_attribute("#actor-map", "data-markers") or 0) == 2
    assert "2 events" in (pg.text_content("table.fields") or "")


def test_search_box(page: tuple[Page, Watch], site: tuple[str, Any]) -> None:
    pg, _ = page
    pg.goto(site[0] + "/")
    ready(pg)
    pg.fill("#search-box", "Alpha")
    pg.press("#search-box", "Enter")
    ready(pg)
    assert "/search?q=Alpha" in pg.url
    assert pg.locator("main a[href='/actor/alpha-brigades']").count() == 1
    assert "armed group · IQ" in (pg.text_content("main") or "")  # labels, not raw codes
    pg.goto(site[0] + "/search?q=zzzqqq")
    ready(pg)
    assert (pg.text_content("main") or "").count("No matches.") == 3
    pg.goto(site[0] + "/search")
    ready(pg)  # an empty query is answered too
    assert "Type words" in (pg.text_content("main") or "")


def test_review_queue_confirms_an_event(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    pg, _ = page
    url, ids = site
    target = ids["events"][0]
    pg.goto(url + "/review")
    ready(pg)
    pg.fill("input[name=author]", "Ana Analyst")
    pg.dispatch_event("input[name=author]", "change")
    pg.fill("input[name=token]", TOKEN)
    pg.dispatch_event("input[name=token]", "change")
    card = pg.locator(f".review-item[data-id='{target}']")
    assert "The Alpha Brigades fired" in (card.locator("mark").text_content() or "")
    card.locator("button[data-action=confirm]").click()
    card.locator(".done").wait_for()
    assert "confirmed" in (card.text_content() or "")
    pg.screenshot(path=str(tmp_path / "review.png"))
    pg.goto(url + f"/event/{target}")
    ready(pg)
    assert pg.text_content("#event-status") == "confirmed"
    assert "confirm by Ana Analyst" in (pg.text_content("#judgements") or "")
    pg.goto(url + "/review")
    ready(pg)
    assert pg.locator(f".review-item[data-id='{target}']").count() == 0


def test_wrong_token_is_reported_not_applied(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]]
) -> None:
    pg, watch = page
    url, ids = site
    pg.goto(url + f"/event/{ids['events'][1]}")
    ready(pg)
    pg.fill("input[name=author]", "Ana")
    pg.dispatch_event("input[name=author]", "change")
    pg.fill("input[name=token]", "wrong")
    pg.dispatch_event("input[name=token]", "change")
    pg.click("button[data-action=reject]")
    pg.wait_for_selector("#toast.show.error")
    assert "AW601" in (pg.text_content("#toast") or "")
    assert pg.text_content("#event-status") == "extracted"
    watch.problems = [p for p in watch.problems if "401" not in p]


def test_merge_from_the_event_page(
    page: tuple[Page, Watch], site: tuple[str, dict[str, Any]]
) -> None:
    pg, _ = page
    url, ids = site
    a, b = ids["events"][2], ids["events"][1]
    pg.goto(url + f"/event/{a}")
    ready(pg)
    pg.fill("input[name=author]", "Ana")
    pg.dispatch_event("input[name=author]", "change")
    pg.fill("input[name=token]", TOKEN)
    pg.dispatch_event("input[name=token]", "change")
    pg.fill("input[name=merge_with]", b)
    with pg.expect_navigation():
        pg.click(".merge-form button")
    ready(pg)
    assert "merge by Ana" in (pg.text_content("#judgements") or "")
    assert pg.locator("#sources .source").count() == 2


def test_api_reference_renders_offline(page: tuple[Page, Watch], site: tuple[str, Any]) -> None:
    pg, _ = page
    pg.goto(site[0] + "/docs")
    pg.wait_for_selector(".opblock-summary-path[data-path='/api/events']", timeout=30000)
    assert pg.locator(".opblock").count() >= 10

"""The JSON API over a store built in the test."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from axiswatch.store import Store
from axiswatch.web.app import create_app


def test_events_list_filters_and_pages(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 4
    assert [e["date"] for e in body["events"]] == [
        "2024-02-10", "2024-02-07", "2024-02-05", "2024-02-03"]
    r = client.get("/api/events", params={"type": "attack", "country": "IQ"})
    assert {e["id"] for e in r.json()["events"]} == {ids["events"][0], ids["events"][3]}
    r = client.get("/api/events", params={"date_from": "2024-02-04", "date_to": "2024-02-07"})
    assert r.json()["total"] == 2
    r = client.get("/api/events", params={"bbox": "40,30,46,34"})
    assert [e["id"] for e in r.json()["events"]] == [ids["events"][0]]
    r = client.get("/api/events", params={"limit": 1, "offset": 1})
    assert r.json()["total"] == 4 and len(r.json()["events"]) == 1


def test_actor_filter_includes_its_fronts(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get("/api/events", params={"actor": "alpha-brigades"})
    assert {e["id"] for e in r.json()["events"]} == {ids["events"][0], ids["events"][1]}
    r = client.get("/api/events", params={"actor": "beta-front"})
    assert {e["id"] for e in r.json()["events"]} == {ids["events"][1]}
    names = client.get("/api/events", params={"actor": "alpha-brigades"}).json()["names"]
    assert names["beta-front"] == "Beta Front"


@pytest.mark.parametrize(("params", "fragment"), [
    ({"date_from": "not-a-date"}, "date_from"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "0,50,10,40"}, "south"),
    ({"type": "picnic"}, "type"),
    ({"limit": 100000}, "limit"),
    ({"country": "IRQ"}, "country"),
    ({"date_from": "2024-03-01", "date_to": "2024-02-01"}, "after"),
])
def test_invalid_input_is_a_json_error(
    client: TestClient, params: dict[str, Any], fragment: str
) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "AW600"
    assert fragment in err["message"]


def test_geojson_and_timeline(client: TestClient, ids: dict[str, Any]) -> None:
    fc = client.get("/api/events.geojson", params={"type": "attack"}).json()
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 3
    first = next(f for f in fc["features"] if f["id"] == ids["events"][0])
    assert first["geometry"]["coordinates"] == [44.23, 33.26]
    assert first["properties"]["geo_precision"] == "facility"
    days = client.get("/api/timeline").json()["days"]
    assert {"date": "2024-02-05", "type": "attack", "count": 1} in days
    stats = client.get("/api/stats").json()
    assert stats["total"] == 4 and stats["by_type"] == {"attack": 3, "meeting": 1}


def test_event_detail_has_sources_with_evidence_in_context(
    client: TestClient, ids: dict[str, Any]
) -> None:
    body = client.get(f"/api/events/{ids['events'][0]}").json()
    assert body["event"]["type"] == "attack"
    (src,) = body["sources"]
    ev = src["evidence"]
    assert ev["text"].startswith("The Alpha Brigades fired")
    rel = ev["start"] - src["context_start"]
    assert src["context"][rel : rel + ev["end"] - ev["start"]] == ev["text"]
    assert src["context"].startswith("Weekly update.")
    assert src["doc_title"] == "Weekly update"
    assert body["names"]["alpha-brigades"] == "Alpha Brigades"
    assert body["judgements"] == []
    assert body["event"]["location_note"].startswith(("placed at", "not on the map"))


def test_missing_things_are_404_with_code(client: TestClient) -> None:
    for path in ("/api/events/ev-nope", "/api/actors/nobody", "/api/documents/nodoc",
                 "/api/nothing-here", "/vendor/secret.js"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.json()["error"]["code"] == "AW603"


def test_actor_detail_relations_and_tempo(client: TestClient) -> None:
    body = client.get("/api/actors/alpha-brigades").json()
    assert body["actor"]["name"] == "Alpha Brigades"
    assert "Kata'ib Alpha" in body["actor"]["aliases"]
    preds = {(r["subject"], r["predicate"], r["object"]) for r in body["relations"]}
    assert ("beta-front", "front_for", "alpha-brigades") in preds
    assert ("alpha-brigades", "sponsored_by", "sponsor-force") in preds
    front = next(r for r in body["relations"] if r["predicate"] == "front_for")
    assert front["evidence"][0]["text"].startswith("The Beta Front")
    assert body["includes"] == [{"id": "beta-front", "name": "Beta Front"}]
    assert body["events"] == 2
    assert sum(d["count"] for d in body["tempo"]) == 2


def test_network_nodes_and_edges(client: TestClient) -> None:
    net = client.get("/api/network").json()
    assert {n["id"] for n in net["nodes"]} >= {
        "alpha-brigades", "beta-front", "sponsor-force", "resistance-coalition"}
    triples = {(e["subject"], e["predicate"], e["object"]) for e in net["edges"]}
    assert {("beta-front", "front_for", "alpha-brigades"),
            ("alpha-brigades", "sponsored_by", "sponsor-force"),
            ("alpha-brigades", "part_of", "resistance-coalition")} <= triples
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["subject"] in ids and e["object"] in ids for e in net["edges"])
    alpha = next(n for n in net["nodes"] if n["id"] == "alpha-brigades")
    assert alpha["events"] == 2
    assert alpha["name"] == "Alpha Brigades"


def test_search_finds_actors_events_documents(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "alpha"}).json()
    assert body["actors"][0]["id"] == "alpha-brigades"
    assert {d["title"] for d in body["documents"]} >= {"Weekly update"}
    body = client.get("/api/search", params={"q": "tehran"}).json()
    assert [e["type"] for e in body["events"]] == ["meeting"]
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_document_with_evidence_offsets(client: TestClient, ids: dict[str, Any]) -> None:
    body = client.get(f"/api/documents/{ids['docs'][0]}").json()
    text = body["document"]["text"]
    assert len(body["evidence"]) == 4
    for span in body["evidence"]:
        assert text[span["start"] : span["end"]]
    assert client.get("/api/documents").json()["total"] == 2


def test_every_response_has_security_headers(client: TestClient, ids: dict[str, Any]) -> None:
    for path in ("/", f"/event/{ids['events'][0]}", "/api/events", "/api/nothing",
                 "/static/app.js", "/vendor/leaflet.js"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp.split("style-src")[0]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_pages_escape_ids_in_html(client: TestClient) -> None:
    r = client.get('/event/"><script>alert(1)<script><img src=x onerror=alert(2)>')
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text
    assert "<img src=x" not in r.text
    assert "&lt;script&gt;" in r.text and "&#34;&gt;" in r.text
    assert "<script" not in r.text.replace('<script src="/vendor/', "").replace(
        '<script type="module" src="/static/app.js">', "")


def test_vendor_files_come_from_the_allow_list(client: TestClient) -> None:
    assert client.get("/vendor/leaflet.js").status_code == 200
    assert client.get("/vendor/countries-50m.json").json()["type"] == "Topology"
    assert client.get("/vendor/..%2Fpackage.json").status_code == 404
    assert client.get("/api/meta").json()["missing_assets"] == []


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/events.geojson",
                 "/api/actors/{entity_id}", "/api/network", "/api/search",
                 "/api/review/event/{event_id}", "/api/documents/{doc_id}", "/api/stats"):
        assert path in spec["paths"], path
    docs = client.get("/docs")  # Swagger UI from the npm package, not a CDN
    assert docs.status_code == 200 and "/vendor/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.replace('http-equiv', '')


def test_read_only_without_configured_token(seeded: tuple[Store, dict[str, Any]]) -> None:
    store, ids = seeded
    with TestClient(create_app(store, token="")) as c:
        r = c.post(f"/api/review/event/{ids['events'][0]}",
                   json={"action": "confirm", "author": "ana"},
                   headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "AW602"
        assert c.get("/api/meta").json()["writes"] is False


def test_points_and_grid_for_the_map(client: TestClient, ids: dict[str, Any]) -> None:
    pts = client.get("/api/events.points").json()
    assert pts["fields"] == ["id", "lat", "lon", "type", "geo_precision"]
    by_id = {p[0]: p for p in pts["points"]}
    assert set(by_id) == set(ids["events"])
    assert by_id[ids["events"][0]][1:] == [33.26, 44.23, "attack", "facility"]
    assert len(client.get("/api/events.points", params={"type": "meeting"}).json()["points"]) == 1
    coarse = client.get("/api/events.grid", params={"zoom": 2}).json()
    assert coarse["total"] == 4
    assert {c[2] for c in coarse["cells"]} == {"attack", "meeting"}
    fine = client.get("/api/events.grid", params={"zoom": 10}).json()
    assert fine["total"] == 4 and len(fine["cells"]) == 4  # every event in its own cell
    assert fine["cell"] < coarse["cell"]
    boxed = client.get("/api/events.grid", params={"zoom": 6, "bbox": "40,30,46,37"}).json()
    assert boxed["total"] == 2  # Camp Delta and Mosul
    assert client.get("/api/events.grid", params={"zoom": 99}).status_code == 422

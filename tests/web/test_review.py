"""Review judgements through the API: token, validation, stored with who and when."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from axiswatch.store import Store
from axiswatch.store.judgements import judgements_for


@pytest.mark.parametrize(("headers", "code"), [
    ({}, "AW601"),
    ({"Authorization": "Bearer wrong"}, "AW601"),
    ({"Authorization": "Basic dGVzdA=="}, "AW601"),
])
def test_writes_need_the_token(
    client: TestClient, ids: dict[str, Any], headers: dict[str, str], code: str
) -> None:
    r = client.post(f"/api/review/event/{ids['events'][0]}",
                    json={"action": "confirm", "author": "ana"}, headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == code


def test_confirm_is_stored_and_shown(
    client: TestClient, ids: dict[str, Any], auth: dict[str, str],
    seeded: tuple[Store, dict[str, Any]],
) -> None:
    eid = ids["events"][0]
    assert eid in {e["id"] for e in client.get("/api/review").json()["items"]}
    r = client.post(f"/api/review/event/{eid}", headers=auth,
                    json={"action": "confirm", "author": "Ana Analyst", "reason": "two sources"})
    assert r.status_code == 200, r.text
    assert r.json()["event"]["status"] == "confirmed"
    detail = client.get(f"/api/events/{eid}").json()
    (j,) = detail["judgements"]
    assert (j["action"], j["author"], j["reason"]) == ("confirm", "Ana Analyst", "two sources")
    assert j["created_at"]
    assert eid not in {e["id"] for e in client.get("/api/review").json()["items"]}
    with seeded[0].connect() as conn:
        assert [x["id"] for x in judgements_for(conn, "event", eid)] == [r.json()["judgement"]]


def test_edit_corrects_fields_and_reject_hides(
    client: TestClient, ids: dict[str, Any], auth: dict[str, str]
) -> None:
    eid = ids["events"][3]
    r = client.post(f"/api/review/event/{eid}", headers=auth, json={
        "action": "edit", "author": "ana",
        "fields": {"killed": 3, "date": "2024-02-09", "summary": "Convoy ambush near Mosul"}})
    assert r.status_code == 200, r.text
    ev = r.json()["event"]
    assert (ev["killed"], ev["date"], ev["date_start"], ev["status"]) == (
        3, "2024-02-09", "2024-02-09", "edited")
    j = client.get(f"/api/events/{eid}").json()["judgements"][0]
    assert j["payload"]["killed"] == 3
    r = client.post(f"/api/review/event/{eid}", headers=auth,
                    json={"action": "reject", "author": "ana"})
    assert r.json()["event"]["status"] == "rejected"
    assert eid not in {e["id"] for e in client.get("/api/events").json()["events"]}
    assert client.get("/api/events", params={"status": "rejected"}).json()["total"] == 1
    assert len(client.get(f"/api/events/{eid}").json()["judgements"]) == 2


@pytest.mark.parametrize("body", [
    {"action": "approve", "author": "ana"},
    {"action": "confirm"},
    {"action": "confirm", "author": "   "},
    {"action": "edit", "author": "ana"},
    {"action": "edit", "author": "ana", "fields": {"killed": -1}},
    {"action": "edit", "author": "ana", "fields": {"colour": "red"}},
    {"action": "edit", "author": "ana", "fields": {"date": "Feb 3"}},
])
def test_invalid_judgements_are_refused(
    client: TestClient, ids: dict[str, Any], auth: dict[str, str], body: dict[str, Any]
) -> None:
    r = client.post(f"/api/review/event/{ids['events'][0]}", headers=auth, json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "AW600"


def test_relation_review(client: TestClient, ids: dict[str, Any], auth: dict[str, str]) -> None:
    queue = client.get("/api/review", params={"kind": "relation"}).json()["items"]
    assert {r["predicate"] for r in queue} == {"front_for", "sponsored_by"}
    rid = next(r["id"] for r in queue if r["predicate"] == "front_for")
    r = client.post(f"/api/review/relation/{rid}", headers=auth,
                    json={"action": "edit", "author": "ana", "fields": {"certainty": "assessed"}})
    assert r.status_code == 200, r.text
    assert r.json()["relation"]["certainty"] == "assessed"
    r = client.post(f"/api/review/relation/{rid}", headers=auth,
                    json={"action": "reject", "author": "ana"})
    assert r.json()["relation"]["status"] == "rejected"
    net = client.get("/api/network").json()
    assert ("beta-front", "front_for", "alpha-brigades") not in {
        (e["subject"], e["predicate"], e["object"]) for e in net["edges"]}
    assert client.post("/api/review/relation/rel-none", headers=auth,
                       json={"action": "confirm", "author": "a"}).status_code == 404


def test_merge_records_a_judgement(
    client: TestClient, ids: dict[str, Any], auth: dict[str, str]
) -> None:
    a, b = ids["events"][0], ids["events"][3]
    r = client.post(f"/api/events/{a}/merge", headers=auth, json={"other": b, "author": "ana"})
    assert r.status_code == 200, r.text
    assert set(r.json()["sources"]) == {a, b}
    merged = r.json()["events"][0]
    j = client.get(f"/api/events/{merged}").json()["judgements"]
    assert any(x["action"] == "merge" and x["payload"]["with"] == b for x in j)
    assert client.post(f"/api/events/{a}/merge", headers=auth,
                       json={"other": a, "author": "ana"}).status_code == 422


def test_judgements_survive_re_extraction_and_fusion(
    client: TestClient, ids: dict[str, Any], auth: dict[str, str],
    seeded: tuple[Store, dict[str, Any]],
) -> None:
    from axiswatch.fuse import fuse_store
    from axiswatch.store.extractions import save_extraction
    from tests.web.seed import build_records, extraction_of

    store = seeded[0]
    confirmed, edited = ids["events"][0], ids["events"][3]
    client.post(f"/api/review/event/{confirmed}", headers=auth,
                json={"action": "confirm", "author": "ana"})
    client.post(f"/api/review/event/{edited}", headers=auth,
                json={"action": "edit", "author": "ana", "fields": {"killed": 4}})
    docs, evs, rels = build_records()
    with store.begin() as conn:  # the same reports extracted again
        for doc in docs:
            save_extraction(conn, extraction_of(doc, evs, rels))
    fuse_store(store)
    for eid, status in ((confirmed, "confirmed"), (edited, "edited")):
        body = client.get(f"/api/events/{eid}").json()
        assert body["event"]["status"] == status
        assert [j["author"] for j in body["judgements"]] == ["ana"]
    assert client.get(f"/api/events/{edited}").json()["event"]["killed"] == 4
    queue = {e["id"] for e in client.get("/api/review").json()["items"]}
    assert confirmed not in queue and edited not in queue

"""Fusion over the generated multi-source fixtures, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from axiswatch.fuse import fuse_store, refresh_event
from axiswatch.store import Store
from axiswatch.store.fusion import load_sources
from axiswatch.store.judgements import judgements_for, record_judgement
from axiswatch.store.schema import event_actors, event_sources, events, evidence
from tests.fixtures.multisource.build import load_into
from tests.fixtures.multisource.figures import pair_figures


@pytest.fixture
def fused(store: Store) -> tuple[Store, dict[str, str], dict[str, str]]:
    truth, ids = load_into(store)
    fuse_store(store)
    return store, truth, ids


def _event_of(store: Store) -> dict[str, str]:
    with store.connect() as conn:
        return {s["id"]: s["event_id"] for s in load_sources(conn)}


def _event(store: Store, event_id: str) -> dict[str, Any]:
    with store.connect() as conn:
        row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
    assert row is not None, event_id
    return dict(row._mapping)


def test_no_false_or_missed_merges(fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, truth, _ = fused
    figures = pair_figures(truth, _event_of(store))
    assert figures["true_pairs"] > 0
    assert figures["false_merge_pairs"] == []
    assert figures["missed_merge_pairs"] == []
    assert figures["events"] == figures["occurrences"]


def test_fused_event_keeps_every_source_and_its_evidence(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    t22 = [ids[k] for k in ("s1", "s3", "s5", "s14")]
    eid = min(t22)
    assert {k: v for k, v in _event_of(store).items() if k in t22} == dict.fromkeys(t22, eid)
    with store.connect() as conn:
        n_evidence = conn.execute(
            sa.select(sa.func.count()).select_from(event_sources.join(
                evidence, evidence.c.id == event_sources.c.evidence_id))
            .where(event_sources.c.event_id == eid)).scalar_one()
        leftover = conn.execute(sa.select(events.c.id).where(events.c.id.in_(
            [i for i in t22 if i != eid]))).scalars().all()
    assert n_evidence == 4
    assert leftover == []
    row = _event(store, eid)
    assert row["n_sources"] == 4
    assert len(row["fusion"]["links"]) == 3
    assert all(link["score"] >= 0.6 for link in row["fusion"]["links"])


def test_headline_rules_on_conflicting_reports(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    row = _event(store, min(ids[k] for k in ("s1", "s3", "s5", "s14")))
    assert row["killed"] == 2  # the conservative figure of 3, 3, 3 and 2
    assert row["injured"] == 34
    assert row["date"] == "2024-01-28"  # three sources against one
    assert row["location"] == "tower-22"  # a facility beats the town nearby
    assert row["geo_precision"] == "facility"
    assert row["certainty"] == "reported"  # the strongest any source states
    assert "islamic-resistance-in-iraq" in row["claimed_by"]
    assert "kataib-hezbollah" in row["attributed_to"]
    conflicts = row["fusion"]["conflicts"]
    assert conflicts["killed"][ids["s5"]] == 2 and conflicts["killed"][ids["s1"]] == 3
    assert conflicts["date"][ids["s14"]] == "2024-01-27"


def test_facade_claim_and_parent_attribution_fuse(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    of = _event_of(store)
    assert of[ids["s7"]] == of[ids["s9"]]
    row = _event(store, of[ids["s7"]])
    assert row["claimed_by"] == ["ashab-al-kahf"]
    assert row["attributed_to"] == ["kataib-hezbollah"]
    with store.connect() as conn:
        roles = set(conn.execute(sa.select(event_actors.c.entity_id, event_actors.c.role)
                                 .where(event_actors.c.event_id == row["id"])).all())
    assert roles == {("ashab-al-kahf", "claimed_by"), ("kataib-hezbollah", "attributed_to")}


def test_close_but_distinct_events_stay_apart(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    of = _event_of(store)
    assert len({of[ids[k]] for k in ("s1", "s2", "s4")}) == 3  # three bases, one night
    assert of[ids["s11"]] != of[ids["s12"]]  # one city, consecutive days
    assert of[ids["s5"]] != of[ids["s6"]]  # a protest at the attacked place


def test_fuse_is_deterministic_and_idempotent(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, _ = fused
    with store.connect() as conn:
        before = {r.id: (r.n_sources, r.fusion, r.killed) for r in conn.execute(
            sa.select(events.c.id, events.c.n_sources, events.c.fusion, events.c.killed))}
    summary = fuse_store(store)
    with store.connect() as conn:
        after = {r.id: (r.n_sources, r.fusion, r.killed) for r in conn.execute(
            sa.select(events.c.id, events.c.n_sources, events.c.fusion, events.c.killed))}
    assert after == before
    assert summary.deleted == 0
    assert summary.written == 0  # nothing changed, nothing rewritten


def test_split_is_never_remerged(fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    eid = _event_of(store)[ids["s5"]]
    members = [s for s, e in _event_of(store).items() if e == eid]
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=eid, action="split",
                         payload={"sources": [ids["s5"]],
                                  "rest": sorted(set(members) - {ids["s5"]})},
                         author="tester", reason="different outpost")
    new_ids = refresh_event(store, eid)
    assert len(new_ids) == 2
    assert ids["s5"] in new_ids  # its own event now, under its own id
    fuse_store(store)
    of = _event_of(store)
    assert of[ids["s5"]] == ids["s5"]
    assert of[ids["s1"]] == of[ids["s3"]] == of[ids["s14"]] != ids["s5"]
    assert _event(store, ids["s5"])["killed"] == 2


def test_forced_merge_stays_merged(fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    a, b = ids["s11"], ids["s12"]
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=a, action="merge",
                         payload={"with": b, "sources": [a, b]}, author="tester")
    assert refresh_event(store, a) == [min(a, b)]
    fuse_store(store)
    of = _event_of(store)
    assert of[a] == of[b] == min(a, b)
    link = _event(store, min(a, b))["fusion"]["links"][0]
    assert link["decision"] == "analyst"


def test_rejected_source_leaves_the_event(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    eid = _event_of(store)[ids["s5"]]
    with store.begin() as conn:
        record_judgement(conn, target_kind="event_source", target_id=ids["s5"],
                         action="reject", author="tester", reason="wrong outpost")
    refresh_event(store, eid)
    main = _event(store, _event_of(store)[ids["s1"]])
    assert main["n_sources"] == 3
    assert main["killed"] == 3  # the rejected report's lower figure no longer counts
    assert _event(store, ids["s5"])["status"] == "rejected"
    fuse_store(store)
    assert _event(store, ids["s5"])["status"] == "rejected"


def test_edit_overrides_the_headline_and_survives_fusion(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    eid = _event_of(store)[ids["s7"]]
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=eid, action="edit",
                         payload={"killed": 0, "weapon": "rocket"}, author="tester")
    refresh_event(store, eid)
    fuse_store(store)
    row = _event(store, eid)
    assert row["killed"] == 0
    assert row["status"] == "edited"
    assert row["fusion"]["edited"] == ["killed", "weapon"]


def test_rejected_event_and_confirmation(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    eid = _event_of(store)[ids["s13"]]
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=eid, action="reject",
                         payload={"sources": [ids["s13"]]}, author="tester")
    fuse_store(store)
    assert _event(store, eid)["status"] == "rejected"
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=eid, action="confirm",
                         author="tester")
        history = judgements_for(conn, "event", eid)
    refresh_event(store, eid)
    assert _event(store, eid)["status"] == "confirmed"
    assert [j["action"] for j in history] == ["reject", "confirm"]


def test_claim_and_denial_are_kept_per_source(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    of = _event_of(store)
    assert of[ids["s4"]] == of[ids["s15"]]
    row = _event(store, of[ids["s4"]])
    assert row["claimed_by"] == ["islamic-resistance-in-iraq"]
    assert row["attributed_to"] == ["kataib-hezbollah"]
    assert row["certainty"] == "reported"  # the denial is only an allegation
    assert row["fusion"]["conflicts"]["certainty"] == {ids["s4"]: "reported",
                                                       ids["s15"]: "alleged"}


def test_a_state_strike_on_the_same_city_and_day_stays_apart(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    of = _event_of(store)
    assert of[ids["s16"]] == ids["s16"]
    assert of[ids["s12"]] != of[ids["s16"]]


def test_a_source_edit_moves_the_report_before_fusion(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    with store.begin() as conn:
        record_judgement(conn, target_kind="event_source", target_id=ids["s5"], action="edit",
                         payload={"fields": {"location": "damascus", "location_name": "Damascus",
                                             "country": "SY", "lat": 33.5102, "lon": 36.2913}},
                         author="tester", reason="the outpost was misread")
    fuse_store(store)
    of = _event_of(store)
    assert of[ids["s5"]] != of[ids["s1"]]
    assert _event(store, of[ids["s5"]])["country"] == "SY"


def test_a_reject_without_a_source_list_rejects_the_event_as_it_stands(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    eid = _event_of(store)[ids["s7"]]  # the façade's claim and the attribution: two sources
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=eid, action="reject",
                         author="tester")
    assert refresh_event(store, eid) == [eid]
    row = _event(store, eid)
    assert row["status"] == "rejected" and row["n_sources"] == 2
    fuse_store(store)
    assert _event(store, eid)["status"] == "rejected"


def test_a_merge_pulls_in_named_sources_whose_event_changed_id(
        fused: tuple[Store, dict[str, str], dict[str, str]]) -> None:
    store, _, ids = fused
    a, b = ids["s12"], ids["s13"]  # Erbil attack, Damascus strike: never auto-merged
    with store.begin() as conn:
        record_judgement(conn, target_kind="event", target_id=a, action="merge",
                         payload={"with": "ev-since-renamed", "sources": [a, b]},
                         author="tester", reason="one operation in two places")
    assert refresh_event(store, a) == [min(a, b)]
    of = _event_of(store)
    assert of[a] == of[b] == min(a, b)

"""Pure parts of fusion: date periods, compatibility, headline and judgement folding."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from axiswatch.errors import AxiswatchError
from axiswatch.fuse.compare import compatible, score
from axiswatch.fuse.headline import date_bounds, headline
from axiswatch.fuse.judged import constraints_from
from axiswatch.fuse.rules import load_rules, rules_from_dict
from axiswatch.geo import haversine_km
from axiswatch.store import Store
from axiswatch.store.judgements import record_judgement


@pytest.mark.parametrize(("value", "precision", "expected"), [
    ("2024-02-29", "day", (date(2024, 2, 29), date(2024, 2, 29))),
    ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023-02-10", "month", (date(2023, 2, 1), date(2023, 2, 28))),
    ("2024", "year", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2024-13-01", "day", (None, None)),
    (None, None, (None, None)),
])
def test_date_bounds(value: str | None, precision: str | None, expected: tuple[Any, Any]) -> None:
    assert date_bounds(value, precision) == expected


def _src(sid: str, doc: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": sid, "doc_id": doc, "type": "attack", "subtype": None,
                            "date": "2024-01-28", "date_precision": "day",
                            "location": None, "country": "IQ", "lat": None, "lon": None,
                            "geo_precision": None, "actors": [], "claimed_by": [],
                            "attributed_to": [], "target": None, "evidence_text": ""}
    base.update(kw)
    base["date_start"], base["date_end"] = date_bounds(base["date"], base["date_precision"])
    return base


FAC_A = {"location": "base-a", "geo_precision": "facility", "lat": 33.0, "lon": 42.0}
FAC_B = {"location": "base-b", "geo_precision": "facility", "lat": 33.05, "lon": 42.05}


@pytest.mark.parametrize(("a", "b", "ok", "why"), [
    ({}, {}, True, ""),
    ({}, {"doc_id": "d1"}, False, "same document"),
    ({}, {"type": "protest"}, False, "types attack/protest"),
    ({}, {"type": "strike"}, True, ""),
    ({}, {"date": "2024-01-29"}, True, ""),
    ({}, {"date": "2024-01-30"}, False, "dates 2 days apart"),
    ({"date": "2024-01", "date_precision": "month"}, {"date": "2024-01-05"}, True, ""),
    ({"date": "2024-02", "date_precision": "month"}, {"date": "2024-01-31"}, False,
     "dates 1 days apart"),
    (FAC_A, FAC_B, False, "different facilities base-a/base-b"),
    (FAC_A, dict(FAC_A), True, ""),
    (FAC_A, {"location": "town", "geo_precision": "town", "lat": 33.1, "lon": 42.1}, True, ""),
    (FAC_A, {"location": "far", "geo_precision": "town", "lat": 34.0, "lon": 42.0}, False,
     "111 km apart"),
    ({}, {"country": "SY"}, False, "countries IQ/SY"),
    ({"claimed_by": ["x"]}, {"attributed_to": ["y"]}, False, "no actor in common"),
    # One attack on one site that day, blamed on different groups: sources disagree.
    ({**FAC_A, "attributed_to": ["x"]}, {**FAC_A, "attributed_to": ["y"]}, True, ""),
    ({**FAC_A, "claimed_by": ["x"]}, {**FAC_A, "attributed_to": ["y"]}, True, ""),
    ({**FAC_A, "claimed_by": ["x"]}, {**FAC_A, "claimed_by": ["y"]}, False,
     "no actor in common"),
    ({**FAC_A, "attributed_to": ["x"]}, {**FAC_A, "attributed_to": ["y"], "type": "strike"},
     False, "no actor in common"),
    ({**FAC_A, "attributed_to": ["x"]}, {**FAC_A, "attributed_to": ["y"],
                                         "date": "2024-01-29"}, False, "no actor in common"),
    ({"claimed_by": ["front"]}, {"attributed_to": ["group"]}, True, ""),
    ({"claimed_by": ["x"]}, {}, True, ""),
])
def test_compatible(a: dict[str, Any], b: dict[str, Any], ok: bool, why: str) -> None:
    rules = load_rules()
    sa_, sb = _src("a", "d1", **a), _src("b", "d2", **b)
    sb["doc_id"] = b.get("doc_id", "d2")
    widened = {"front": frozenset({"front", "group"}), "group": frozenset({"group"})}
    sides = {s["id"]: frozenset().union(*[widened.get(x, frozenset({x})) for x in
                                           s["claimed_by"] + s["attributed_to"]])
             for s in (sa_, sb)}
    assert compatible(sa_, sb, rules, sides) == (ok, why)


def test_score_prefers_the_same_place_and_day() -> None:
    rules = load_rules()
    a = _src("a", "d1", **FAC_A, evidence_text="Drones hit base A on Sunday.")
    same = _src("b", "d2", **FAC_A, evidence_text="Base A was hit by drones on Sunday.")
    later = _src("c", "d3", **FAC_A, date="2024-01-29", evidence_text="A drone hit a base.")
    s_same, reasons = score(a, same, rules, {})
    s_later, _ = score(a, later, rules, {})
    assert s_same > s_later
    assert reasons["same_location"] is True and reasons["date_diff_days"] == 0


def test_haversine() -> None:
    assert haversine_km(33.3152, 44.3661, 36.1911, 44.0092) == pytest.approx(321, abs=3)


def test_headline_without_sources_is_an_error() -> None:
    with pytest.raises(ValueError):
        headline([])


def test_headline_edit_wins() -> None:
    out = headline([_src("a", "d1", killed=4), _src("b", "d2", killed=5)], {"killed": 7})
    assert out["killed"] == 7 and out["edited"] == ["killed"]


def test_later_judgement_on_a_pair_wins() -> None:
    merge = {"id": "j1", "target_kind": "event", "target_id": "a", "action": "merge",
             "payload": {"with": "b", "sources": ["a", "b"]}}
    split = {"id": "j2", "target_kind": "event", "target_id": "a", "action": "split",
             "payload": {"sources": ["b"], "rest": ["a"]}}
    assert constraints_from([merge, split]).cannot("a", "b")
    assert not constraints_from([split, merge]).cannot("a", "b")
    assert constraints_from([split, merge]).must() == [("a", "b")]


def test_invalid_rules_name_the_problem() -> None:
    with pytest.raises(AxiswatchError, match="AW300 here: invalid fusion rules"):
        rules_from_dict({"type_families": {}}, "here")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"target_kind": "doc", "target_id": "x", "action": "reject"}, "unknown target kind"),
    ({"target_kind": "event", "target_id": "x", "action": "delete"}, "unknown action"),
    ({"target_kind": "event", "target_id": "x", "action": "edit"}, "must name the fields"),
    ({"target_kind": "event", "target_id": "x", "action": "merge", "payload": {}},
     "must list sources"),
    ({"target_kind": "relation", "target_id": "x", "action": "split",
      "payload": {"sources": ["a"]}}, "applies to events"),
])
def test_invalid_judgements_are_refused(sqlite_store: Store, kwargs: dict[str, Any],
                                        message: str) -> None:
    with sqlite_store.begin() as conn, pytest.raises(AxiswatchError, match=message) as err:
        record_judgement(conn, author="tester", **kwargs)
    assert err.value.code == "AW502"


def test_unanchored_reports_do_not_merge_on_date_and_type_alone() -> None:
    rules = load_rules()
    a = _src("a", "d1", country=None)
    b = _src("b", "d2", country=None)
    assert compatible(a, b, rules, {}) == (False, "nothing in common but date and type")
    shared = {"a": frozenset({"g"}), "b": frozenset({"g"})}
    assert compatible(a, b, rules, shared) == (True, "")


def test_one_documents_two_mentions_join_through_other_documents() -> None:
    from axiswatch.fuse.cluster import cluster_sources
    from axiswatch.fuse.judged import Constraints

    rules = load_rules()
    text = "A drone hit the base on Sunday, killing three soldiers."
    srcs = [
        _src("x1", "d1", **FAC_A, country="JO", evidence_text=text),
        _src("x2", "d1", country="JO", evidence_text="the attack in Jordan on Sunday"),
        _src("x3", "d1", **FAC_B, country="JO", evidence_text="Another drone hit base B."),
        _src("y1", "d2", **FAC_A, country="JO", evidence_text=text),
        _src("y2", "d3", country="JO", evidence_text="the attack in Jordan on Sunday"),
    ]
    clusters = {tuple(c.members) for c in cluster_sources(srcs, Constraints(), rules, {})}
    assert clusters == {("x1", "x2", "y1", "y2"), ("x3",)}


def test_blocks_compare_within_a_country_and_with_unknown_countries() -> None:
    from axiswatch.fuse.cluster import candidate_pairs

    srcs = [_src("iq", "d1"), _src("sy", "d2", country="SY"), _src("unk", "d3", country=None),
            _src("iq2", "d4", date="2024-01-29"), _src("old", "d5", date="2024-01-20"),
            _src("yr", "d6", date="2024", date_precision="year"),
            _src("pr", "d7", type="protest")]
    assert candidate_pairs(srcs, load_rules()) == [
        ("iq", "iq2"), ("iq", "unk"), ("iq2", "unk"), ("sy", "unk")]


def test_a_vague_report_between_two_occurrences_stays_alone() -> None:
    from axiswatch.fuse.cluster import cluster_sources
    from axiswatch.fuse.judged import Constraints

    rules = load_rules()
    text = "Drones hit a base in the west of the country on Sunday."
    srcs = [_src("a1", "d1", **FAC_A, evidence_text=text),
            _src("b1", "d2", **FAC_B, evidence_text=text),
            _src("vague", "d3", geo_precision="country", evidence_text=text)]
    clusters = {c.id: c for c in cluster_sources(srcs, Constraints(), rules, {})}
    assert set(clusters) == {"a1", "b1", "vague"}
    note = clusters["vague"].links[0]
    assert note["decision"] == "ambiguous" and note["candidates"] == ["a1", "b1"]

"""Tempo figures: daily and weekly counts, window comparison, gaps, change points."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from axiswatch.analyze.network import build_graph, network_data
from axiswatch.analyze.select import parse_windows
from axiswatch.analyze.stats import compute_stats
from axiswatch.analyze.tempo import (
    change_points,
    compare_windows,
    daily_counts,
    longest_gap,
    weekly_counts,
)
from axiswatch.errors import AxiswatchError


def _ev(day: date, **kw: Any) -> dict[str, Any]:
    return {"id": f"ev-{day}-{kw.get('n', 0)}", "type": kw.get("type", "attack"),
            "date_start": day.isoformat(), "date_precision": kw.get("precision", "day"),
            "claimed_by": kw.get("claimed_by", []), "attributed_to": [], "actors": [],
            "country": "IQ"}


def _series(start: date, per_day: list[int]) -> list[dict[str, Any]]:
    out = []
    for i, n in enumerate(per_day):
        out.extend(_ev(start + timedelta(days=i), n=k) for k in range(n))
    return out


def test_daily_counts_fill_empty_days_and_skip_coarse_dates() -> None:
    d = date(2024, 1, 1)
    events = [_ev(d), _ev(d, n=1), _ev(d + timedelta(days=2)), _ev(d, precision="month")]
    assert daily_counts(events, d, d + timedelta(days=3)) == [
        (d, 2), (d + timedelta(days=1), 0), (d + timedelta(days=2), 1), (d + timedelta(days=3), 0)]


def test_weekly_counts_use_iso_weeks() -> None:
    daily = [(date(2024, 1, 7), 2), (date(2024, 1, 8), 3)]  # a Sunday, then a Monday
    assert weekly_counts(daily) == [("2024-W01", 2), ("2024-W02", 3)]


def test_compare_windows_says_how_the_average_moved() -> None:
    jan = _series(date(2024, 1, 1), [5] * 31)
    feb = _series(date(2024, 2, 1), [3, 3, 2] * 9 + [3, 3])
    out = compare_windows(jan + feb, *parse_windows("2024-01-01:2024-01-31,2024-02-01:2024-02-29"))
    assert out["windows"][0]["daily_average"] == 5.0
    assert out["windows"][1]["daily_average"] == pytest.approx(2.69, abs=0.01)
    assert out["sentence"] == "daily average fell from 5.0 to 2.7 (-46%)"


@pytest.mark.parametrize("spec", ["2024-01-01:2024-01-31",
                                  "2024-01-31:2024-01-01,2024-02-01:2024-02-02", "x:y,z:w"])
def test_bad_windows_are_refused(spec: str) -> None:
    with pytest.raises(AxiswatchError) as err:
        parse_windows(spec)
    assert err.value.code == "AW501"


def test_longest_gap() -> None:
    days = [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 10), date(2024, 1, 13)]
    assert longest_gap(days) == {"after": "2024-01-02", "before": "2024-01-10", "days": 7}
    assert longest_gap([date(2024, 1, 1)]) is None


def test_change_point_found_where_the_mean_shifts() -> None:
    start = date(2024, 3, 1)
    high = [6, 5, 7, 6, 5, 6, 7, 6, 5, 6, 6, 5, 7, 6]
    per_day = [*high, 1, 0, 1, 2, 1, 0, 1, 1, 0, 1, 2, 1]
    daily = daily_counts(_series(start, per_day), start, start + timedelta(days=len(per_day) - 1))
    points = change_points(daily)
    assert [p["date"] for p in points] == ["2024-03-15"]
    assert points[0]["mean_before"] > 5 > 1 > points[0]["mean_after"]
    assert change_points(daily_counts(_series(start, [2] * 30), start,
                                      start + timedelta(days=29))) == []


def test_stats_pauses_and_top_actors() -> None:
    d = date(2024, 1, 1)
    events = [_ev(d, claimed_by=["a"]), _ev(d + timedelta(days=3), n=1, claimed_by=["a", "b"]),
              _ev(d + timedelta(days=4), n=2, type="protest", claimed_by=["b"])]
    out = compute_stats(events, date_to=d + timedelta(days=9), names={"a": "Group A"})
    assert out["top_actors"][0] == {"id": "a", "name": "Group A", "events": 2, "claimed": 2}
    pauses = {p["id"]: p for p in out["actor_pauses"]}
    assert pauses["a"] == {"id": "a", "last_claimed_attack": "2024-01-04", "days_since": 6}
    assert pauses["b"]["last_claimed_attack"] == "2024-01-04"  # a protest is no attack
    assert out["days"] == 10 and out["daily_average"] == 0.3


def test_network_measures_and_claims_for_edges() -> None:
    rels = [{"subject": "front", "predicate": "front_for", "object": "group",
             "certainty": "confirmed", "source": "kb"},
            {"subject": "group", "predicate": "sponsored_by", "object": "sponsor",
             "certainty": "assessed", "source": "extracted", "evidence": [{"text": "x"}]}]
    events = [{"claimed_by": ["front"], "attributed_to": ["group"], "actors": []},
              {"claimed_by": ["front"], "attributed_to": ["group"], "actors": []}]
    data = network_data(build_graph(rels, events, {"group": {"name": "The Group"}}))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["group"]["name"] == "The Group"
    assert nodes["group"]["betweenness"] == 1.0  # every path front-sponsor runs through it
    assert nodes["front"]["events"] == 2
    claims = [e for e in data["edges"] if e["predicate"] == "claims_for"]
    assert claims == [{"source": "front", "target": "group", "predicate": "claims_for",
                       "certainty": "", "origin": "events", "weight": 2, "evidence": 2}]

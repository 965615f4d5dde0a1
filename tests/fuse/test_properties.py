"""Properties of clustering that hold for any reports (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from axiswatch.fuse.cluster import cluster_sources
from axiswatch.fuse.headline import date_bounds
from axiswatch.fuse.judged import Constraints
from axiswatch.fuse.rules import load_rules

PLACES = [("base-a", "facility", 33.0, 42.0), ("base-b", "facility", 33.02, 42.02),
          ("town-a", "town", 33.05, 42.0), (None, "country", None, None)]


@st.composite
def reports(draw: st.DrawFn) -> list[dict[str, Any]]:
    n = draw(st.integers(min_value=1, max_value=14))
    out = []
    for i in range(n):
        loc, precision, lat, lon = draw(st.sampled_from(PLACES))
        day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 3)))
        src: dict[str, Any] = {
            "id": f"ev-{i:02d}", "doc_id": f"d{draw(st.integers(0, 4))}",
            "type": draw(st.sampled_from(["attack", "strike", "protest"])),
            "subtype": draw(st.sampled_from([None, "drone", "rocket"])),
            "date": day.isoformat(), "date_precision": "day", "location": loc,
            "country": "IQ", "lat": lat, "lon": lon, "geo_precision": precision,
            "actors": [], "claimed_by": draw(st.sampled_from([[], ["g1"], ["g2"]])),
            "attributed_to": [], "target": None, "evidence_text": "rockets hit the base",
        }
        src["date_start"], src["date_end"] = date_bounds(src["date"], "day")
        out.append(src)
    return out


def _partition(sources: list[dict[str, Any]]) -> set[tuple[str, ...]]:
    sides = {s["id"]: frozenset(s["claimed_by"]) for s in sources}
    return {tuple(c.members) for c in cluster_sources(sources, Constraints(), load_rules(), sides)}


@settings(max_examples=60, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_clusters_partition_and_do_not_depend_on_order(sources: list[dict[str, Any]],
                                                       rnd: Any) -> None:
    by_id = {s["id"]: s for s in sources}
    clusters = _partition(sources)
    members = [m for c in clusters for m in c]
    assert sorted(members) == sorted(by_id)  # every report in exactly one event
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    assert _partition(shuffled) == clusters
    for cluster in clusters:
        facilities = {by_id[m]["location"] for m in cluster
                      if by_id[m]["geo_precision"] == "facility"}
        assert len(facilities) <= 1  # two bases are never one event
        assert len({load_rules().family(by_id[m]["type"]) for m in cluster}) == 1
        claimants = {g for m in cluster for g in by_id[m]["claimed_by"]}
        assert len(claimants) <= 1  # two unrelated claimants never share an event

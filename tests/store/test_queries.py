"""Filtered event reads: one table of filters and the events each must return."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from axiswatch.errors import AxiswatchError
from axiswatch.store import Store
from axiswatch.store.queries import (
    EventFilter,
    count_events,
    event_conditions,
    event_geojson,
    select_events,
    select_statement,
    timeline_counts,
)
from axiswatch.store.schema import event_actors, events

NOW = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)

# id, type, date_start, date_end, lat, lon, country, certainty, status, summary, actors
ROWS: list[tuple[Any, ...]] = [
    ("e1", "attack", "2024-02-01", "2024-02-01", 33.3, 44.4, "IQ", "confirmed", "extracted",
     "Rocket attack on a base near the capital", {"g-alpha": "actor"}),
    ("e2", "attack", "2024-02-03", "2024-02-03", 36.2, 44.0, "IQ", "claimed", "confirmed",
     "Drone attack claimed by a front", {"front-a": "claimed_by", "g-alpha": "attributed_to"}),
    ("e3", "strike", "2024-02-03", "2024-02-03", 34.4, 40.9, "SY", "confirmed", "extracted",
     "Air strike on a depot 50% destroyed", {"state-x": "actor", "g-alpha": "target"}),
    ("e4", "meeting", "2024-01-01", "2024-01-31", 35.7, 51.4, "IR", "reported", "extracted",
     "Commanders met in the capital", {"g-beta": "actor"}),
    ("e5", "attack", "2024-02-10", "2024-02-10", 15.3, 44.2, "YE", "assessed", "rejected",
     "Rejected attack report", {"g-beta": "actor"}),
    ("e6", "statement", "2024-02-12", "2024-02-12", None, None, "IQ", "confirmed", "extracted",
     "Group announces a pause", {"g-alpha": "actor"}),
    ("e7", "attack", "2024-02-05", "2024-02-05", -17.0, 179.5, "FJ", "alleged", "extracted",
     "Attack far east", {}),
    ("e8", "sanction", None, None, None, None, None, "confirmed", "merged",
     "Merged away", {}),
    ("e9", "sanction", "2024-01-01", "2024-12-31", None, None, "US", "confirmed", "extracted",
     "Designated during the year", {}),
]


@pytest.fixture
def loaded(store: Store) -> Store:
    with store.begin() as conn:
        for (eid, typ, start, end, lat, lon, cc, cert, status, summary, actors) in ROWS:
            conn.execute(sa.insert(events).values(
                id=eid, type=typ, date=start,
                date_start=dt.date.fromisoformat(start) if start else None,
                date_end=dt.date.fromisoformat(end) if end else None,
                lat=lat, lon=lon, country=cc, certainty=cert, status=status,
                summary=summary, location_name=None, target=None,
                actors=[a for a, r in actors.items() if r == "actor"],
                claimed_by=[], attributed_to=[], target_actors=[], updated_at=NOW,
            ))
            for entity, role in actors.items():
                conn.execute(sa.insert(event_actors).values(
                    event_id=eid, entity_id=entity, role=role))
    return store


VISIBLE = {"e1", "e2", "e3", "e4", "e6", "e7", "e9"}

CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    ("everything visible", {}, VISIBLE),
    ("rejected asked for", {"status": ("rejected",)}, {"e5"}),
    ("date range inside a day", {"date_from": "2024-02-03", "date_to": "2024-02-03"},
     {"e2", "e3", "e9"}),
    ("month overlaps range", {"date_from": "2024-01-15", "date_to": "2024-01-20"}, {"e4", "e9"}),
    ("open end", {"date_from": "2024-02-05"}, {"e6", "e7", "e9"}),
    ("month event covers a later day", {"date_from": "2024-01-31"},
     {"e1", "e2", "e3", "e4", "e6", "e7", "e9"}),
    ("year event covers a day in it", {"date_from": "2024-06-15", "date_to": "2024-06-15"},
     {"e9"}),
    ("year event seen from its first day", {"date_from": "2024-01-01", "date_to": "2024-01-01"},
     {"e4", "e9"}),
    ("open start", {"date_to": "2024-01-31"}, {"e4", "e9"}),
    ("one type", {"types": ("attack",)}, {"e1", "e2", "e7"}),
    ("type as string", {"types": "strike"}, {"e3"}),
    ("two types", {"types": ("strike", "meeting")}, {"e3", "e4"}),
    ("country", {"country": "iq"}, {"e1", "e2", "e6"}),
    ("certainty", {"certainty": ("claimed", "assessed")}, {"e2"}),
    ("bbox iraq", {"bbox": (38.0, 29.0, 49.0, 38.0)}, {"e1", "e2", "e3"}),
    ("bbox across antimeridian", {"bbox": (170.0, -30.0, -170.0, 0.0)}, {"e7"}),
    ("actor in any actor role", {"actors": ("g-alpha",)}, {"e1", "e2", "e6"}),
    ("actor as target", {"actors": ("g-alpha",), "roles": ("target",)}, {"e3"}),
    ("front or group", {"actors": ("front-a", "g-beta")}, {"e2", "e4"}),
    ("text search", {"q": "DRONE"}, {"e2"}),
    ("text with like wildcard", {"q": "50%"}, {"e3"}),
    ("underscore is literal", {"q": "a_b"}, set()),
    ("combined", {"types": ("attack",), "country": "IQ", "date_from": "2024-02-02"}, {"e2"}),
]


@pytest.mark.parametrize(("name", "kwargs", "expected"), CASES, ids=[c[0] for c in CASES])
def test_filter_selects_expected_events(
    loaded: Store, name: str, kwargs: dict[str, Any], expected: set[str]
) -> None:
    flt = EventFilter(**kwargs)
    with loaded.connect() as conn:
        rows = select_events(conn, flt)
        assert {r["id"] for r in rows} == expected
        assert count_events(conn, flt) == len(expected)


def test_pages_are_newest_first_and_disjoint(loaded: Store) -> None:
    with loaded.connect() as conn:
        first = select_events(conn, EventFilter(limit=3))
        second = select_events(conn, EventFilter(limit=4, offset=3))
    assert [r["id"] for r in first] == ["e6", "e7", "e2"]
    assert {r["id"] for r in first}.isdisjoint({r["id"] for r in second})
    assert {r["id"] for r in first + second} == VISIBLE
    assert first[0]["date_start"] == "2024-02-12"
    assert first[0]["actors"] == ["g-alpha"]


def test_geojson_has_only_located_events(loaded: Store) -> None:
    with loaded.connect() as conn:
        fc = event_geojson(conn, EventFilter(country="IQ"))
    assert fc["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in fc["features"]}
    assert set(by_id) == {"e1", "e2"}
    assert by_id["e1"]["geometry"] == {"type": "Point", "coordinates": [44.4, 33.3]}
    assert by_id["e1"]["properties"]["type"] == "attack"


def test_timeline_counts_per_day_and_type(loaded: Store) -> None:
    with loaded.connect() as conn:
        counts = timeline_counts(conn, EventFilter(date_from="2024-02-01", date_to="2024-02-05"))
    # an event counts on its first day, even a year-long one that starts before the range
    assert counts == [
        {"date": "2024-01-01", "type": "sanction", "count": 1},
        {"date": "2024-02-01", "type": "attack", "count": 1},
        {"date": "2024-02-03", "type": "attack", "count": 1},
        {"date": "2024-02-03", "type": "strike", "count": 1},
        {"date": "2024-02-05", "type": "attack", "count": 1},
    ]


@pytest.mark.parametrize("kwargs", [
    {"date_from": "yesterday"},
    {"date_from": "2024-03-01", "date_to": "2024-02-01"},
    {"bbox": (0, 10, 5, 5)},
    {"bbox": (0, 0, 200, 5)},
    {"bbox": (0, 0, 5)},
    {"types": ("picnic",)},
    {"certainty": ("maybe",)},
    {"country": "IRQ"},
    {"limit": -1},
    {"offset": -5},
])
def test_invalid_filters_are_rejected_with_code(kwargs: dict[str, Any]) -> None:
    with pytest.raises(AxiswatchError) as info:
        EventFilter(**kwargs)
    assert info.value.code == "AW501"


def test_conditions_use_indexed_columns() -> None:
    sql = " ".join(
        str(c.compile(compile_kwargs={"literal_binds": True}))
        for c in event_conditions(EventFilter(date_from="2024-02-01", actors=("x",)))
    )
    assert ("events.date_start >= '2024-02-01' OR events.date_start IN ('2024-01-01')") in sql
    assert "event_actors.entity_id IN ('x')" in sql


def test_both_forms_of_the_actor_filter_agree(
    loaded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import axiswatch.store.queries as queries

    flt = EventFilter(actors=("g-alpha", "front-a"))
    with loaded.connect() as conn:
        assert queries.frequent_actors(conn, flt) is False
        rare = select_events(conn, flt)
        assert queries.estimated_events(conn) >= 8
        monkeypatch.setattr(queries, "FREQUENT_ACTOR_LINKS", 1)
        monkeypatch.setattr(queries, "estimated_events", lambda _conn: 0)
        assert queries.frequent_actors(conn, flt) is True
        frequent = select_events(conn, flt)
    assert [r["id"] for r in frequent] == [r["id"] for r in rare] == ["e6", "e2", "e1"]
    sql = str(queries.select_statement(flt, frequent_actors=True))
    assert "EXISTS" in sql


def test_pages_from_a_first_day_merge_both_index_searches(loaded: Store) -> None:
    full = EventFilter(date_from="2024-01-31", limit=100)
    with loaded.connect() as conn:
        everything = [r["id"] for r in select_events(conn, full)]
        pages = [r["id"] for off in range(0, 8, 2)
                 for r in select_events(conn, EventFilter(date_from="2024-01-31",
                                                          limit=2, offset=off))]
        fc = event_geojson(conn, EventFilter(date_from="2024-01-31"))
    # newest first; the month (e4) and the year (e9) that cover the day come last
    assert everything == ["e6", "e7", "e2", "e3", "e1", "e4", "e9"]
    assert pages == everything
    assert {f["id"] for f in fc["features"]} == {"e7", "e2", "e3", "e1", "e4"}


def test_actor_pages_read_the_links_once_on_postgresql(loaded: Store) -> None:
    flt = EventFilter(actors=("g-alpha",), limit=2)
    pg = str(select_statement(flt, dialect="postgresql").compile(
        dialect=sa.dialects.postgresql.dialect()))  # type: ignore[attr-defined]
    assert "ANY (array((SELECT event_actors.event_id" in pg
    assert "IN (SELECT event_actors.event_id" in str(select_statement(flt, dialect="sqlite"))
    with loaded.connect() as conn:
        page = [r["id"] for r in select_events(conn, flt)]
        rest = [r["id"] for r in select_events(conn, EventFilter(actors=("g-alpha",), offset=2))]
        none = select_events(conn, EventFilter(actors=("nobody",)))
    assert page + rest == ["e6", "e2", "e1"]
    assert none == []


def test_country_timeline_is_read_from_the_covering_index_in_group_order(
    loaded: Store,
) -> None:
    flt = EventFilter(date_from="2024-01-15", date_to="2024-02-10", country="IQ")
    with loaded.connect() as conn:
        counts = timeline_counts(conn, flt)
        if conn.dialect.name != "sqlite":
            plan = ""
        else:
            day = events.c.date_start
            stmt = (sa.select(sa.func.min(day), events.c.type, sa.func.count())
                    .where(*event_conditions(flt, split_start=True), day >= flt.date_from)
                    .group_by(day, events.c.type))
            sql = str(stmt.compile(dialect=conn.dialect,
                                   compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert counts == [
        {"date": "2024-02-01", "type": "attack", "count": 1},
        {"date": "2024-02-03", "type": "attack", "count": 1},
    ]
    if plan:
        assert "COVERING INDEX ix_events_country_date" in plan
        assert "TEMP B-TREE" not in plan


def test_a_serial_probe_walk_leaves_the_connection_settings_as_they_were(
    loaded: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import axiswatch.store.queries as queries

    monkeypatch.setattr(queries, "frequent_actors", lambda _conn, _flt: True)
    with loaded.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        show = "SHOW max_parallel_workers_per_gather"
        before = conn.exec_driver_sql(show).scalar() if pg else None
        ids = [r["id"] for r in select_events(conn, EventFilter(actors=("g-alpha",)))]
        after = conn.exec_driver_sql(show).scalar() if pg else None
    assert ids == ["e6", "e2", "e1"]
    assert after == before

"""``axiswatch stats`` and the actor network over a fused store."""

from __future__ import annotations

import json

from click.testing import CliRunner

from axiswatch.analyze.network import actor_network
from axiswatch.cli.main import cli
from axiswatch.fuse import fuse_store
from axiswatch.store import Store
from tests.fixtures.multisource.build import load_into


def _fused(url: str) -> None:
    with Store(url) as store:
        load_into(store)
        fuse_store(store)


def test_stats_json_with_actor_filter_includes_fronts(sqlite_url: str) -> None:
    _fused(sqlite_url)
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "stats", "--actor", "Kata'ib Hezbollah",
                                      "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["actor"] == "kataib-hezbollah"
    assert "ashab-al-kahf" in out["actor_ids"]
    # the Conoco attack (claimed by the façade, attributed to the group), Tower 22, Harir
    assert out["events"] == 3
    assert {a["id"] for a in out["top_actors"]} >= {"ashab-al-kahf", "kataib-hezbollah"}


def test_stats_text_compare_and_filters(sqlite_url: str) -> None:
    _fused(sqlite_url)
    result = CliRunner().invoke(cli, [
        "--db", sqlite_url, "stats", "--from", "2024-01-20", "--to", "2024-02-09",
        "--type", "attack", "--compare", "2024-01-20:2024-01-28,2024-01-29:2024-02-09"])
    assert result.exit_code == 0, result.output
    # five attacks in the first nine days, one in the next twelve
    assert "daily average fell from 0.6 to 0.1" in result.output
    assert "longest gap: 8 days between 2024-01-28 and 2024-02-06" in result.output
    bad = CliRunner().invoke(cli, ["--db", sqlite_url, "stats", "--actor", "Nobody Known"])
    assert bad.exit_code == 1 and "AW501" in bad.output
    bad = CliRunner().invoke(cli, ["--db", sqlite_url, "stats", "--from", "yesterday"])
    assert bad.exit_code == 1 and "AW501" in bad.output


def test_actor_network_from_the_store(store: Store) -> None:
    load_into(store)
    fuse_store(store)
    with store.connect() as conn:
        net = actor_network(conn)
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["islamic-resistance-in-iraq"]["events"] == 5
    assert nodes["kataib-hezbollah"]["degree"] >= 3
    edges = {(e["source"], e["predicate"], e["target"]) for e in net["edges"]}
    assert ("ashab-al-kahf", "front_for", "kataib-hezbollah") in edges
    assert ("ashab-al-kahf", "claims_for", "kataib-hezbollah") in edges
    assert ("kataib-hezbollah", "sponsored_by", "irgc-quds-force") in edges


def test_store_stats_on_both_backends(store: Store) -> None:
    from axiswatch.analyze.select import Selection
    from axiswatch.analyze.stats import store_stats

    load_into(store)
    fuse_store(store)
    with store.connect() as conn:
        out = store_stats(conn, Selection(date_from="2024-01-20", date_to="2024-01-28",
                                          country="IQ"),
                          compare="2024-01-20:2024-01-21,2024-01-27:2024-01-28")
    assert out["events"] == 5  # attacks on Erbil twice, Ain al-Asad, Harir; a strike on Erbil
    assert out["by_type"] == {"attack": 4, "strike": 1}
    assert out["compare"]["sentence"] == "daily average fell from 1.5 to 1.0 (-33%)"


def test_network_from_the_actor_index_matches_the_one_from_events(sqlite_store: Store) -> None:
    from axiswatch.store.queries import MAX_LIMIT, EventFilter, select_events

    load_into(sqlite_store)
    fuse_store(sqlite_store)
    with sqlite_store.connect() as conn:
        by_sql = actor_network(conn)
        by_events = actor_network(conn, events=select_events(conn, EventFilter(limit=MAX_LIMIT)))
    assert by_sql == by_events


def test_actor_names_resolve_through_the_knowledge_pack(sqlite_store: Store) -> None:
    from axiswatch.analyze.select import find_entity
    from axiswatch.fuse.run import _pack

    pack = _pack()
    assert pack is not None, "the knowledge pack must load"
    entity_id = next(i for i, e in pack.entities.items() if e.type == "armed_group")
    name = pack.entities[entity_id].name
    with sqlite_store.connect() as conn:  # an empty store: only the pack knows the name
        assert find_entity(conn, name) == [entity_id]
        assert find_entity(conn, name.upper()) == [entity_id]
        assert find_entity(conn, "zzzz qqqq") == []

"""``axiswatch fuse``, ``event merge`` and ``event split`` as an analyst runs them."""

from __future__ import annotations

import json

from click.testing import CliRunner, Result

from axiswatch.cli.main import cli
from axiswatch.store import Store
from axiswatch.store.fusion import load_sources
from axiswatch.store.judgements import judgements_for
from tests.fixtures.multisource.build import load_into


def _event_cmd(url: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", url, "event", *args])


def _event_of(url: str) -> dict[str, str]:
    with Store(url) as store, store.connect() as conn:
        return {s["id"]: s["event_id"] for s in load_sources(conn)}


def test_fuse_merge_split_round_trip(sqlite_url: str) -> None:
    with Store(sqlite_url) as store:
        _, ids = load_into(store)
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", sqlite_url, "fuse", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"sources": 16, "events": 10, "merged": 4,
                                         "rejected": 0, "deleted": 6, "written": 10}
    of = _event_of(sqlite_url)
    a, b = of[ids["s11"]], of[ids["s12"]]
    result = _event_cmd(sqlite_url, "merge", a, b, "--author", "tester",
                        "--reason", "same drone, wrong date")
    assert result.exit_code == 0, result.output
    merged = min(a, b)
    assert f"into {merged}" in result.output
    assert _event_of(sqlite_url)[ids["s11"]] == _event_of(sqlite_url)[ids["s12"]] == merged
    runner.invoke(cli, ["--db", sqlite_url, "fuse"])
    assert _event_of(sqlite_url)[ids["s11"]] == merged

    result = _event_cmd(sqlite_url, "split", merged, ids["s11"], "--author", "t")
    assert result.exit_code == 0, result.output
    runner.invoke(cli, ["--db", sqlite_url, "fuse"])
    of = _event_of(sqlite_url)
    assert of[ids["s11"]] != of[ids["s12"]]
    with Store(sqlite_url) as store, store.connect() as conn:
        actions = [j["action"] for j in judgements_for(conn, "event", merged)]
    # the merge was recorded on A, the split on the merged event
    assert actions == (["merge"] if merged == a else []) + ["split"]


def test_bad_merge_and_split_are_refused(sqlite_url: str) -> None:
    with Store(sqlite_url) as store:
        _, ids = load_into(store)
    cases = [
        (("merge", ids["s1"], ids["s1"]), "AW502 cannot merge event"),
        (("merge", ids["s1"], "ev-nope"), "AW202 not found: event ev-nope"),
        (("split", ids["s1"], ids["s1"]), "at least one source must stay"),
        (("split", ids["s1"], ids["s2"]), f"has no source(s) {ids['s2']}"),
    ]
    for args, message in cases:
        result = _event_cmd(sqlite_url, *args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output, (args, result.output)

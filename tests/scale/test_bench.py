"""The benchmark machinery: synthetic events, the module runner, ``axiswatch bench``.

Speed is never asserted here; these tests check that the figures are produced
and mean what they say.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.errors import AxiswatchError
from axiswatch.model import CERTAINTIES, EVENT_TYPES
from axiswatch.scale.benchrun import call_run, load_module, run_suites
from axiswatch.scale.synth import DAYS, HOTSPOTS, START, generate

ROOT = Path(__file__).resolve().parents[2]
ACTORS = ["group-a", "group-b", "group-c", "front-d"]


def test_synthetic_events_are_deterministic_batched_and_plausible() -> None:
    batches = list(generate(2500, ACTORS, batch_size=1000, seed=3))
    assert [len(b.events) for b in batches] == [1000, 1000, 500]
    again = [e["id"] for b in generate(2500, ACTORS, batch_size=1000, seed=3) for e in b.events]
    rows = [e for b in batches for e in b.events]
    assert [e["id"] for e in rows] == again
    assert len(set(again)) == 2500
    last = START + dt.timedelta(days=DAYS)
    assert all(START <= e["date_start"] <= e["date_end"] < last + dt.timedelta(days=31)
               for e in rows)
    assert {e["type"] for e in rows} <= set(EVENT_TYPES)
    assert {e["certainty"] for e in rows} <= set(CERTAINTIES)
    assert {e["country"] for e in rows} == {h[0] for h in HOTSPOTS}
    types = Counter(e["type"] for e in rows)
    assert types.most_common(1)[0][0] == "attack"
    # Tempo rises: the last year holds more events than the first.
    years = Counter(e["date_start"].year for e in rows)
    assert years[START.year + 2] > years[START.year]
    # The actor index agrees with the events' actor lists.
    links = {(a["event_id"], a["entity_id"], a["role"]) for b in batches for a in b.event_actors}
    for e in rows:
        for actor in e["actors"]:
            assert (e["id"], actor, "actor") in links
        for actor in e["claimed_by"]:
            assert (e["id"], actor, "claimed_by") in links
    actors = Counter(a for e in rows for a in e["actors"])
    assert set(actors) <= set(ACTORS)
    assert actors.most_common()[0][1] > 2 * actors.most_common()[-1][1]  # skewed


def _module(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")


def test_runner_passes_only_accepted_options_and_keeps_results(tmp_path: Path) -> None:
    bench = tmp_path / "bench"
    bench.mkdir()
    _module(bench, "alpha", "def run(*, sizes):\n    return {'sizes': sizes}\n"
                            "def summarize(r):\n    return f'alpha saw {r[\"sizes\"]}'\n")
    _module(bench, "beta", "def run(**kw):\n    return {'keys': sorted(kw)}\n")
    out = tmp_path / "results"
    text = run_suites(bench, ["alpha", "beta"], out,
                      options={"sizes": [5], "backends": ["sqlite"]})
    assert json.loads((out / "alpha.json").read_text()) == {"sizes": [5]}
    assert json.loads((out / "beta.json").read_text()) == {"keys": ["backends", "sizes"]}
    assert "alpha saw [5]" in text and "## beta" in text
    assert (out / "SUMMARY.md").read_text() == text


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "benchmark module not found"),
        ("x = 1\n", "has no run() function"),
        ("def run():\n    return [1]\n", "not a dict"),
    ],
)
def test_runner_rejects_bad_modules(tmp_path: Path, body: str | None, message: str) -> None:
    if body is not None:
        _module(tmp_path, "broken", body)
    with pytest.raises(AxiswatchError) as caught:
        call_run(load_module(tmp_path, "broken"), {}, None)
    assert caught.value.code == "AW701"
    assert message in str(caught.value)


def test_bench_command_measures_a_small_sqlite_store(tmp_path: Path) -> None:
    out = tmp_path / "results"
    result = CliRunner().invoke(cli, [
        "bench", "--suite", "store", "--sizes", "400", "--backend", "sqlite",
        "--repeats", "3", "--bench-dir", str(ROOT / "bench"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads((out / "store.json").read_text())
    (row,) = figures["results"]
    assert row["backend"] == "sqlite" and row["size"] == row["stored"] == 400
    assert row["ingest_rate"] > 0 and row["peak_rss_mb"] > 0
    assert set(row["queries"]) == {"map", "timeline", "actor", "list"}
    assert all(q["p95_ms"] >= q["p50_ms"] > 0 for q in row["queries"].values())
    assert "| 400 | sqlite |" in (out / "SUMMARY.md").read_text()


def test_bench_command_refuses_unknown_suites(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["bench", "--suite", "nope", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown suite" in result.output


def test_store_runs_at_other_sizes_add_to_the_kept_figures(tmp_path: Path) -> None:
    store_bench = load_module(ROOT / "bench", "store")
    old = {"results": [{"backend": "sqlite", "size": 10}, {"backend": "sqlite", "size": 20}]}
    new = {"when": "now", "results": [{"backend": "sqlite", "size": 20, "x": 1},
                                      {"backend": "postgresql", "size": 30}]}
    merged = store_bench.merge(old, new)
    assert merged["when"] == "now"
    assert merged["results"] == [{"backend": "postgresql", "size": 30},
                                 {"backend": "sqlite", "size": 10},
                                 {"backend": "sqlite", "size": 20, "x": 1}]

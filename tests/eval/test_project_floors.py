"""Pinned floors on the gold sets written for the project, beside the dev gold's:

- ``samples/gold.jsonl``: the sample corpus, annotated by hand without looking at
  the system, then used to develop the extraction;
- ``tests/data/heldout``: reports written and annotated later in another hand,
  first scored blind, then studied during development;
- ``tests/data/heldout2``: ten more reports, scored blind, then studied;
- ``tests/data/heldout3``: eight more reports, scored blind (events F1 0.73), then studied;
- ``tests/data/heldout4``, ``tests/data/heldout5``, ``tests/data/heldout6`` and
  ``tests/data/heldout7``: eight more reports each, scored blind (events F1 0.73, 0.64,
  0.61 and 0.57), then studied;
- ``tests/data/heldout8``: eight more reports, scored blind (events F1 0.61), then
  studied for one round;
- ``tests/data/blind``: twelve reports nobody tuning the extraction reads; only scored.

One extraction run per set. The floors sit a little below what the extraction
reaches; a drop fails CI, and the floors are raised as the scores rise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from axiswatch.cli.main import cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SETS: dict[str, tuple[Path, Path]] = {
    "samples": (ROOT / "samples" / "gold.jsonl", ROOT / "samples" / "corpus"),
    "heldout": (ROOT / "tests" / "data" / "heldout" / "gold.jsonl",
                ROOT / "tests" / "data" / "heldout" / "corpus"),
    "heldout2": (ROOT / "tests" / "data" / "heldout2" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout2" / "corpus"),
    "heldout3": (ROOT / "tests" / "data" / "heldout3" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout3" / "corpus"),
    "heldout4": (ROOT / "tests" / "data" / "heldout4" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout4" / "corpus"),
    "heldout5": (ROOT / "tests" / "data" / "heldout5" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout5" / "corpus"),
    "heldout6": (ROOT / "tests" / "data" / "heldout6" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout6" / "corpus"),
    "heldout7": (ROOT / "tests" / "data" / "heldout7" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout7" / "corpus"),
    "heldout8": (ROOT / "tests" / "data" / "heldout8" / "gold.jsonl",
                 ROOT / "tests" / "data" / "heldout8" / "corpus"),
    "blind": (ROOT / "tests" / "data" / "blind" / "gold.jsonl",
              ROOT / "tests" / "data" / "blind" / "corpus"),
}
FLOORS: dict[str, dict[str, float]] = {
    # reached at pinning time (README, "Extraction quality"), in the order events F1,
    # relations F1, linking, geocoding, date, actors, country: samples 0.955, 0.810,
    # 0.981, 0.964, 0.968, 0.905, 0.968; held-out 0.949, 0.761, 0.942, 0.930, 0.985,
    # 0.862, 0.954; held-out 2 0.927, 0.824, 0.962, 0.903, 0.984, 1.000, 0.953; held-out
    # 3 0.878, 0.780, 0.936, 0.969, 0.902, 0.738, 0.885; held-out 4 0.915, 0.764, 0.937,
    # 0.848, 0.871, 0.786, 0.843; held-out 5 0.802, 0.637, 0.989, 0.950, 0.767, 0.726,
    # 0.507; held-out 6 0.758, 0.637, 0.933, 0.900, 0.693, 0.693, 0.573; held-out 7 0.697,
    # 0.533, 0.961, 0.962, 0.870, 0.804, 0.630; held-out 8 0.614, 0.541, 0.904, 0.720,
    # 0.784, 0.667, 0.824; blind 0.748, 0.633, 0.956, 0.864, 0.872, 0.727, 0.914
    "samples": {"events.f1": 0.93, "relations.f1": 0.80, "linking": 0.95,
                "geocoding.within_25km": 0.95, "arguments.date": 0.95,
                "arguments.actors": 0.90, "arguments.country": 0.95},
    # (held-out geocoding and country were 0.976 and 0.968 until campaigns told in the
    # present perfect matched two more events, one placed in another sea than its gold
    # and one unplaced: the events placed right stayed 40, those in the right country 62)
    "heldout": {"events.f1": 0.92, "relations.f1": 0.74, "linking": 0.93,
                "geocoding.within_25km": 0.93, "arguments.date": 0.97,
                "arguments.actors": 0.84, "arguments.country": 0.95},
    "heldout2": {"events.f1": 0.91, "relations.f1": 0.81, "linking": 0.95,
                 "geocoding.within_25km": 0.89, "arguments.date": 0.98,
                 "arguments.actors": 0.99, "arguments.country": 0.94},
    "heldout3": {"events.f1": 0.89, "relations.f1": 0.76, "linking": 0.92,
                 "geocoding.within_25km": 0.95, "arguments.date": 0.90,
                 "arguments.actors": 0.73, "arguments.country": 0.85},
    "heldout4": {"events.f1": 0.91, "relations.f1": 0.74, "linking": 0.92,
                 "geocoding.within_25km": 0.83, "arguments.date": 0.85,
                 "arguments.actors": 0.76, "arguments.country": 0.82},
    # (held-out 5 date and country were 0.76 and 0.51 until a patron's denial that it
    # directs its partners, told in the present and so undated, matched one more
    # statement, whose gold leaves its country empty: right dates stayed 49, countries 33;
    # date 0.754 fell to 0.742 when funding received on a day matched one more transfer,
    # dated otherwise than its gold: right dates stayed 49; country 0.500 fell to 0.493
    # when a party's declared keeping of a pact matched one more statement, whose gold
    # leaves its country empty: right countries stayed 37)
    "heldout5": {"events.f1": 0.83, "relations.f1": 0.62, "linking": 0.97,
                 "geocoding.within_25km": 0.97, "arguments.date": 0.80,
                 "arguments.actors": 0.71, "arguments.country": 0.49},
    # (held-out 6 date was 0.710 until supplies said by officials though disputed, or
    # told over years with officials as their source, matched two more transfers, which
    # stay undated where their gold takes the report's month: right dates stayed 49)
    "heldout6": {"events.f1": 0.83, "relations.f1": 0.63, "linking": 0.91,
                 # date is a share of matched events: 52 of 75 right, then 53 of 79
                 # when new matches mostly told by the month came in, now 63 of 84
                 "geocoding.within_25km": 0.93, "arguments.date": 0.73,
                 "arguments.actors": 0.75, "arguments.country": 0.57},
    "heldout7": {"events.f1": 0.68, "relations.f1": 0.51, "linking": 0.94,
                 "geocoding.within_25km": 0.94, "arguments.date": 0.87,
                 "arguments.actors": 0.83, "arguments.country": 0.61},
    # (held-out 8, studied for one round: 0.614, 0.561, 0.915, 0.880, 0.824, 0.725, 0.863)
    "heldout8": {"events.f1": 0.60, "relations.f1": 0.54, "linking": 0.90,
                 "geocoding.within_25km": 0.86, "arguments.date": 0.81,
                 "arguments.actors": 0.71, "arguments.country": 0.85},
    "blind": {"events.f1": 0.75, "relations.f1": 0.61, "linking": 0.94,
              "geocoding.within_25km": 0.85, "arguments.date": 0.87,
              "arguments.actors": 0.72, "arguments.country": 0.91},
}
_SCORES: dict[str, dict[str, Any]] = {}


def _scores(name: str) -> dict[str, Any]:
    if name not in _SCORES:
        gold, docs = SETS[name]
        result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), "--docs", str(docs),
                                          "--json", "--no-baseline"])
        assert result.exit_code == 0, result.output
        _SCORES[name] = json.loads(result.stdout)
    return _SCORES[name]


def _get(data: dict[str, Any], dotted: str) -> float:
    value: Any = data
    for part in dotted.split("."):
        value = value[part]
    return float(value)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_annotated_report_is_scored(name: str) -> None:
    gold, _ = SETS[name]
    lines = sum(1 for line in gold.open(encoding="utf-8") if line.strip())
    assert _scores(name)["documents"] == lines
    assert _scores(name)["missing"] == []


@pytest.mark.parametrize(("name", "key"),
                         [(n, k) for n in sorted(FLOORS) for k in sorted(FLOORS[n])])
def test_scores_stay_above_pinned_floors(name: str, key: str) -> None:
    value, floor = _get(_scores(name), key), FLOORS[name][key]
    assert value >= floor, f"{name} {key} fell to {value:.3f} (floor {floor})"

"""Arms unloaded or offloaded from a craft have arrived: a transfer ("an Iranian cargo
plane unloaded weapons at Damascus airport"); goods that are no arms, or rounds
"unloaded" on a target, are none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _transfers(run: Run, text: str) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.location) for e in run(text).events if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver", "place"), [
    ("An Iranian cargo plane unloaded weapons at Damascus airport on Tuesday.", "iran",
     "damascus-international-airport"),
    ("An Iranian plane offloaded crates of missiles at Beirut airport last week, Israeli "
     "officials said.", "iran", "rafic-hariri-international-airport"),
    ("IRGC officers unloaded drone parts from a freighter at Latakia on Sunday, the "
     "monitor said.", "islamic-revolutionary-guard-corps", "latakia"),
])
def test_arms_unloaded(extract: Run, text: str, giver: str, place: str) -> None:
    found = _transfers(extract, text)
    assert found, text
    actors, location = found[0]
    assert giver in actors and location == place


@pytest.mark.parametrize("text", [
    "The ship unloaded its cargo of wheat at Hodeidah port on Monday.",
    "The Houthis unloaded a barrage of rockets on the town on Monday.",
    "An Iranian tanker offloaded fuel at Baniyas on Friday.",
])
def test_no_arms_unloaded(extract: Run, text: str) -> None:
    assert not _transfers(extract, text)

"""A few blows dated to one day are that day's episode: "claimed several attacks on
Israeli troops on Monday"; several over months, or most of them, stay a tally
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Hezbollah claimed several attacks on Israeli troops on Monday.", "attack"),
    ("Hezbollah claimed several attacks on Israeli troops on Monday, killing two soldiers.",
     "attack"),
    ("The Houthis claimed multiple attacks on ships in the Red Sea on Tuesday.", "attack"),
])
def test_several_blows_of_one_day_are_its_episode(extract: Run, text: str, kind: str) -> None:
    assert _blows(extract, text) == [kind]


@pytest.mark.parametrize("text", [
    "Hezbollah has claimed several attacks on Israeli troops since October.",
    "Most of the attacks on Monday were claimed by Hezbollah.",
    "Several attacks on Israeli troops have been claimed by the group in recent months.",
])
def test_several_blows_over_months_stay_a_tally(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []

"""A blow a speaker only judges ("said the attack on its nuclear sites was a grave
escalation") is the one told before, not a new attack; blows told as what filled weeks
or months ("survived weeks of heavy bombing") are a campaign's span, not one occurrence
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize(("text", "blows"), [
    ("US bombers struck the Natanz site on Sunday. Government spokesman Ali Hamid said the "
     "attack on Iran's nuclear facilities was a grave escalation.", ["strike"]),
    ("Israeli jets struck the port of Hodeidah on Saturday. A Houthi official said the "
     "attack on the port was a war crime.", ["strike"]),
    ("US aircraft bombed a militia depot near Qaim on Friday. The Iraqi government said "
     "the attack on its territory was unacceptable.", ["strike"]),
])
def test_a_blow_judged_in_speech_is_the_one_told_before(extract: Run, text: str,
                                                        blows: list[str]) -> None:
    assert _blows(extract, text) == blows


@pytest.mark.parametrize("text", [
    "The Houthis survived weeks of heavy American bombing and lost no territory.",
    "The Houthis endured months of shelling by Saudi forces along the border.",
    "Residents of the town have lived through years of Turkish bombardment.",
])
def test_blows_filling_weeks_are_no_occurrence(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []


@pytest.mark.parametrize("text", [
    "After three days of Turkish bombardment of Duhok on Monday, residents fled.",
    "Two days of Israeli strikes on Tyre killed 14 people, the ministry said.",
    "Kataib Hezbollah fired rockets at Victory base on Monday. The militia said the attack "
    "on Victory base had been carried out by its fighters.",
])
def test_a_dated_or_deadly_span_or_a_told_blow_stays(extract: Run, text: str) -> None:
    assert len(_blows(extract, text)) == 1

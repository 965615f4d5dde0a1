"""Blows told in the present perfect over the past year or decade ("over the past year their
rockets have fallen short", "in the past decade Israel has bombed convoys") are a record,
background and no event; over the past day or week, or dated to a day, they stay the
occurrence the report tells (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(x: Extraction) -> list[tuple[str, str | None]]:
    return [(e.type, e.location) for e in x.events if e.type in ("attack", "strike")]


@pytest.mark.parametrize("text", [
    "Over the past year their rockets have mostly fallen short or been shot down over the "
    "Golan.",
    "Over the last two years, the rebels' missiles have fallen short of the port of Eilat.",
    "Over the past year, militias have fired rockets at the Ain al-Asad base.",
    "For most of the last year the Houthis' missiles have fallen short or been intercepted "
    "over the Red Sea.",
    "During the past two years, Israel has bombed weapons convoys crossing from Iraq into "
    "Syria.",
])
def test_blows_over_the_past_years_are_no_event(extract: Run, text: str) -> None:
    assert _blows(extract(text)) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Over the past day, Hezbollah has fired rockets at Kiryat Shmona, the army said.",
     "kiryat-shmona"),
    ("Over the past week, drones have hit the Harir base twice, officials said.",
     "harir-air-base"),
    ("Their rockets fell short over the Golan on Monday, the army said.", "golan-heights"),
])
def test_blows_of_a_day_or_a_week_stay(extract: Run, text: str, place: str) -> None:
    assert ("attack", place) in _blows(extract(text))

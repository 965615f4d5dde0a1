"""A blow told with other arms at another named place is another blow, even on the
day of one told before (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Hezbollah positions in south Lebanon on Tuesday. An Israeli "
        "drone strike killed two men in a car near Tyre.",
        "Rockets hit Ain al-Asad air base on Monday. A drone attack targeted the Harir base "
        "near Erbil.",
    ],
)
def test_other_arms_at_another_place_are_another_blow(extract: Run, text: str) -> None:
    events = extract(text).events
    assert len(events) == 2
    assert len({e.location for e in events}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck a building in Tyre on Tuesday. The strike killed two men.",
        "Rockets hit Ain al-Asad air base on Monday. The attack caused no casualties.",
    ],
)
def test_a_blow_told_back_stays_one(extract: Run, text: str) -> None:
    assert len(extract(text).events) == 1

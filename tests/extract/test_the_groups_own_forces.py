"""A group's man who says "the group's forces" or "the movement's fighters" will strike
speaks of his own side, as "its forces" does; an outsider saying it forecasts another's
deed (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _threats(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if (e.type, e.subtype) == ("statement", "threat")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Abdul-Malik al-Houthi said the group's forces were ready to attack American warships.",
     "abdul-malik-al-houthi"),
    ("Qais al-Khazali said the movement's fighters were ready to strike US bases.",
     "qais-al-khazali"),
])
def test_a_groups_man_on_the_groups_forces_threatens(extract: Run, text: str,
                                                     speaker: str) -> None:
    assert _threats(extract(text)) == [[speaker]]


@pytest.mark.parametrize("text", [
    "A US official said the group's fighters were ready to attack.",
    "The Pentagon said the militia's fighters were ready to strike US bases.",
])
def test_an_outsider_on_a_groups_forces_threatens_nothing(extract: Run, text: str) -> None:
    assert _threats(extract(text)) == []

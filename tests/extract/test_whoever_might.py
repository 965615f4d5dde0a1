"""A relative clause on "any ship", "anyone" tells of whoever might do a deed, not of a deed
done (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they would sink any American ship that attacked them.",
        "Iran said it would respond to any country that attacked it.",
        "Iran warned anyone who attacked its territory.",
    ],
)
def test_a_deed_of_whoever_might_is_no_attack(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type in ("attack", "strike")]


def test_a_deed_told_of_one_thing_stays(extract: Run) -> None:
    events = extract("The ship that the Houthis attacked on Monday sank.").events
    assert [e.type for e in events] == ["attack"]

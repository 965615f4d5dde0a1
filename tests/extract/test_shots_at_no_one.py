"""Shots fired at no one are no attack (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters fired celebratory gunfire into the air after the speech.",
        "Guards fired into the air to disperse the crowd.",
        "The sailors fired warning shots at the approaching skiff.",
    ],
)
def test_shots_at_no_one_are_no_attack(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired at a police patrol in Kirkuk.",
        "Militants fired rockets into the air base.",
    ],
)
def test_shots_at_someone_stay_an_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["attack"]

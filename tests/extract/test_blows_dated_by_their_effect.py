"""Bare plural blows told as the subject of what they did in the simple past, that effect
dated to a day, were that day's ("rocket attacks on the Green Zone forced the embassy to
sound its alarms on Sunday night"); told with no day, or as a record in the perfect,
they stay a kind (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "date"), [
    ("Rocket attacks on the Green Zone forced the embassy to sound its alarms on Sunday "
     "night.", "2024-02-04"),
    ("Drone attacks on the airport made the authorities suspend all flights on Tuesday.",
     "2024-02-06"),
])
def test_blows_dated_by_their_effect(extract: Run, text: str, date: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert attacks and attacks[0].date == date


@pytest.mark.parametrize("text", [
    "Rocket attacks have forced residents to flee since October.",
    "Rocket attacks forced many families to leave the area, the mayor said on Monday.",
    "Mortar attacks on Camp Taji have become routine.",
])
def test_blows_of_no_day_stay_a_kind(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "attack"]

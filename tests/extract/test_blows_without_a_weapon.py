"""Blows told with no weapon: an armed group hitting targets it does not own, its own
fighters striking a site, and a force or its post hit in the passive; and the goals,
weather and measures that "hit" nothing (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize("text", [
    "The Houthis said on Thursday they had hit vital targets in Ashdod.",
    "Hezbollah said it struck military targets in the western Galilee on Monday.",
    "Kataib Hezbollah fighters hit enemy targets near the Syrian border on Friday.",
])
def test_a_group_hitting_targets_attacks(extract: Run, text: str) -> None:
    assert _blows(extract, text) == ["attack"]


def test_a_groups_own_fighters_strike_a_site(extract: Run) -> None:
    text = ("The Houthis issued a statement on Sunday. The group said its fighters struck "
            "a power station in Ashkelon.")
    assert _blows(extract, text) == ["attack"]


@pytest.mark.parametrize("text", [
    "A US patrol was hit near the Jordanian border on Monday, the Pentagon said.",
    "A military convoy was struck near Deir ez-Zor on Tuesday.",
    "An army outpost was pounded overnight near Kiryat Shmona.",
    "The base was hit by Kataib Hezbollah on Wednesday, officials said.",
])
def test_a_force_or_its_post_hit_is_attacked(extract: Run, text: str) -> None:
    assert _blows(extract, text) == ["attack"]


@pytest.mark.parametrize("text", [
    "The company hit its sales targets on Monday.",
    "The government said it had hit its inflation target.",
    "The base was hit by a power outage on Monday.",
    "The army was hit by budget cuts on Monday.",
    "US forces were struck by the scale of the damage.",
    "The region was hit by a heatwave on Monday.",
    "The storm hit the coast on Monday.",
    "The two sides struck a deal on Monday.",
    "Oil prices hit a record on Monday.",
])
def test_goals_weather_and_measures_hit_nothing(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []

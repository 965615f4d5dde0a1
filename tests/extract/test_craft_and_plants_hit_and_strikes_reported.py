"""Craft and plants hit with no doer told, and blows a passive verb of report places on a
named place (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "A Liberian-flagged tanker was struck off the coast of Hodeidah on Monday, the "
        "maritime agency said.",
        "The bulk carrier was hit about 60 nautical miles southwest of Aden on Tuesday.",
        "An oil facility near Erbil was hit on Wednesday night, Kurdish officials said.",
        "The gas field in Sulaimaniyah was struck on Friday, halting output.",
    ],
)
def test_a_craft_or_plant_hit_is_an_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The freighter was hit by a large wave off Oman on Tuesday.",
        "The tanker was struck by lightning in the port of Fujairah.",
        "The refinery was hit hard on Monday.",
        "The facility was struck off the sanctions list in May.",
        "The vessel was struck from the shipping register on Monday.",
        "The pipeline was hit by a fire on Monday.",
    ],
)
def test_a_craft_or_plant_hit_by_no_blow_is_no_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes were also reported on the Mezzeh district of Damascus.",
        "Israeli strikes were reported near Qusayr on Sunday night.",
        "Attacks were also reported against Kurdish positions near Erbil.",
    ],
)
def test_blows_reported_on_a_named_place_are_one_occurrence(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type in ("attack", "strike")]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes are often reported in the Bekaa valley.",
        "Airstrikes were reported, the agency said.",
    ],
)
def test_blows_reported_as_a_habit_or_nowhere_are_no_occurrence(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []

"""A raid by an armed band is its attack, one by a state's forces a strike; fire opened on
protesters is force against a protest, not an attack; celebratory gunfire that rings out fires at
no one (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events]


@pytest.mark.parametrize("text", [
    "The group's fighters raided an army post near Idlib on Monday.",
    "Fighters raided a police station near Deir ez-Zor on Monday.",
    "Rebels raided a border post near Daraa on Tuesday.",
    "Militants launched a strike on an army post near Kirkuk on Monday.",
    "Rebels carried out a raid on a police station near Daraa on Monday.",
    "A militia drone strike hit the base on Monday.",
])
def test_a_raid_by_an_armed_band_is_an_attack(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["attack"]


@pytest.mark.parametrize("text", [
    "Israeli forces raided the Jenin camp on Monday.",
    "Iraqi security forces raided a militia headquarters in Baghdad on Monday.",
    "US forces launched a strike on a militia depot near Qaim on Monday.",
    "A strike on militia positions near Qaim killed four fighters on Monday.",
])
def test_a_raid_by_a_states_forces_is_a_strike(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["strike"]


@pytest.mark.parametrize("text", [
    "Security forces opened fire on protesters in Baghdad on Friday, killing two.",
    "Troops shot at protesters in Basra on Friday.",
    "Riot police opened fire on demonstrators in Nasiriyah on Sunday.",
])
def test_fire_opened_on_protesters_is_no_attack(extract: Run, text: str) -> None:
    assert "attack" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a patrol near Basra on Monday.",
    "Militants opened fire on soldiers at a checkpoint near Kirkuk on Monday.",
])
def test_fire_opened_on_a_force_is_an_attack(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["attack"]


@pytest.mark.parametrize("text", [
    "Celebratory gunfire rang out across Gaza on Monday.",
    "Ceremonial gunfire rang out over the cemetery on Sunday.",
])
def test_celebratory_gunfire_that_rings_out_is_no_attack(extract: Run, text: str) -> None:
    assert _types(extract, text) == []


def test_gunfire_that_rings_out_near_an_embassy_is_an_attack(extract: Run) -> None:
    text = "Gunfire rang out near the embassy in Baghdad on Monday."
    assert _types(extract, text) == ["attack"]

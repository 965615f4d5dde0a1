"""Strikes told beside other words: a deed in a clause of time that the strike follows,
a blow named by someone ("in what X called a strike")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "weapon"), [
    ("The United States hit a militia depot near Mayadin on Thursday, a few hours after a "
     "drone injured four US contractors at Tanf.", None),
    ("Israeli jets struck a Hezbollah site in Tyre a day after a drone hit a barracks in "
     "Safed.", "airstrike"),
])
def test_the_weapon_of_the_deed_a_strike_follows_is_not_its_own(
        extract: Run, text: str, weapon: str | None) -> None:
    strike = one_event(extract(text), "strike")
    assert strike.weapon == weapon


def test_a_strike_told_with_its_own_weapon_keeps_it(extract: Run) -> None:
    strike = one_event(extract("A US drone struck a car near Qaim hours after rockets "
                               "landed near a base in Anbar."), "strike")
    assert strike.weapon == "drone"


@pytest.mark.parametrize(("text", "place"), [
    ("Mourners in Tehran buried an IRGC brigadier who was killed over the weekend in what "
     "Iran described as an Israeli missile strike near Homs.", "homs"),
    ("A Hezbollah field commander was killed on Tuesday in what Lebanon described as an "
     "Israeli drone strike in Nabatieh.", "nabatieh"),
])
def test_who_names_the_blow_is_not_where_it_fell(extract: Run, text: str,
                                                 place: str) -> None:
    killing = one_event(extract(text), "killing")
    assert killing.location == place


def test_who_names_the_blow_leaves_no_place_when_none_is_told(extract: Run) -> None:
    killing = one_event(extract("A senior commander of the Quds Force was killed on Tuesday "
                                "in what Iran called an Israeli air strike."), "killing")
    assert killing.location is None


@pytest.mark.parametrize("text", [
    "The United States bombed two warehouses used by the Harakat Tamim group near Deir "
    "ez-Zor on Monday.",
    "France bombed a training camp of the brigade near Raqqa on Sunday.",
])
def test_a_state_that_bombs_names_no_munition(extract: Run, text: str) -> None:
    assert one_event(extract(text), "strike").weapon is None


@pytest.mark.parametrize(("text", "event_type", "weapon"), [
    ("Israeli jets bombed a depot near Palmyra on Monday.", "strike", "airstrike"),
    ("Israel fired missiles at a depot near Palmyra on Monday.", "strike", "missile"),
    ("Militants bombed a bus in Quetta on Monday, killing four.", "attack", "bomb"),
])
def test_a_munition_or_craft_told_stays_the_weapon(extract: Run, text: str,
                                                   event_type: str, weapon: str) -> None:
    assert one_event(extract(text), event_type).weapon == weapon

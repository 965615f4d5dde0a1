"""Harm a weapon does (a mine damaging a ship, a bomb wounding soldiers), a grenade
thrown, a blast through a crowded site and a ship's own report of an explosion near it
are attacks; harm with no weapon, the toll of an act told before and the time of
another act are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "subtype", "weapon"),
    [
        ("A limpet mine damaged a chemical tanker anchored off Fujairah on Tuesday.",
         "ied", "mine"),
        ("An oil tanker was damaged by a naval mine in the Gulf of Oman on Friday.",
         "ied", "mine"),
        ("A mortar shell damaged two houses in the Karrada district of Baghdad on Sunday.",
         "mortar", "mortar"),
        ("An explosive device wounded four policemen near Jalawla on Wednesday.",
         "ied", "ied"),
        ("Masked men hurled a hand grenade at the Iranian consulate in Basra overnight.",
         "bombing", "grenade"),
    ],
)
def test_a_weapon_that_harms_is_an_attack(extract: Run, text: str, subtype: str,
                                          weapon: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.subtype, ev.weapon) == ("attack", subtype, weapon)


@pytest.mark.parametrize(
    "text",
    [
        "A bulk carrier reported an explosion close to the ship off Mokha on Monday.",
        "A bomb blast tore through a crowded bazaar in Quetta on Thursday.",
    ],
)
def test_a_blast_at_a_ship_or_a_crowded_site_is_an_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain damaged dozens of homes in Mosul on Sunday.",
        "The player injured his knee in training on Tuesday.",
        "Militia leaders threw their support behind the new prime minister.",
        "US jets bombed a depot near al-Qaim hours after a rocket wounded two contractors.",
    ],
)
def test_harm_without_a_weapon_doing_it_is_no_new_attack(extract: Run, text: str) -> None:
    events = extract(text).events
    assert sum(e.type == "attack" for e in events) == 0

"""Attacks and protests told without the common trigger words (munitions that reach or
rain down on a place, bombs that go off, knives, firebombs, crowds that march or chant),
and the other senses of those words (markets that rally, teams that storm to a win,
accidents and illnesses)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Cruise missiles reached the outskirts of Ashdod on Sunday night.", "missile"),
        ("Dozens of rockets rained down on Nahariya on Monday.", "rocket"),
        ("An explosive device went off near a patrol in Kirkuk on Friday.", "ied"),
        ("A van belonging to a militia leader was riddled with bullets in Hilla on Monday.",
         "gunfire"),
        ("An attacker stabbed two guards outside the consulate in Vienna on Tuesday.",
         "stabbing"),
        ("Unknown men firebombed a Shiite centre in Hamburg on Sunday.", "arson"),
        ("Rival militiamen exchanged fire in Tal Afar on Thursday.", "gunfire"),
        ("Two guards were gunned down outside a court in Kabul on Tuesday.", "gunfire"),
        ("A hand grenade was thrown at a police post in Quetta on Monday.", "bombing"),
    ],
)
def test_unusual_wording_of_an_attack(extract: Run, text: str, subtype: str) -> None:
    assert ("attack", subtype) in {(e.type, e.subtype) for e in extract(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL — Explosions rocked the Ankawa district on Wednesday night.",
        "SANAA — Missiles hit the port of Hodeidah on Tuesday.",
    ],
)
def test_an_attack_after_a_dateline(extract: Run, text: str) -> None:
    assert "attack" in {e.type for e in extract(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Iranian drones reached the Houthis through Oman last spring.",
        "Iran's drone industry reached a turning point in 2021.",
        "The fire alarm went off in the hotel on Monday.",
    ],
)
def test_arrival_without_a_blow_is_no_attack(extract: Run, text: str) -> None:
    assert not {e.type for e in extract(text).events} & {"attack", "strike"}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Thousands of students marched through Isfahan on Monday.", "demonstration"),
        ("Supporters of the cleric chanted slogans outside the court in Manama on Sunday.",
         "demonstration"),
        ("Hundreds held a candlelight vigil in Karachi on Friday.", "commemoration"),
    ],
)
def test_a_crowd_marching_chanting_or_keeping_vigil_protests(extract: Run, text: str,
                                                             subtype: str) -> None:
    assert ("protest", subtype) in {(e.type, e.subtype) for e in extract(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "The lira rallied against the dollar on Thursday.",
        "Oil prices rallied on Wednesday after the tanker seizure.",
        "Members of parliament rallied behind the speaker on Monday.",
        "A rally in bond prices continued on Friday.",
        "Esteghlal stormed to a 3-1 victory on Saturday.",
        "The delegates stormed out of the conference hall on Sunday.",
        "Stocks of shipping firms shot up on Tuesday.",
        "A boiler explosion killed three workers at a plant in Arak on Monday.",
        "The former minister died of a heart attack in Tehran on Sunday.",
        "Soldiers marched into the village on Monday.",
    ],
)
def test_other_senses_are_no_violence_or_protest(extract: Run, text: str) -> None:
    assert not {e.type for e in extract(text).events} & {"attack", "strike", "protest"}


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators blocked the road to the airport in Basra on Sunday.",
        "Hundreds of protesters burned tyres outside the governor's office in Kut on Monday.",
    ],
)
def test_a_crowd_blocking_or_burning_protests(extract: Run, text: str) -> None:
    assert "protest" in {e.type for e in extract(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Washington blocked a draft resolution at the UN on Thursday.",
        "Villagers burned rice straw in the fields near Gorgan on Monday.",
    ],
)
def test_blocking_or_burning_by_no_crowd_is_no_protest(extract: Run, text: str) -> None:
    assert "protest" not in {e.type for e in extract(text).events}


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("A tank shell hit a school in the village of Khiam on Monday.", "artillery"),
        ("An unknown projectile hit a tanker off Aden on Sunday.", "projectile"),
    ],
)
def test_shells_and_projectiles_are_munitions(extract: Run, text: str, weapon: str) -> None:
    assert ("attack", weapon) in {(e.type, e.weapon) for e in extract(text).events}


def test_found_dead_with_gunshot_wounds_is_a_killing(extract: Run) -> None:
    text = "A tribal elder was found dead with gunshot wounds in Deir ez-Zor on Friday."
    assert "killing" in {e.type for e in extract(text).events}


def test_found_dead_with_no_weapon_is_no_killing(extract: Run) -> None:
    text = "A retired general was found dead at his home in Isfahan on Friday."
    assert "killing" not in {e.type for e in extract(text).events}


def test_a_blow_on_a_target_told_before_is_no_new_attack(extract: Run) -> None:
    text = ("Houthi forces attacked a bulk carrier off Mokha on Monday. A skiff approached the "
            "vessel, and a missile struck it as well.")
    assert [e.type for e in extract(text).events].count("attack") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds joined a march in Hodeidah on Friday against the blockade.",
        "Mourners thronged the streets of Najaf on Monday for the commander's funeral.",
    ],
)
def test_a_march_joined_or_streets_thronged_is_a_protest(extract: Run, text: str) -> None:
    assert "protest" in {e.type for e in extract(text).events}


def test_gunfire_that_erupts_is_an_attack(extract: Run) -> None:
    text = "Heavy gunfire erupted near the governor's office in Basra on Tuesday night."
    assert ("attack", "gunfire") in {(e.type, e.subtype) for e in extract(text).events}


def test_gunfire_told_as_a_sound_is_no_attack(extract: Run) -> None:
    text = "Residents said the gunfire was a sign of celebration after the match."
    assert "attack" not in {e.type for e in extract(text).events}

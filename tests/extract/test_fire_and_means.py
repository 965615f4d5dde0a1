"""Attacks told by what came under fire, the means named after the target ("attacked a
base with drones", "with a drone boat"), bombs planted, tolls of nobody and deeds told
as a first."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from axiswatch.nlp.numbers import injured_count, killed_count

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A Peshmerga patrol came under fire near Makhmur on Monday.", "makhmour"),
        ("A fuel convoy came under fire near Rutba on Tuesday.", "rutba"),
        ("The Ain al-Asad air base came under fire on Tuesday.", "ain-al-asad-air-base"),
    ],
)
def test_troops_or_a_site_that_came_under_fire_were_attacked(extract: Run, text: str,
                                                            location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location, ev.weapon) == ("attack", location, None)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under fire from critics on Tuesday.",
        "The embassy came under fire over its handling of the visa crisis on Tuesday.",
        "The minister came under fire from lawmakers on Monday.",
        "The government came under fire for its response to the floods.",
    ],
)
def test_blame_that_comes_under_fire_is_no_attack(extract: Run, text: str) -> None:
    assert extract(text).events == []


def test_who_fired_is_told_by_from(extract: Run) -> None:
    [ev] = extract("The base came under rocket fire from Kataib Hezbollah on Monday.").events
    assert (ev.type, ev.actors, ev.weapon) == ("attack", ["kataib-hezbollah"], "rocket")


def test_where_the_fire_came_from_is_no_doer(extract: Run) -> None:
    [ev] = extract("Israeli positions came under rocket fire from Lebanon on Monday.").events
    assert (ev.type, ev.actors, ev.target_actors) == ("attack", [], ["israel"])


@pytest.mark.parametrize(
    ("text", "weapon", "target"),
    [
        ("Militants attacked a Turkish base in Bashiqa with drones on Monday.", "drone",
         "a Turkish base in Bashiqa"),
        ("Ansar Allah targeted the freighter Amber Gull with an explosive-laden boat on "
         "Monday.", "unmanned surface vessel", "the freighter Amber Gull"),
        ("Yemeni rebels attacked a grain carrier with an uncrewed surface vessel on Monday.",
         "unmanned surface vessel", "a grain carrier"),
    ],
)
def test_the_means_named_after_the_target_is_the_weapon(extract: Run, text: str, weapon: str,
                                                       target: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon, ev.target) == ("attack", weapon, target)


def test_guards_armed_with_rifles_stay_part_of_the_target(extract: Run) -> None:
    [ev] = extract("Militants attacked a checkpoint manned by soldiers with assault rifles "
                   "near Baiji on Tuesday.").events
    assert ev.target is not None and "assault rifles" in ev.target


def test_explosives_planted_under_a_vehicle_are_placed_by_the_vehicle(extract: Run) -> None:
    [ev] = extract("Unknown assailants planted explosives under a fuel truck in Diwaniyah "
                   "on Wednesday.").events
    assert (ev.type, ev.location) == ("attack", "diwaniyah")


def test_a_bomb_planted_under_a_car_that_kills_is_one_killing(extract: Run) -> None:
    [ev] = extract("An explosive device planted under his car killed a militia commander "
                   "in Amara on Friday.").events
    assert (ev.type, ev.weapon) == ("killing", "ied")


def test_a_bomb_planted_by_a_named_group_keeps_its_doer(extract: Run) -> None:
    [ev] = extract("A bomb planted by Hezbollah killed three soldiers near Tikrit on "
                   "Saturday.").events
    assert (ev.type, ev.actors, ev.killed) == ("attack", ["hezbollah"], 3)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets struck near the embassy on Saturday; no one was hurt.",
        "No one was killed in the attack.",
        "Not one soldier was wounded.",
    ],
)
def test_nobody_is_no_count(text: str) -> None:
    assert (killed_count(text), injured_count(text)) == (None, None)


def test_one_counted_after_another_still_counts() -> None:
    assert (killed_count("One was killed and two were hurt."),
            injured_count("One was killed and two were hurt.")) == (1, 2)


def test_a_deed_told_as_a_first_is_the_one_told_before(extract: Run) -> None:
    events = extract("Ansar Allah fighters attacked the freighter Amber Gull with a sea drone "
                     "near Salif on February 3. It was the second occasion since June on which "
                     "an Ansar Allah sea drone has struck a cargo vessel.").events
    assert [(ev.type, ev.date) for ev in events] == [("attack", "2024-02-03")]


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        ("The Houthis claimed to have fired a missile at a US destroyer on Monday.",
         ["houthis"]),
        ("Kataib Hezbollah claimed to have launched drones at a base in Erbil on Sunday.",
         ["kataib-hezbollah"]),
    ],
)
def test_a_group_that_claimed_to_have_struck_claims_it(extract: Run, text: str,
                                                      claimed_by: list[str]) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors, ev.claimed_by, ev.certainty) == (
        "attack", [], claimed_by, "claimed")


@pytest.mark.parametrize(
    "blame",
    [
        "Kataib Hezbollah was likely behind it.",
        "US officials said Kataib Hezbollah is believed to be behind it.",
    ],
)
def test_a_group_behind_it_is_held_responsible(extract: Run, blame: str) -> None:
    [ev] = extract("Rockets struck the Balad air base on Monday. " + blame).events
    assert (ev.type, ev.attributed_to) == ("attack", ["kataib-hezbollah"])


@pytest.mark.parametrize(
    "after",
    [
        "Kataib Hezbollah stood behind it in the election.",
        "The militia has many supporters behind it.",
    ],
)
def test_support_behind_something_else_blames_no_one(extract: Run, after: str) -> None:
    [ev] = extract("Rockets struck the Balad air base on Monday. " + after).events
    assert ev.attributed_to == []

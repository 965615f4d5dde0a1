"""Attacks, strikes and killings in more of the ways reporting tells them: a target
that comes under fire, warplanes that pound, a run of blasts on one day, a targeted
killing named by its noun phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def test_a_target_that_comes_under_fire_is_attacked_not_the_attacker(extract: Run) -> None:
    [ev] = extract("Coalition troops in Hasakah came under mortar fire late on Thursday.").events
    assert (ev.type, ev.weapon, ev.actors) == ("attack", "mortar", [])


def test_coming_under_fire_from_critics_is_no_attack(extract: Run) -> None:
    assert extract("The speaker came under fire from opposition deputies on Monday.").events == []


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [
        ("Israeli warplanes pounded Hezbollah sites around Bint Jbeil on Sunday.",
         "strike", ["israel"]),
        ("Houthi fighters pounded government lines outside Marib with artillery on Friday.",
         "attack", ["houthis"]),
    ],
)
def test_pounding_with_weapons_is_a_strike_or_an_attack_by_its_doer(
        extract: Run, text: str, etype: str, actors: list[str]) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors) == (etype, actors)


def test_pounding_without_a_weapon_is_no_attack(extract: Run) -> None:
    assert extract("Protesters pounded on the doors of the ministry on Monday.").events == [] or \
        all(e.type not in ("attack", "strike") for e in extract(
            "Protesters pounded on the doors of the ministry on Monday.").events)


def test_a_run_of_blasts_on_one_day_is_one_attack(extract: Run) -> None:
    [ev] = extract("A string of explosions hit an ammunition depot near Kirkuk on Tuesday.").events
    assert ev.type == "attack"


def test_the_targeted_killing_of_an_officer_is_a_killing(extract: Run) -> None:
    [ev] = extract("Israel conducted the targeted killing of an IRGC general in Beirut on "
                   "Friday.").events
    assert (ev.type, ev.actors) == ("killing", ["israel"])


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups in Syria have historically shelled Kurdish positions after Turkish raids.",
        "Tehran trained the militia's cadres to launch explosive drones.",
        "The new rockets are designed to strike ships at long range.",
    ],
)
def test_habits_skills_and_designs_are_no_attacks(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_a_weapon_pounding_a_place_is_named_by_its_noun_phrase(extract: Run) -> None:
    events = extract("Rockets pounded the outskirts of Kfar Kila on Monday.").events
    assert [e.type for e in events] == ["attack"]


def test_fighter_jets_strike_for_a_state_and_a_name_inside_the_weapon_acts(
        extract: Run) -> None:
    [ev] = extract("Early on Friday, an IAF fighter jet hit a rocket launcher near Tyre.").events
    assert (ev.type, ev.actors) == ("strike", ["israeli-air-force"])
    [ev] = extract("Fighter jets bombed an arms depot near Hama on Saturday.").events
    assert ev.type == "strike"


def test_a_run_of_strikes_told_in_the_simple_past_is_one_episode(extract: Run) -> None:
    events = extract("US bombers conducted a wave of strikes on militia depots near "
                     "al-Bukamal, the Pentagon said.").events
    assert [e.type for e in events] == ["strike"]


def test_drones_intercepted_on_their_way_to_a_base_are_no_cargo(extract: Run) -> None:
    events = extract("Coalition forces intercepted three drones headed for a base near "
                     "Hasakah on Sunday.").events
    assert all(e.type != "transfer" for e in events)


def test_warplanes_named_around_an_assault_leave_it_an_assault(extract: Run) -> None:
    events = extract("Hundreds of militiamen broke into the compound of the Turkish consulate "
                     "in Mosul on Monday, angered by Turkish air strikes.").events
    assert [e.type for e in events if e.type in ("attack", "strike")] == ["attack"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Israeli Air Force hit a Hamas tunnel shaft in Khan Younis on Sunday.",
         ["israeli-air-force"]),
        ("US forces hit three Houthi missile launchers near Hodeidah on Thursday.",
         ["united-states"]),
    ],
)
def test_a_state_that_hits_a_site_strikes_it(extract: Run, text: str, actors: list[str]) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors) == ("strike", actors)


@pytest.mark.parametrize(
    "text",
    [
        "Israel hit the headlines again on Tuesday after the vote.",
        "The US Treasury hit the exchange house with sanctions on Friday.",
        "Iraq's oil exports hit a record in March.",
        "The minister's remark struck a nerve in Tehran on Monday.",
    ],
)
def test_idioms_and_measures_of_hitting_are_no_strike(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []

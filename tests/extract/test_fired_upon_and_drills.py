"""Shots fired at or on a target, sites a group destroys, ships named before what they
are, blows that halt or stop something, and the shots of an exercise, which hit no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actor", "location"),
    [
        ("The Houthis fired at a Saudi border checkpoint near Najran on Monday.",
         "houthis", "najran"),
        ("Hezbollah fired on an Israeli military position near Metula on Sunday.",
         "hezbollah", "metula"),
        ("Masked gunmen fired upon a police station in Zahedan late on Friday.",
         None, "zahedan"),
        ("Unidentified militants fired at a supply convoy near Fallujah overnight.",
         None, "fallujah"),
    ],
)
def test_shots_fired_at_or_on_a_target_are_an_attack(extract: Run, text: str,
                                                     actor: str | None, location: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location == location
    assert (actor in ev.actors) if actor else ev.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry fired its spokesman on Tuesday after the interview.",
        "Officials in Baghdad fired back at critics of the budget on Monday.",
        "The Houthis fired on Tuesday, according to a spokesman.",
    ],
)
def test_other_senses_of_firing_are_no_attack(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_a_group_destroying_a_named_post_is_an_attack(extract: Run) -> None:
    ev = one_event(extract("Houthi fighters destroyed a Saudi observation post in Jizan "
                           "on Wednesday."), "attack")
    assert ("houthis" in ev.actors, ev.location) == (True, "jizan")


def test_a_ship_named_before_what_it_is_is_seized(extract: Run) -> None:
    ev = one_event(extract("Houthi gunmen seized the Aurora Star, a bulk carrier bound for "
                           "Jeddah, in the Red Sea on Tuesday."), "attack")
    assert (ev.subtype, "houthis" in ev.actors) == ("hijacking", True)


def test_a_blow_that_halts_something_still_happened(extract: Run) -> None:
    ev = one_event(extract("A drone attack on the Chamchamal power station halted "
                           "electricity supplies on Thursday."), "attack")
    assert ev.weapon == "drone"


def test_halting_attacks_is_no_attack(extract: Run) -> None:
    x = extract("The militia halted its attacks on American bases on Monday.")
    assert [e for e in x.events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian navy fired cruise missiles at floating dummy targets in the Gulf "
        "of Oman on Friday.",
        "Revolutionary Guards units launched drones at mock enemy bases during war games "
        "near Isfahan on Thursday.",
        "The army staged a large exercise near Tabriz on Monday, firing rockets at hills.",
    ],
)
def test_shots_of_an_exercise_are_no_blow(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Tabriz began a strike over unpaid salaries on Sunday.",
        "Coal miners in Kerman went on strike on Tuesday.",
    ],
)
def test_a_strike_of_workers_is_a_labour_strike(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "protest")
    assert ev.subtype == "labor_strike"


def test_a_plural_after_a_town_and_country_dateline_is_a_weapon(extract: Run) -> None:
    ev = one_event(extract("KIRKUK, Iraq — Mortars hit a Popular Mobilization Forces "
                           "checkpoint near Kirkuk on Sunday night, police said."), "attack")
    assert (ev.weapon, ev.location) == ("mortar", "kirkuk")


def test_what_a_military_called_its_targets_are_struck(extract: Run) -> None:
    ev = one_event(extract("Turkish jets struck what the ministry called shelters of "
                           "militants near Sinjar on Friday."), "strike")
    assert ev.location == "sinjar"


def test_blows_two_sides_dealt_each_other_are_summed_up(extract: Run) -> None:
    x = extract("Over three days, Israel and Hezbollah shelled each other's border villages.")
    assert [e for e in x.events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize("adjective", ["repeated", "frequent", "sporadic"])
def test_a_habit_of_attacks_is_no_occurrence(extract: Run, adjective: str) -> None:
    x = extract(f"The Baloch group has carried out {adjective} attacks on border guards.")
    assert [e for e in x.events if e.type in ("attack", "strike")] == []


def test_the_group_a_claimant_fronts_for_is_held_responsible(extract: Run) -> None:
    ev = one_event(extract("Ashab al-Kahf claimed a rocket attack on a coalition base near "
                           "Nasiriyah on Tuesday.\n\nResearchers describe Ashab al-Kahf as a "
                           "front for Asaib Ahl al-Haq."), "attack")
    assert (ev.claimed_by, ev.attributed_to) == (["ashab-al-kahf"], ["asaib-ahl-al-haq"])


def test_a_named_foe_eliminated_is_a_targeted_killing(extract: Run) -> None:
    ev = one_event(extract("The army said its jets had eliminated Hassan Qassem, a Radwan "
                           "Force commander, near Bint Jbeil on Sunday."), "killing")
    assert (ev.subtype, ev.location) == ("targeted_killing", "bint-jbeil")


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet eliminated import duties on medicine in April.",
        "The new radar eliminated the need for patrols along the border.",
    ],
)
def test_eliminating_no_one_is_no_killing(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "killing"] == []


def test_a_group_downing_a_state_craft_its_owner_names_deals_the_blow(extract: Run) -> None:
    ev = one_event(extract("The Houthis downed a US MQ-9 Reaper drone over Saada on Friday, "
                           "the group said."), "attack")
    assert ev.actors == ["houthis"]


def test_people_seized_in_a_raid_give_no_strike(extract: Run) -> None:
    x = extract("A court in Basra freed most of the militiamen detained last month in a "
                "dawn raid on a farm near Zubair.")
    assert [e for e in x.events if e.type in ("attack", "strike")] == []


def test_a_raid_told_back_is_the_arrest_it_made(extract: Run) -> None:
    x = extract("Police commandos stormed a warehouse in Kirkuk on Sunday and arrested "
                "eight smugglers.\n\nThe raid was the largest against Asaib Ahl al-Haq "
                "this year.")
    arrest = one_event(x, "arrest")
    assert [e.type for e in x.events if e.type == "strike"] == []
    assert "asaib-ahl-al-haq" not in arrest.attributed_to

"""Warplane and armed drone models told as the doers of a blow ("French Rafales hit",
"US F-15s struck"): a state's strike, never a group named after the craft."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_a_model_with_a_state_adjective_is_that_states_strike(extract: Run) -> None:
    ev = one_event(extract("British Tornados hit two militia depots near Raqqa on "
                           "Tuesday night."), "strike")
    assert ev.actors == ["united-kingdom"] and ev.location == "raqqa"


def test_a_designation_after_a_country_is_that_countrys_strike(extract: Run) -> None:
    ev = one_event(extract("US F-15s bombed a drone workshop outside Sanaa on Friday."),
                   "strike")
    assert ev.actors == ["united-states"]


def test_a_model_bombing_is_no_attack_by_a_new_group(extract: Run) -> None:
    x = extract("Israeli F-16s reportedly bombed a convoy near Qusayr on Saturday.")
    ev = one_event(x, "strike")
    assert ev.actors == ["israel"]
    assert [e for e in x.events if e.type == "attack"] == []


def test_a_storm_is_no_warplane(extract: Run) -> None:
    x = extract("A tornado hit a village near Basra on Monday, destroying twelve homes.")
    assert [e for e in x.events if e.type in ("strike", "attack")] == []


def test_a_model_in_a_fleet_is_no_strike(extract: Run) -> None:
    x = extract("The air force flies F-35s and Typhoons from bases in Cyprus.")
    assert [e for e in x.events if e.type in ("strike", "attack")] == []


def test_an_armed_drone_model_is_a_state_drone_strike(extract: Run) -> None:
    ev = one_event(extract("MQ-9 drones struck a car near Al-Qaim on Monday night."), "strike")
    assert ev.subtype == "drone_strike"


def test_a_model_and_its_kind_name_the_state(extract: Run) -> None:
    ev = one_event(extract("Turkish TB2 drones hit PKK hideouts near Makhmour on "
                           "Sunday."), "strike")
    assert ev.actors == ["turkey"]

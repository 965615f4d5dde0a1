"""Arms sold, charged or arriving from a named source; measures that "hit" those they
reach; custody verbs that are a private errand; and the arms that a transfer moves named
by their own words (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text).events]


def _transfers(run: Run, text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(e.actors, e.target_actors, e.weapon) for e in run(text).events
            if e.type == "transfer"]


@pytest.mark.parametrize(("text", "giver", "taker"), [
    # the receiver as the verb's second object, and after "to"
    ("Belarus sold Sudan armed drones in 2021.", "belarus", "sudan"),
    ("North Korea sold artillery rockets to Iran in 2009.", "north-korea", "iran"),
    # a supply laid at a party's door, told as the charge is
    ("Washington accused Tehran of supplying Hezbollah with attack drones last week.",
     "iran", "hezbollah"),
    # the source named on the participle of the arms that arrived
    ("Rifles smuggled from Syria have reached Hamas in Gaza.", "syria", "hamas"),
])
def test_transfers_sold_charged_and_arriving(extract: Run, text: str, giver: str,
                                             taker: str) -> None:
    found = _transfers(extract, text)
    assert any(giver in actors and taker in takers for actors, takers, _w in found), found


def test_a_charged_supply_is_alleged(extract: Run) -> None:
    found = [e for e in extract("Israel accused Iran of smuggling rifles into the West Bank.")
             .events if e.type == "transfer"]
    assert [(e.actors, e.certainty) for e in found] == [(["iran"], "alleged")]


@pytest.mark.parametrize("text", [
    "Venezuela sold crude oil to China last year.",
    "The firm sold its shares in the airline in 2020.",
    "Critics accused the minister of supplying misleading figures.",
])
def test_sales_and_charges_that_move_no_arms(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


@pytest.mark.parametrize(("text", "weapon"), [
    ("Iran shipped heavy machine guns to the Houthis in March.", "machine gun"),
    ("Iran sent small arms to militants in Bahrain in March.", "small arms"),
])
def test_arms_moved_named_by_their_words(extract: Run, text: str, weapon: str) -> None:
    assert [w for _a, _t, w in _transfers(extract, text)] == [weapon]


@pytest.mark.parametrize("text", [
    "US sanctions hit the militia's main bank on Tuesday.",
    "British sanctions hit the militia's main bank.",
    "New Treasury sanctions hit three Hezbollah financiers on Monday.",
    "Two exchange houses in Dubai were targeted by US sanctions on Friday.",
    # a party named, or told as a firm
    "US sanctions hit Kataib Hezbollah on Monday.",
    "British sanctions hit two Dubai exchange firms on Monday.",
])
def test_measures_that_hit_are_sanctions(extract: Run, text: str) -> None:
    types = _types(extract, text)
    assert "sanction" in types and "strike" not in types and "attack" not in types, types


@pytest.mark.parametrize("text", [
    "Sanctions have hit Iran's economy hard.",
    "Western sanctions hit Venezuela's oil revenue in 2022.",
    "European sanctions hit Syria's phosphate exports last spring.",
])
def test_a_measure_that_wears_an_economy_down_is_no_event(extract: Run, text: str) -> None:
    assert _types(extract, text) == []


@pytest.mark.parametrize("text", [
    "She picked him up at the airport on Friday.",
    "His cousin picked them up at the bus station on Monday.",
    "Her father took her away to Paris for a holiday in May.",
    "Sara Cohen picked him up at the airport on Friday.",
])
def test_custody_verbs_as_private_errands(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Police picked him up at the airport on Friday.",
    # a force's spokesman speaks as "we"
    "\"We picked him up at a roadblock outside Hilla,\" a police spokesman said.",
    # hostages taken by one man are held all the same
    "Rami Aoun took hostage three tellers at a bank in Zahle on Sunday.",
    "He took hostage two guards at the depot on Sunday.",
    "Kurdish forces captured an ISIS emir near Hasakah on Friday.",
    # people caught with arms on them are held; the arms are no cargo on its way
    "Police stopped two men carrying explosives near the consulate on Sunday.",
])
def test_custody_by_forces(extract: Run, text: str) -> None:
    types = _types(extract, text)
    assert "arrest" in types and "transfer" not in types, types


def test_a_craft_stopped_with_arms_is_a_transfer_stopped(extract: Run) -> None:
    assert _types(extract, "Border guards stopped a van carrying rifles near Ruwaished on "
                           "Sunday.") == ["transfer"]


@pytest.mark.parametrize(("text", "country"), [
    # the parse may take the "to" of the destination for a dative
    ("Iran sent attack drones to Moscow in May.", "RU"),
])
def test_a_delivery_is_placed_where_it_is_sent(extract: Run, text: str, country: str) -> None:
    assert [e.country for e in extract(text).events if e.type == "transfer"] == [country]


@pytest.mark.parametrize(("text", "etype", "date"), [
    # a date between the event and "followed" is its own
    ("Her detention last month followed a long inquiry.", "arrest", "2024-01"),
    # one after the verb dates the event it followed
    ("The raid followed a rocket attack on Monday.", "strike", None),
])
def test_the_date_of_an_event_that_followed_another(extract: Run, text: str, etype: str,
                                                     date: str | None) -> None:
    found = [e.date for e in extract(text).events if e.type == etype]
    assert found and found[0] != "2024-02-05" and (date is None or found == [date]), found

"""Supplies told in others' words or by their proceeds, and listings declared or made
together (sentences written for these tests).

A supply others tell, even inside a relative clause ("says it handles cash that Iran
sends"), is what they report; the giving state's own official tells it as fact. A
capital that receives stands for its state; arms seized on their way to a named end are
an interdicted supply; hundreds of fighters deployed somewhere are sent; a sale "to fund"
a party funds it; arms resupplied or replenished and money poured into a party are
supplied. "Declared X a terrorist organisation" lists X; a state acting "in
coordination with", "together with" or "alongside" another acts with it. "These
militias" and "both groups" are the groups the sentence before names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of_type(run: Run, text: str, event_type: str) -> list[Event]:
    return [e for e in run(text).events if e.type == event_type]


@pytest.mark.parametrize(("text", "certainty"), [
    ("US officials said Iran had sent drones to Russia.", "reported"),
    ("The Israeli military says it handles cash that Iran sends to Hezbollah.", "reported"),
    ("Iran supplies the Houthis with drones, US officials say.", "reported"),
    ("Iran's foreign minister said Iran had sent drones to Russia.", "confirmed"),
    ("Abbas Araghchi spoke in Tehran on Saturday. He said Iran had sent drones to Russia.",
     "confirmed"),
    ("Abbas Araghchi spoke in Tehran on Saturday. US officials said Iran had sent drones "
     "to Russia.", "reported"),
])
def test_a_supply_in_others_words_is_their_report(extract: Run, text: str,
                                                  certainty: str) -> None:
    found = _of_type(extract, text, "transfer")
    assert [e.certainty for e in found] == [certainty]


def test_unmanned_aircraft_sent_to_a_capital_are_drones_for_its_state(extract: Run) -> None:
    found = _of_type(extract, "Iran had supplied a limited number of unmanned aircraft to "
                     "Moscow.", "transfer")
    assert [(e.weapon, e.target_actors) for e in found] == [("drone", ["russia"])]


def test_an_aircraft_of_a_state_still_strikes_from_the_air(extract: Run) -> None:
    found = _of_type(extract, "An Israeli aircraft struck the car on Monday.", "strike")
    assert [e.weapon for e in found] == ["airstrike"]


def test_arms_seized_on_their_way_to_a_named_party_are_a_supply(extract: Run) -> None:
    found = _of_type(extract, "French forces seized thousands of rifles headed to the "
                     "Houthis in January.", "transfer")
    assert [(e.weapon, e.target_actors) for e in found] == [("rifle", ["houthis"])]


def test_arms_seized_on_their_way_to_no_party_are_no_supply(extract: Run) -> None:
    assert _of_type(extract, "Police seized thousands of rifles headed to the garage.",
                    "transfer") == []


def test_hundreds_of_fighters_deployed_somewhere_are_sent(extract: Run) -> None:
    found = _of_type(extract, "Tehran deployed hundreds of fighters to Syria in 2015.",
                     "transfer")
    assert [(e.subtype, e.actors, e.date) for e in found] == [("fighters", ["iran"], "2015")]


def test_a_sale_to_fund_a_party_funds_it(extract: Run) -> None:
    found = _of_type(extract, "The network sold Iranian oil to fund the Quds Force and "
                     "Hezbollah.", "transfer")
    assert [(e.subtype, e.target_actors) for e in found] == [
        ("funding", ["quds-force", "hezbollah"])]


def test_a_sale_to_fund_its_own_plans_funds_no_party(extract: Run) -> None:
    assert _of_type(extract, "The company sold cars to fund its expansion.", "transfer") == []


@pytest.mark.parametrize(("text", "lister", "listed"), [
    ("Britain declared the IRGC a terrorist organisation on Monday.", "united-kingdom",
     "islamic-revolutionary-guard-corps"),
    ("The Arab League declared Hezbollah a terrorist group in 2016.", "arab-league",
     "hezbollah"),
])
def test_a_party_declared_a_terrorist_body_is_listed(extract: Run, text: str, lister: str,
                                                     listed: str) -> None:
    found = _of_type(extract, text, "sanction")
    assert [(e.subtype, e.actors, e.target_actors) for e in found] == [
        ("designation", [lister], [listed])]


@pytest.mark.parametrize("text", [
    "Hamas declared the area a closed military zone.",
    "The Houthis declared war on Israel in October.",
    "The militia declared its support for the group on Monday.",
])
def test_other_declarations_list_no_one(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "sanction") == []


@pytest.mark.parametrize(("text", "etype", "doers"), [
    ("The United States, in coordination with Britain, on Monday imposed sanctions on "
     "three Houthi officials.", "sanction", ["united-states", "united-kingdom"]),
    ("The US Treasury, together with the UK, designated two Hamas financiers on Friday.",
     "sanction", ["us-treasury", "united-kingdom"]),
    ("The US Treasury, alongside Britain, designated two Hamas financiers.", "sanction",
     ["us-treasury", "united-kingdom"]),
    ("Kataib Hezbollah, together with Nujaba, fired rockets at the base on Monday.",
     "attack", ["kataib-hezbollah", "harakat-hezbollah-al-nujaba"]),
])
def test_a_party_acting_together_with_another_acts_with_it(extract: Run, text: str,
                                                           etype: str,
                                                           doers: list[str]) -> None:
    assert [e.actors for e in _of_type(extract, text, etype)] == [doers]


@pytest.mark.parametrize(("text", "weapon"), [
    ("The army said the ports had been used by the group to bring in Iranian weapons and "
     "that the raids answered its missile fire.", None),
    ("Iran shipped rifles to the Houthis and trained their crews in 2019.", "rifle"),
])
def test_the_load_is_told_in_the_supplys_own_clause(extract: Run, text: str,
                                                    weapon: str | None) -> None:
    found = _of_type(extract, text, "transfer")
    assert [e.weapon for e in found] == [weapon]


def test_training_to_use_arms_hands_over_none(extract: Run) -> None:
    found = _of_type(extract, "Iranian advisers were in Crimea on Monday helping Russian "
                     "troops operate the drones, a US official said.", "transfer")
    assert [(e.subtype, e.weapon) for e in found] == [("training", None)]


@pytest.mark.parametrize(("text", "etype", "side"), [
    ("Kataib Hezbollah and Nujaba operate in Iraq. Iran supplies these militias with "
     "rockets.", "transfer", "target_actors"),
    ("Kataib Hezbollah and Nujaba operate in Iraq. Both groups fired rockets at the base on "
     "Monday.", "attack", "actors"),
])
def test_groups_pointed_back_to_are_those_told_just_before(extract: Run, text: str,
                                                           etype: str, side: str) -> None:
    found = _of_type(extract, text, etype)
    assert [getattr(e, side) for e in found] == [
        ["kataib-hezbollah", "harakat-hezbollah-al-nujaba"]]


def test_a_plural_group_noun_with_no_pointer_stays_unnamed(extract: Run) -> None:
    found = _of_type(extract, "Kataib Hezbollah and Nujaba operate in Iraq. Iran supplies "
                     "militias across the region with rockets.", "transfer")
    assert [e.target_actors for e in found] == [[]]


@pytest.mark.parametrize(("text", "weapon", "date"), [
    ("Iran resupplied Hezbollah with rockets in 2007.", "rocket", "2007"),
    ("Iran resupplies the Houthis with drones, US officials say.", "drone", None),
    ("Iran has been replenishing Hezbollah's arsenal through Syria.", None, None),
])
def test_arms_resupplied_or_an_arsenal_replenished_are_a_supply(extract: Run, text: str,
                                                                 weapon: str | None,
                                                                 date: str | None) -> None:
    found = _of_type(extract, text, "transfer")
    assert [(e.actors, e.weapon, e.date) for e in found] == [(["iran"], weapon, date)]


@pytest.mark.parametrize("text", [
    "The army resupplied its troops with food on Monday.",
    "Iran replenished its oil reserves in 2022.",
])
def test_goods_resupplied_or_reserves_replenished_are_no_supply(extract: Run,
                                                                text: str) -> None:
    assert _of_type(extract, text, "transfer") == []


@pytest.mark.parametrize(("text", "subtype", "receiver"), [
    ("Tehran has poured billions of dollars into Hezbollah.", "funding", "hezbollah"),
    ("Iran funneled millions into the Houthis in 2020.", "funding", "houthis"),
])
def test_money_poured_into_a_party_is_supplied(
        extract: Run, text: str, subtype: str, receiver: str) -> None:
    found = _of_type(extract, text, "transfer")
    assert [(e.subtype, e.actors, e.target_actors) for e in found] == [
        (subtype, ["iran"], [receiver])]


@pytest.mark.parametrize("text", [
    "Investors poured money into the stock market in 2021.",
    "Troops poured into the city on Monday.",
])
def test_other_pourings_supply_nothing(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "transfer") == []

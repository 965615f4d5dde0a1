"""Supplies, captures and plots told in less common wordings: loads brought in by
couriers, arms seized on their way, arms told with their giver, sums told by their sign,
people taken prisoner, and plots against different people kept apart; and the look-alikes
that are none of these (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    # couriers carry for someone: the source of the load supplies it
    ("Traffickers brought in rifles from Iran through Mukalla in April.",
     "weapons_delivery", "iran"),
    ("The militia brought fighters from Iraq into eastern Syria last week.", "fighters", None),
    # a past tense the parse takes for a participle on the noun before it
    ("Iraqi militias handed over Iranian drones to Syrian fighters near Al-Bukamal on Monday.",
     "weapons_delivery", None),
    ("The Guards furnished the Houthis with anti-ship missiles in 2022.",
     "weapons_delivery", "islamic-revolutionary-guard-corps"),
    ("The Quds Force paid Fatemiyoun fighters $400 a month in Syria in 2015.",
     "funding", "quds-force"),
    ("Drones supplied by the IRGC were found at a militia depot near Mosul on Sunday.",
     "weapons_delivery", "islamic-revolutionary-guard-corps"),
    ("The US Navy seized thousands of rifles en route from Iran to Somalia in the Arabian "
     "Sea in May.", "weapons_delivery", "iran"),
    ("Coast guards seized anti-tank missiles from a fishing dhow off Mukalla on Friday.",
     "weapons_delivery", None),
])
def test_supplies_in_less_common_wordings(extract: Run, text: str, subtype: str,
                                          actor: str | None) -> None:
    ev = one_event(extract(text), "transfer")
    assert ev.subtype == subtype
    if actor is not None:
        assert actor in ev.actors


def test_a_load_told_in_a_relative_clause_is_given_to_its_receiver(extract: Run) -> None:
    ev = one_event(extract("The missiles, which were handed to the Houthis in Hodeidah in "
                           "March 2021, came from Iran."), "transfer")
    assert ev.target_actors == ["houthis"] and ev.date == "2021-03"


@pytest.mark.parametrize("text", [
    "Iraq paid Iran $1.5 billion for electricity imports in June.",
    "He paid them $3,000 as a deposit in May.",
    "Paramedics brought the injured fighters to a clinic in Nabatieh on Sunday.",
    "Police seized pistols from a flat in Basra on Monday.",
])
def test_trade_fees_care_and_finds_are_no_transfer(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "transfer"] == []


def test_people_taken_prisoner_are_the_seized_not_the_captors(extract: Run) -> None:
    ev = one_event(extract("Kurdish fighters took four Iranian agents prisoner near "
                           "Sulaymaniyah on Monday."), "arrest")
    assert ev.actors == [] and ev.target_actors == ["iran"]


def test_captured_militiamen_are_an_arrest(extract: Run) -> None:
    assert one_event(extract("Kurdish forces captured two militiamen near Kirkuk on Friday."),
                     "arrest").location == "kirkuk"


@pytest.mark.parametrize("text", [
    "The militia's songs captured the mood of the crowd in Basra.",
    "The indictment said the men had met in Vienna.",
])
def test_other_senses_and_cited_records_are_no_arrest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "arrest"] == []


def test_plots_against_differently_described_people_stay_two(extract: Run) -> None:
    x = extract("The Guards plotted to kill a former ambassador, prosecutors said.\n\n"
                "The Guards also plotted to kill a retired general, prosecutors said.")
    assert sorted(e.target or "" for e in x.events if e.type == "plot") == [
        "a former ambassador", "a retired general"]


def test_a_plot_told_again_by_its_target_stays_one(extract: Run) -> None:
    x = extract("The Guards plotted to kill a former ambassador in Vienna, prosecutors "
                "said.\n\nThe plot against the ambassador was foiled in May.")
    assert len([e for e in x.events if e.type == "plot"]) == 1


def test_a_standing_supply_and_a_seized_shipment_are_two(extract: Run) -> None:
    x = extract("The Guards have supplied the Houthis with cruise missiles, US officials "
                "say.\n\nIn May, Navy commandos seized Iranian-made missile parts from a dhow "
                "off Eritrea.")
    assert len([e for e in x.events if e.type == "transfer"]) == 2


def test_money_and_arms_from_one_giver_are_two_supplies(extract: Run) -> None:
    x = extract("Hamas receives tens of millions of dollars a year from Iran, officials "
                "say.\n\nIn 2022, Iran also shipped rockets to Hamas through Sinai.")
    assert sorted(e.subtype or "" for e in x.events if e.type == "transfer") == [
        "funding", "weapons_delivery"]


def test_scouting_a_target_is_a_plot(extract: Run) -> None:
    ev = one_event(extract("Two men scouted a Jewish school and the Israeli consulate in "
                           "Limassol in 2023, police said."), "plot")
    assert ev.country == "CY"


@pytest.mark.parametrize("text", [
    "Club officials scouted young players in Mashhad last year.",
    "The patrol scouted the road before the convoy left Kirkuk on Monday.",
])
def test_other_scouting_is_no_plot(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "plot"] == []


def test_arrests_at_two_places_are_two(extract: Run) -> None:
    x = extract("Police detained four men in Izmir and three in Bursa on Thursday.")
    assert sorted(e.location or "" for e in x.events if e.type == "arrest") == [
        "bursa", "izmir"]

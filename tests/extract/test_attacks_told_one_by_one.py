"""A sentence that tells several attacks one by one ("two attacks, one on A and one on B",
"A on Tuesday and B on Wednesday", "a drone hit A, while another struck B") gives one
event per attack; an attack that was foiled is a plot only; an attack told in the words
of those who say they did it is their claim, named or not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[Event]:
    return sorted((e for e in x.events if e.type == "attack"), key=lambda e: e.evidence.start)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Islamic Resistance in Iraq claimed two attacks on Thursday, one on Harir air "
         "base in Erbil and one on al-Tanf garrison in Syria.",
         ["harir-air-base", "al-tanf-garrison"]),
        ("Kataib Hezbollah carried out two attacks, one against Victory base and another "
         "against the Green Zone.", ["victory-base-complex", "green-zone"]),
        ("Kataib Hezbollah claimed a pair of rocket attacks on Friday, one on Victory base "
         "and the other on Harir air base.", ["victory-base-complex", "harir-air-base"]),
    ],
)
def test_each_of_the_counted_attacks_is_its_own_event(extract: Run, text: str,
                                                      places: list[str]) -> None:
    evs = _attacks(extract(text))
    assert [e.location for e in evs] == places
    assert all(e.actors or e.claimed_by for e in evs)


def test_a_pair_of_attacks_is_claimed_by_who_claims_the_pair(extract: Run) -> None:
    evs = _attacks(extract("Kataib Hezbollah claimed a pair of drone attacks on Harir air "
                           "base on Tuesday."))
    assert [e.claimed_by for e in evs] == [["kataib-hezbollah"]]
    assert evs[0].certainty == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah claimed two attacks on Harir air base on Thursday, one of them "
        "with drones.",
        "Kataib Hezbollah claimed two attacks on Harir air base, one on Tuesday and one on "
        "Wednesday night.",
    ],
)
def test_a_count_without_a_target_for_each_stays_together(extract: Run, text: str) -> None:
    assert {e.location for e in _attacks(extract(text))} == {"harir-air-base"}


def test_counted_attacks_told_by_their_time_of_day_stay_one(extract: Run) -> None:
    evs = _attacks(extract("Saraya Awliya al-Dam claimed two attacks on Ain al-Asad air "
                           "base on Monday, one in the evening and another at dawn."))
    assert [(e.location, e.target) for e in evs] == [
        ("ain-al-asad-air-base", "Ain al-Asad air base")]


def test_a_reported_clause_gives_each_target_its_day(extract: Run) -> None:
    evs = _attacks(extract("The Houthis said they hit the ship Ocean Pearl on Tuesday and "
                           "the tanker Red Dune on Wednesday."))
    assert [e.date for e in evs] == ["2024-02-06", "2024-02-07"]


def test_the_site_told_before_a_day_is_where_that_day_s_attack_fell(extract: Run) -> None:
    evs = _attacks(extract("Drones attacked Harir air base on Tuesday and Erbil airport "
                           "on Wednesday."))
    assert [(e.date, e.location) for e in evs] == [
        ("2024-02-06", "harir-air-base"), ("2024-02-07", "erbil-international-airport")]


def test_one_more_munition_told_by_another_is_its_own_attack(extract: Run) -> None:
    evs = _attacks(extract("On Friday a rocket hit Victory base, while another struck the "
                           "Green Zone."))
    assert [(e.location, e.weapon) for e in evs] == [
        ("victory-base-complex", "rocket"), ("green-zone", "rocket")]


def test_another_that_strikes_no_munition_is_no_attack(extract: Run) -> None:
    x = extract("The envoy met the minister in Baghdad, while another official struck a "
                "deal with the Kurdish parties.")
    assert _attacks(x) == []


def test_an_attack_that_was_foiled_is_a_plot_only(extract: Run) -> None:
    x = extract("A rocket attack on Victory base was foiled on Friday.")
    assert _attacks(x) == []
    assert [e.type for e in x.events] == ["plot"]


def test_an_attack_that_was_condemned_is_an_attack(extract: Run) -> None:
    x = extract("A rocket attack on Victory base was condemned on Friday.")
    assert [e.type for e in x.events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The group said it attacked the port of Haifa with drones on Friday.",
        "The militants said they attacked a border post near Saravan on Friday.",
        "The movement said its fighters fired rockets at Kiryat Shmona on Friday.",
        "An unnamed faction said on Telegram that its men had fired rockets at Harir air "
        "base on Friday.",
    ],
)
def test_an_attack_told_by_those_who_say_they_did_it_is_claimed(extract: Run,
                                                                text: str) -> None:
    assert [e.certainty for e in _attacks(extract(text))] == ["claimed"]


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility for the drone attack on Harir air base on Friday.",
        "Iraqi officials said gunmen attacked a border post near Saravan on Friday.",
        "The group said the port of Haifa was attacked with drones on Friday.",
        "A human rights group said they attacked mourners near Iranshahr on Sunday.",
        "A monitoring group said they had attacked a clinic in Iranshahr on Sunday.",
        "The movement said they attacked a police station in Iranshahr on Sunday.",
    ],
)
def test_an_attack_no_doer_claims_is_not_a_claim(extract: Run, text: str) -> None:
    assert [e.certainty for e in _attacks(extract(text))] == ["confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "According to a statement by the Houthis, their forces struck the tanker Ocean "
        "Pearl on Friday.",
        "According to the Houthis' statement, their forces struck the tanker Ocean Pearl "
        "on Friday.",
    ],
)
def test_an_attack_told_by_its_doer_s_own_statement_is_claimed(extract: Run,
                                                                text: str) -> None:
    assert [e.certainty for e in _attacks(extract(text))] == ["claimed"]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("According to a statement by the Israeli army, Hezbollah fired rockets at Metula "
         "on Friday.", "reported"),
        ("According to Reuters, Houthi forces struck the tanker Ocean Pearl on Friday.",
         "reported"),
    ],
)
def test_an_attack_told_by_another_s_statement_is_reported(extract: Run, text: str,
                                                           certainty: str) -> None:
    assert [e.certainty for e in _attacks(extract(text))] == [certainty]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("The rocket attack on Harir air base, which Washington blamed on Kataib Hezbollah, "
         "wounded two contractors.", "kataib-hezbollah"),
        ("Two contractors were wounded at Victory base in May 2021 by a drone attack that US "
         "officials later blamed on Asaib Ahl al-Haq.", "asaib-ahl-al-haq"),
    ],
)
def test_an_attack_whose_doer_is_only_blamed_is_alleged(extract: Run, text: str,
                                                        blamed: str) -> None:
    evs = _attacks(extract(text))
    assert [(e.attributed_to, e.certainty) for e in evs] == [([blamed], "alleged")]


def test_an_attack_by_a_named_doer_stays_confirmed_beside_a_blame(extract: Run) -> None:
    evs = _attacks(extract("Kataib Hezbollah fired rockets at Harir air base on Friday, "
                           "days after Washington blamed the group for another attack."))
    assert evs[0].actors == ["kataib-hezbollah"] and evs[0].certainty == "confirmed"


@pytest.mark.parametrize(
    ("text", "claimer", "days"),
    [
        ("The Islamic Resistance in Iraq claimed an attack on Victory base on March 3, a "
         "drone attack on Harir air base on March 5 and a rocket attack on al-Tanf garrison "
         "on March 8.", "islamic-resistance-in-iraq", {"03-03", "03-05", "03-08"}),
        ("Kataib Hezbollah claimed a rocket attack on Victory base on March 3, a drone "
         "attack on Harir air base on March 5.", "kataib-hezbollah", {"03-03", "03-05"}),
    ],
)
def test_each_item_of_a_list_of_dated_attacks_keeps_its_day_and_claimer(
        extract: Run, text: str, claimer: str, days: set[str]) -> None:
    evs = _attacks(extract(text))
    assert all(e.claimed_by == [claimer] for e in evs)
    assert {e.date[-5:] for e in evs if e.date} >= days


def test_a_day_described_after_a_comma_still_dates_the_deed(extract: Run) -> None:
    evs = _attacks(extract("Hezbollah fired dozens of rockets at Safed on March 5, 2024, its "
                           "heaviest barrage since October."))
    assert [e.date for e in evs] == ["2024-03-05"]


def test_a_day_then_a_noun_of_another_deed_is_no_list(extract: Run) -> None:
    x = extract("The Houthis attacked a tanker on March 5, a day after a strike on Hodeidah "
                "on March 4.")
    assert [e.actors for e in _attacks(x)] == [["houthis"]]

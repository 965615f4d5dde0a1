"""The deed a blow answers ("in retaliation for a bombing in X that killed 32", "in
response to a strike in Y") is another, earlier occurrence: its place and toll are not
the answering blow's, nor the answering blow's place and day its own. A deed of the
answering blow's own kind with no day of its own is told where it happened, no event of
the report. A state's blow its sentence does not place is not placed in the state's own
country by the other deeds of the sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _armed(ex: Extraction) -> list[Event]:
    return [e for e in ex.events if e.type in ("attack", "strike", "killing")]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Militants fired three rockets at Camp Taji on Tuesday, causing no casualties. "
         "Saraya Awliya al-Dam claimed the attack in retaliation for a bombing in Basra "
         "that killed 27 people.", "camp-taji"),
        ("A drone hit a US outpost near Shaddadi on Tuesday. Kataib Hezbollah said it "
         "carried out the attack in response to an American strike in Qaim that killed "
         "six of its fighters.", "shaddadi"),
        ("A drone hit a US outpost near Shaddadi on Tuesday. The Islamic Resistance in "
         "Iraq claimed the operation as revenge for an air strike in Qaim that killed "
         "six fighters.", "shaddadi"),
    ],
)
def test_the_answered_deed_lends_nothing(extract: Run, text: str, site: str) -> None:
    found = _armed(extract(text))
    blow = next(e for e in found if e.date == "2024-02-06")
    assert (blow.location, blow.killed) == (site, None)
    assert all(e.date != "2024-02-06" for e in found if e is not blow)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Hezbollah said it fired 40 rockets at an army base in Safed in response to an "
         "Israeli strike that killed one of its commanders.", "safed"),
        ("Hezbollah fired rockets at a barracks in Metula on Tuesday in retaliation for an "
         "Israeli strike in Nabatieh that killed two of its fighters.", "metula"),
    ],
)
def test_the_answered_strike_is_placed_by_its_own_phrase(extract: Run, text: str,
                                                         site: str) -> None:
    found = _armed(extract(text))
    attack = next(e for e in found if e.type == "attack")
    assert (attack.location, attack.killed) == (site, None)
    strikes = [e for e in found if e.type == "strike"]
    assert [(e.date, e.location == site, e.country == "IL") for e in strikes] == [
        (None, False, False)]


def test_an_attack_answered_by_an_attack_is_no_event(extract: Run) -> None:
    found = _armed(extract("Militants fired three rockets at Camp Taji on Tuesday. Saraya "
                           "Awliya al-Dam claimed the attack in retaliation for a bombing "
                           "in Basra that killed 27 people."))
    assert [(e.type, e.location, e.killed) for e in found] == [("attack", "camp-taji", None)]


def test_an_answered_deed_with_its_own_day_keeps_its_own_place(extract: Run) -> None:
    found = _armed(extract("Hezbollah fired rockets at Metula on Tuesday in retaliation "
                           "for an Israeli strike on Monday that killed two fighters."))
    strike = next(e for e in found if e.type == "strike")
    assert (strike.date, strike.location == "metula", strike.country == "IL") == (
        "2024-02-05", False, False)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired rockets at Kiryat Shmona on Tuesday after an Israeli strike killed "
        "two of its fighters.",
        "Hezbollah launched drones at Nahariya on Tuesday, hours after an Israeli strike "
        "killed three of its members.",
    ],
)
def test_a_state_strike_is_not_placed_in_its_own_country(extract: Run, text: str) -> None:
    strike = next(e for e in _armed(extract(text)) if "israel" in e.actors)
    assert strike.country != "IL" and strike.location in (None, "lebanon")


def test_a_strike_placed_in_its_own_sentence_stays(extract: Run) -> None:
    found = _armed(extract("Israeli jets struck a Hamas post in Gaza on Tuesday after "
                           "militants fired rockets at Sderot."))
    strike = next(e for e in found if "israel" in e.actors)
    assert strike.location == "gaza-strip"


@pytest.mark.parametrize(
    ("text", "kind", "site", "day"),
    [
        ("An Israeli strike on a car near Sidon on Monday killed two Hezbollah members. "
         "Hezbollah fired a barrage of rockets at Kiryat Shmona on Tuesday in response to "
         "the strike.", "strike", "sidon", "2024-02-05"),
        ("An Israeli drone strike killed three Hezbollah fighters in Nabatieh on Monday. "
         "On Tuesday, Hezbollah launched drones at an army base in Metula in retaliation "
         "for the strike in Nabatieh that killed three of its members.", "strike",
         "nabatieh", "2024-02-05"),
        ("Militants fired rockets at a US base in Erbil on Tuesday. Later on Tuesday, "
         "militants fired drones at a base near Harir in response to a US strike on their "
         "positions. The US strike near Qaim on Monday killed two militants.", "strike",
         "al-qaim", "2024-02-05"),
        ("Israel struck Hezbollah targets in southern Lebanon on Tuesday in response to a "
         "rocket attack on Metula. On Monday, Hezbollah rockets hit Metula, wounding two "
         "civilians.", "attack", "metula", "2024-02-05"),
    ],
)
def test_the_answered_deed_is_one_with_its_own_telling(extract: Run, text: str, kind: str,
                                                       site: str, day: str) -> None:
    found = [e for e in _armed(extract(text)) if e.type == kind and
             e.location in (site, None)]
    assert [(e.location, e.date) for e in found] == [(site, day)], \
        [(e.type, e.location, e.date, e.evidence.text) for e in found]


def test_the_answering_blow_keeps_no_toll_of_the_deed_answered(extract: Run) -> None:
    found = _armed(extract("A drone attack killed three US soldiers at a base in Jordan on "
                           "Sunday. On Tuesday, US forces struck targets in Iraq in "
                           "retaliation for the drone attack in Jordan that killed three "
                           "soldiers."))
    strike = next(e for e in found if e.type == "strike")
    assert strike.killed is None


@pytest.mark.parametrize(
    ("text", "own", "answered"),
    [
        ("The attack on Tuesday in Kirkuk was a reprisal for a bombing in Tikrit on Monday. "
         "The Tikrit bombing killed nine people.", "kirkuk", "tikrit"),
        ("The ambush near Samarra on Tuesday was revenge for a bombing in Baiji last "
         "Friday. The Baiji bombing killed six people.", "samarra", "baiji"),
    ],
)
def test_an_answered_deed_told_with_its_own_day_stays_its_own(extract: Run, text: str,
                                                              own: str,
                                                              answered: str) -> None:
    found = _armed(extract(text))
    blow = next(e for e in found if e.date == "2024-02-06")
    assert (blow.location, blow.killed) == (own, None)
    assert any(e.location == answered for e in found if e is not blow), \
        [(e.type, e.location, e.date, e.evidence.text) for e in found]


@pytest.mark.parametrize(
    "claim",
    [
        "Saraya Awliya al-Dam claimed the rocket attack as revenge for the bombing in Basra "
        "that killed 12.",
        "Saraya Awliya al-Dam claimed the attack, in retaliation for the Basra bombing on "
        "Monday.",
        "Saraya Awliya al-Dam claimed responsibility for the rocket fire in response to the "
        "bombing in Basra.",
        "Saraya Awliya al-Dam claimed responsibility, calling it revenge for the bombing "
        "in Basra.",
    ],
)
def test_a_claim_goes_to_the_blow_not_to_the_deed_it_answers(extract: Run,
                                                              claim: str) -> None:
    found = _armed(extract("A car bomb killed 12 people in a market in Basra on Monday. On "
                           "Tuesday, gunmen fired rockets at a base near Kirkuk. " + claim))
    assert [(e.location, e.claimed_by) for e in found] == [
        ("basra", []), ("kirkuk", ["saraya-awliya-al-dam"])]

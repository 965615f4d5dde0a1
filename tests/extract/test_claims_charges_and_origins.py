"""A blow told again inside a claim of responsibility or an accusation, and the place a
blow came from (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Drones struck an oil plant at Abqaiq on Saturday. The Houthi movement claimed "
         "responsibility, saying it had launched ten drones.", "houthis"),
        ("A bomb exploded at a checkpoint in Kirkuk on Monday. Islamic State claimed "
         "responsibility, saying its fighters had detonated the device.", "isis"),
        ("Rockets hit a US base near Erbil on Sunday. Kataib Hezbollah took credit, saying "
         "it had fired six rockets.", "kataib-hezbollah"),
    ],
)
def test_blow_told_in_a_claim_is_the_claimed_one(extract: Run, text: str,
                                                 claimant: str) -> None:
    [ev] = [e for e in extract(text, "2019-09-18").events if e.type in ("attack", "strike")]
    assert claimant in ev.claimed_by
    assert ev.location is not None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Drones struck an oil plant at Abqaiq on Saturday. The US secretary of state "
         "accused Tehran of an unprecedented attack on the world's energy supply.", "iran"),
        ("Gunmen attacked a convoy near Basra on Monday. Officials blamed Kataib Hezbollah "
         "for the deadly assault.", "kataib-hezbollah"),
    ],
)
def test_deed_an_accusation_names_is_the_one_told(extract: Run, text: str,
                                                  party: str) -> None:
    events = extract(text, "2019-09-18").events
    assert len(events) == 1, [(e.type, e.evidence.text) for e in events]
    assert party in events[0].attributed_to


def test_accusation_of_a_placed_deed_is_its_own_event(extract: Run) -> None:
    [ev] = extract("Iraqi officials accused Kataib Hezbollah of a rocket attack on the "
                   "Green Zone.", "2019-09-18").events
    assert ev.location == "green-zone" and "kataib-hezbollah" in ev.attributed_to


def test_where_a_blow_came_from_is_not_where_it_fell(extract: Run) -> None:
    events = extract("Drones struck an oil plant at Abqaiq on Saturday. US officials said "
                     "the strikes likely originated in Iran.", "2019-09-18").events
    assert [e.location for e in events] == ["abqaiq"]


@pytest.mark.parametrize(
    "claim",
    [
        "On Tuesday, a group calling itself Alwiya al-Wad al-Haq claimed the attack, saying "
        "its drones had targeted the al-Yamamah palace.",
        "On Tuesday, Kataib Hezbollah claimed the strike, saying its fighters had hit the "
        "palace with two drones.",
    ],
)
def test_blow_told_in_a_dated_claim_is_the_claimed_one(extract: Run, claim: str) -> None:
    text = "Saudi air defenses intercepted a drone over Riyadh on Saturday. " + claim
    events = [e for e in extract(text, "2021-01-28").events if e.type in ("attack", "strike")]
    assert len(events) == 1, [(e.type, e.evidence.text) for e in events]
    assert events[0].location == "riyadh" and events[0].claimed_by

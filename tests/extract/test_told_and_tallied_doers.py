"""Doers told through another's words, and tallies that name no one event (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "A Hamas official was killed on Friday in what the group called an Israeli air "
        "strike on a flat in Sidon.",
        "The killing of a Hamas official in what the movement described as an Israeli "
        "drone strike near Tyre on Friday drew condemnation.",
    ],
)
def test_a_death_in_what_a_source_calls_a_state_strike_is_the_state_s(
        extract: Run, text: str) -> None:
    assert "israel" in one_event(extract(text), "killing").all_actors()


def test_a_death_in_what_a_source_calls_a_blast_names_no_doer(extract: Run) -> None:
    text = ("A Hamas official was killed on Friday in what residents described as a blast "
            "at his home in Sidon.")
    assert one_event(extract(text), "killing").all_actors() == []


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a base near Shaddadi on Friday. Kataib Hezbollah and Harakat "
        "al-Nujaba have claimed more than 70 attacks on US forces since September.",
        "A drone struck a base near Shaddadi on Friday. Since March, Harakat al-Nujaba "
        "has claimed 30 rocket attacks on bases in Syria, officials said.",
    ],
)
def test_a_tally_of_a_campaign_claims_no_one_event_told_before(extract: Run,
                                                               text: str) -> None:
    assert one_event(extract(text), "attack").all_actors() == []


def test_a_counted_claim_still_reaches_as_many_events(extract: Run) -> None:
    text = ("A drone struck a base near Shaddadi on Friday. Hours later, rockets struck a "
            "base near Erbil. The Islamic Resistance in Iraq claimed both attacks.")
    events = [e for e in extract(text).events if e.type == "attack"]
    assert [e.claimed_by for e in events] == [["islamic-resistance-in-iraq"]] * 2


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Washington listed Harakat al-Nujaba on Friday. The Treasury said the militia "
         "had taken part in rocket attacks on US troops in Syria since May.",
         "harakat-hezbollah-al-nujaba"),
        ("Prosecutors said Asaib Ahl al-Haq had played a role in the mortar attack on the "
         "consulate on Friday.", "asaib-ahl-al-haq"),
        ("Two Hezbollah members participated in the bombing of a coach in Varna on Friday, "
         "investigators said.", "hezbollah"),
    ],
)
def test_who_took_part_in_the_deeds_did_them(extract: Run, text: str, doer: str) -> None:
    assert doer in one_event(extract(text), "attack").all_actors()


@pytest.mark.parametrize(
    "text",
    [
        "Iran denied playing any role in the drone attack on the freighter on Friday.",
        "Iran said on Friday it played no role in the drone attack on the freighter.",
    ],
)
def test_a_part_denied_makes_no_doer(extract: Run, text: str) -> None:
    assert all("iran" not in e.all_actors() for e in extract(text).events
               if e.type == "attack")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Houthis played a part in missile attacks on tankers in the Gulf of Aden on "
         "Thursday.", "houthis"),
        ("Officials said Kataib Hezbollah played a part in drone attacks on US bases in "
         "Syria on Sunday.", "kataib-hezbollah"),
    ],
)
def test_attacks_a_named_group_played_a_part_in_are_its_deeds(
        extract: Run, text: str, doer: str) -> None:
    assert doer in one_event(extract(text), "attack").actors


@pytest.mark.parametrize(
    "text",
    [
        "Washington sanctioned three commanders on Friday for their roles in attacks on "
        "Kurdish forces.",
        "Tehran has previously denied any role in rocket attacks on the base.",
    ],
)
def test_a_part_in_deeds_of_a_kind_named_by_no_doer_is_no_attack(extract: Run,
                                                                  text: str) -> None:
    assert [e for e in extract(text).events if e.type == "attack"] == []


def test_a_collective_blamed_beside_a_named_group_is_its_kind(extract: Run) -> None:
    text = ("A drone struck an outpost near Rutba on Friday, killing two soldiers. US "
            "officials said the strike bore the hallmarks of Harakat al-Nujaba. A Pentagon "
            "spokeswoman later said the attack was carried out by Iran-backed militias.")
    assert one_event(extract(text), "attack").all_actors() == [
        "harakat-hezbollah-al-nujaba"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A drone struck an outpost near Rutba on Friday. US officials attributed it to "
         "Iran-backed militias.", {"iran-backed-militias"}),
        ("Rockets hit a base near Rutba on Friday. The Islamic Resistance in Iraq claimed "
         "the attack. US officials attributed it to Iran-backed militias.",
         {"islamic-resistance-in-iraq", "iran-backed-militias"}),
    ],
)
def test_a_collective_blamed_alone_or_beside_a_claimant_stays(extract: Run, text: str,
                                                               parties: set[str]) -> None:
    assert set(one_event(extract(text), "attack").all_actors()) == parties

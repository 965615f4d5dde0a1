"""Occurrences told beside a habit or beside another of their kind: a clause with its own
day is one occurrence even in a sentence about a habit, and "also", "another" or "a
separate" act at another named place is a second occurrence, not a repeat."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _scenes(x: Extraction, event_type: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.location, e.date) for e in x.events if e.type == event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The militias have routinely shelled US positions; on Tuesday they hit the "
         "Harir air base with rockets.", "attack", [("harir-air-base", "2024-02-06")]),
        ("For instance, on February 2 gunmen attacked a police post in Zahedan.", "attack",
         [("zahedan", "2024-02-02")]),
    ],
)
def test_a_clause_with_its_own_day_beside_a_habit_is_an_occurrence(
        extract: Run, text: str, event_type: str, expected: list[tuple[str, str]]) -> None:
    assert _scenes(extract(text), event_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis have regularly fired drones at ships in the Red Sea.",
        "For example, the militias attacked US bases in Syria in 2023.",
    ],
)
def test_a_habit_or_an_undated_example_stays_background(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Israeli troops detained three men in Tulkarm on Tuesday.\n\n"
         "Israeli troops also detained a Hamas member in Qalqilya on Tuesday.",
         "arrest", [("qalqilya", "2024-02-06"), ("tulkarm", "2024-02-06")]),
        ("Israeli aircraft bombed a Hezbollah depot in Tyre on Monday.\n\n"
         "In a separate raid on Monday, an Israeli drone struck a van in Qana.",
         "strike", [("qana", "2024-02-05"), ("tyre", "2024-02-05")]),
    ],
)
def test_another_act_at_another_place_is_a_second_occurrence(
        extract: Run, text: str, event_type: str, expected: list[tuple[str, str]]) -> None:
    assert _scenes(extract(text), event_type) == expected


def test_also_at_the_same_place_is_still_one_repeat(extract: Run) -> None:
    x = extract("Key points: US forces struck a Houthi radar site in Hodeidah on Monday.\n\n"
                "US forces also struck the Houthi radar site in Hodeidah on Monday, "
                "Central Command said.")
    assert len([e for e in x.events if e.type == "strike"]) == 1


def test_a_count_told_one_by_one_gives_each_occurrence(extract: Run) -> None:
    x = extract("Highlights:\n\n- Kataib Hezbollah claimed two drone attacks on Syria on "
                "Tuesday.\n\nKataib Hezbollah claimed a drone attack on the Tanf garrison on "
                "Tuesday. The group claimed a second drone attack on the Conoco gas field "
                "later that day.")
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(attacks) == 2
    assert all("kataib-hezbollah" in e.claimed_by for e in attacks)


def test_a_count_told_only_in_part_stays_one_event(extract: Run) -> None:
    x = extract("Highlights:\n\n- Kataib Hezbollah claimed two drone attacks on Syria on "
                "Tuesday.\n\nKataib Hezbollah claimed a drone attack on the Tanf garrison on "
                "Tuesday.")
    assert len([e for e in x.events if e.type == "attack"]) == 1


def test_a_cargo_of_arms_is_supplied_by_its_origin(extract: Run) -> None:
    x = extract("On February 3, the navy intercepted a boat carrying Iranian rocket parts "
                "off Socotra.")
    moved = [e for e in x.events if e.type == "transfer"]
    assert [e.actors for e in moved] == [["iran"]]

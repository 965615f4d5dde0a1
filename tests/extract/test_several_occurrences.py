"""One sentence that tells several occurrences (sites, days, "a second" act) gives one
event each; one that tells a single act in several words gives one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _sites(x: Extraction, event_type: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.location, e.date) for e in x.events if e.type == event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Militia fighters attacked US troops at al-Tanf on Monday and at Tower 22 on "
         "Tuesday, officials said.", "attack",
         [("al-tanf-garrison", "2024-02-05"), ("tower-22", "2024-02-06")]),
        ("Israeli warplanes hit Hezbollah depots in Tyre and Nabatieh on Sunday.", "strike",
         [("nabatieh", "2024-02-04"), ("tyre", "2024-02-04")]),
        ("The Guards launched missiles at Erbil and at Idlib province late on Monday.",
         "strike", [("erbil", "2024-02-05"), ("idlib-governorate", "2024-02-05")]),
    ],
)
def test_each_coordinated_site_is_an_occurrence(extract: Run, text: str, event_type: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert _sites(extract(text), event_type) == expected


def test_coordinated_days_at_one_site_are_two_occurrences(extract: Run) -> None:
    x = extract("Militants shelled Ain al-Asad air base on February 1 and again on "
                "February 4, a US official said.")
    assert _sites(x, "attack") == [("ain-al-asad-air-base", "2024-02-01"),
                                   ("ain-al-asad-air-base", "2024-02-04")]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck militia targets in Iraq and Syria on Friday.",
        "Rockets were fired at the base between February 1 and February 4.",
        "Hezbollah fired rockets at Kiryat Shmona on Monday, and on Tuesday Israel "
        "said it would respond.",
    ],
)
def test_countries_spans_and_other_clauses_split_nothing(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type in ("attack", "strike")]) == 1


def test_a_second_drone_is_a_second_attack(extract: Run) -> None:
    x = extract("A drone hit a US outpost in Hasakah province on Monday; a second drone "
                "struck the Conoco gas field the next day.")
    assert len([e for e in x.events if e.type == "attack"]) == 2


def test_positions_in_the_plural_are_ground_held(extract: Run) -> None:
    [ev] = extract("Hezbollah attacked army positions near Metula on Sunday.").events
    assert (ev.type, ev.location) == ("attack", "metula")


def test_the_ministers_position_is_a_stance(extract: Run) -> None:
    assert extract("The opposition attacked the minister's position on Sunday.").events == []


def test_a_capitalized_plural_after_a_dated_label_is_a_weapon(extract: Run) -> None:
    [ev] = extract("February 3: Drones hit a US base near Erbil.").events
    assert (ev.type, ev.weapon, ev.location) == ("attack", "drone", "erbil")


def test_a_salvo_over_one_night_is_one_occurrence(extract: Run) -> None:
    x = extract("Iran fired dozens of missiles at Israel late on Saturday and early on Sunday.")
    assert len([e for e in x.events if e.type == "strike"]) == 1


def test_a_site_told_in_the_second_attack_is_not_the_first_ones(extract: Run) -> None:
    x = extract("The group claimed a rocket attack on a base in Kirkuk on February 1 and a "
                "drone attack on Harir air base on February 3.")
    attacks = sorted((e.location or "") for e in x.events if e.type == "attack")
    assert attacks[0] != attacks[1]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has long struck PKK hideouts in northern Iraq.",
        "The drone strikes have become routine since the summer.",
    ],
)
def test_a_habit_of_strikes_is_no_occurrence(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_a_case_transferred_to_a_court_is_no_transfer_of_arms(extract: Run) -> None:
    x = extract("The file was transferred to a military court in Tehran on Monday.")
    assert [e for e in x.events if e.type == "transfer"] == []


def test_missiles_transferred_to_a_group_are_a_transfer(extract: Run) -> None:
    x = extract("Iran transferred short-range missiles to the Houthis in January, "
                "officials said.")
    assert [e.type for e in x.events] == ["transfer"]


def test_each_dated_item_of_a_list_takes_its_own_day(extract: Run) -> None:
    x = extract("- February 1: Rockets hit a base near Erbil.\n"
                "- February 2: A drone targeted US troops at al-Tanf.\n")
    assert sorted(e.date for e in x.events if e.type == "attack") == [
        "2024-02-01", "2024-02-02"]


def test_the_time_since_another_attack_is_no_second_attack(extract: Run) -> None:
    x = extract("Rockets hit the US embassy in Baghdad on Tuesday. It was the first attack "
                "on the embassy since November.")
    assert [e.date for e in x.events if e.type == "attack"] == ["2024-02-06"]


def test_joined_acts_at_two_wide_places_are_two_occurrences(extract: Run) -> None:
    # each verb has its own target and sea; a sea is wide, but two seas are two scenes
    x = extract("Houthi fighters fired a missile at a bulk carrier in the Red Sea and attacked a "
                "cargo ship in the Gulf of Aden with drones.")
    events = sorted((e.location, e.weapon, e.evidence.text.split()[0]) for e in x.events
                    if e.type == "attack")
    assert [(loc, first) for loc, _w, first in events] == [("gulf-of-aden", "attacked"),
                                                           ("red-sea", "Houthi")]
    assert dict((loc, w) for loc, w, _f in events)["gulf-of-aden"] == "drone"


def test_a_joined_clause_with_its_own_subject_is_its_own_scene(extract: Run) -> None:
    x = extract("A drone hit US troops at al-Tanf, and gunmen stormed an army post near "
                "Palmyra.")
    assert _sites(x, "attack") == [("al-tanf-garrison", "2024-02"), ("palmyra", "2024-02")]
    # a second verb with no subject of its own shares the first one's scene
    y = extract("Gunmen forced their way into a police station in Zahedan and shot dead "
                "two guards.")
    assert [e.location for e in y.events if e.type == "attack"] == ["zahedan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis targeted a container ship on March 2 and an oil tanker on March 4.",
         ["2023-03-02", "2023-03-04"]),
        ("Militants ambushed an army patrol on Sunday and a police convoy on Wednesday.",
         ["2024-02-04", "2024-02-07"]),
        ("Hezbollah fired missiles at an Israeli tank on Monday and at a surveillance post "
         "on Tuesday.", ["2024-02-05", "2024-02-06"]),
    ],
)
def test_each_target_on_its_own_day_is_an_occurrence(extract: Run, text: str,
                                                     expected: list[str]) -> None:
    assert sorted(e.date or "" for e in extract(text).events if e.type == "attack") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis targeted a container ship and an oil tanker on March 4.",
        "Militants attacked a convoy on Tuesday and its escort.",
        "The group attacked a tanker on Monday and its crew abandoned the ship on Tuesday.",
    ],
)
def test_targets_of_one_day_are_one_occurrence(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type == "attack"]) == 1


def test_a_site_on_its_own_day_takes_that_day(extract: Run) -> None:
    x = extract("Gunmen attacked a police station in Karbala on Monday and a checkpoint in "
                "Najaf on Tuesday.")
    assert _sites(x, "attack") == [("karbala", "2024-02-05"), ("najaf", "2024-02-06")]


def test_claimed_attacks_on_two_sites_on_two_days_hang_on_the_claim(extract: Run) -> None:
    x = extract("Asaib Ahl al-Haq claimed rocket attacks on Ain al-Asad on Sunday and on "
                "the Harir base on Monday.")
    found = [(e.location, e.date, e.claimed_by) for e in x.events if e.type == "attack"]
    assert found == [("ain-al-asad-air-base", "2024-02-04", ["asaib-ahl-al-haq"]),
                     ("harir-air-base", "2024-02-05", ["asaib-ahl-al-haq"])]


def test_a_day_told_after_the_second_target_before_a_source(extract: Run) -> None:
    x = extract("Kataib Hezbollah attacked a US base near Erbil on Monday and the Rumeilan "
                "outpost on Wednesday, officials said.")
    assert sorted(e.date or "" for e in x.events if e.type == "attack") == [
        "2024-02-05", "2024-02-07"]


def test_ships_listed_after_a_colon_are_targets_each_hit(extract: Run) -> None:
    x = extract("The Houthis claimed attacks on three ships: the Ocean Lark, the Sea "
                "Falcon and the Blue Heron.")
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(attacks) == 3
    assert all(e.claimed_by == ["houthis"] and e.actors == [] for e in attacks)

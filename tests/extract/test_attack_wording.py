"""Attacks told in varied wording: salvoes, weapons driven into places, passive
clauses with their place, claims told by the group itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "weapon", "location"),
    [
        ("A drone crashed into a hotel in Eilat on Monday.", "drone", "eilat"),
        ("Two rockets slammed into a warehouse in Erbil on Tuesday.", "rocket", "erbil"),
        ("A bomb-laden drone smashed into a market in Haifa.", "drone", "haifa"),
    ],
)
def test_a_weapon_driven_into_a_place_is_an_attack(extract: Run, text: str, weapon: str,
                                                   location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon, ev.location) == ("attack", weapon, location)


@pytest.mark.parametrize(
    "text",
    [
        "The bus slammed into a wall in Basra on Monday.",
        "Share prices crashed into the red on Tuesday.",
    ],
)
def test_a_crash_without_a_weapon_is_no_attack(extract: Run, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A supply convoy was hit by a drone near Kirkuk on Monday.", "kirkuk"),
        ("The outpost was attacked by gunmen near Erbil on Sunday.", "erbil"),
    ],
)
def test_the_place_of_a_passive_attack_hangs_from_its_agent(extract: Run, text: str,
                                                           location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("attack", location)


def test_where_the_agent_came_from_is_not_where_it_struck(extract: Run) -> None:
    [ev] = extract("The tanker was hit by a missile fired from Yemen on Monday.").events
    assert ev.location != "yemen"


def test_a_platform_that_carries_a_claim_is_never_its_author(extract: Run) -> None:
    events = extract("Kataib Hezbollah has threatened US forces for weeks. In a post on "
                     "Telegram, the group said it had attacked a base near Erbil on "
                     "Monday.").events
    actors = {a for e in events for a in (*e.actors, *e.claimed_by)}
    assert "telegram" not in actors
    assert "kataib-hezbollah" in actors


def test_a_name_introduced_by_a_settlement_noun_is_a_place(extract: Run) -> None:
    [ev] = extract("Militants fired two rockets at the Israeli town of Kiryat Shmona on "
                   "Monday.").events
    assert ev.location is not None and "shmona" in ev.location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("The Houthis claimed two attacks on commercial ships in the Red Sea.", "red-sea"),
        ("The Houthis claimed attacks on two tankers, the Alpha and the Beta, in the Red Sea.",
         "red-sea"),
        ("Kataib Hezbollah claimed three drone attacks on US forces in Syria.", "syria"),
    ],
)
def test_attacks_claimed_by_count_or_named_target_are_the_news(extract: Run, text: str,
                                                               location: str) -> None:
    events = extract(text).events  # one attack per named tanker
    assert events and all((ev.type, ev.location) == ("attack", location) for ev in events)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi militias have claimed dozens of attacks on US forces since October.",
        "The group has claimed two attacks on US bases this month.",
        "Groups have endorsed attacks on Israel.",
        "The militias claimed attacks on US forces throughout the war.",
    ],
)
def test_claimed_attacks_told_as_a_tally_are_no_occurrence(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "attack"] == []


def test_attacks_claimed_against_a_named_town_are_placed_there(extract: Run) -> None:
    [ev] = extract("The Islamic Resistance in Iraq claimed drone attacks targeting Eilat.").events
    assert (ev.type, ev.location) == ("attack", "eilat")


def test_attacks_a_group_has_claimed_on_named_towns_are_events(extract: Run) -> None:
    events = extract("The Islamic Resistance in Iraq has claimed drone attacks on Eilat and "
                     "Haifa.").events
    assert sorted(e.location or "" for e in events if e.type == "attack") == ["eilat", "haifa"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On Tuesday the Houthis struck a second vessel.", "houthis"),
        ("Hezbollah hit an army post near the border on Sunday.", "hezbollah"),
    ],
)
def test_a_group_that_strikes_a_ship_or_a_site_attacks(extract: Run, text: str,
                                                       actor: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors) == ("attack", [actor])


def test_a_blow_told_again_as_the_subject_names_no_new_attack(extract: Run) -> None:
    # "the strikes, which hit positions": the strikes are told already, no group acts
    text = ("The militia said four of its fighters were killed in the strikes, which it said "
            "hit positions guarding the border.")
    assert [e.type for e in extract(text).events if e.type == "attack"] == []


@pytest.mark.parametrize(("text", "location"), [
    # a weapon or a blast that kills is an attack, its author untold
    ("A car bomb killed four soldiers in Mosul on Monday.", "mosul"),
    ("A suicide bomber killed four soldiers in Mosul on Monday.", "mosul"),
    ("Two explosions killed dozens of people in Kerman on Wednesday.", "kerman"),
])
def test_a_weapon_or_a_blast_that_kills_is_an_attack(extract: Run, text: str,
                                                     location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("attack", location)


@pytest.mark.parametrize("text", [
    "An explosion caused by a gas leak killed three people in Tehran.",
    "The disease killed thousands of people last year.",
])
def test_an_accident_or_a_disease_that_kills_is_no_attack(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "attack"] == []


def test_the_toll_of_an_attack_its_subject_tells_is_no_second_attack(extract: Run) -> None:
    events = extract("A drone attack late on Sunday on a base in Deir ez-Zor killed six "
                     "fighters.").events
    assert [e.type for e in events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "actor", "location"),
    [
        ("Kataib Hezbollah hit a US base near Erbil on Monday.", "kataib-hezbollah", "erbil"),
        ("Houthi fighters struck an army outpost near Marib on Tuesday.", "houthis", "marib"),
    ],
)
def test_a_group_that_hits_a_base_attacks_it(extract: Run, text: str, actor: str,
                                             location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors, ev.location) == ("attack", [actor], location)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit a US base near Erbil on Monday.",
        "The budget cuts hit a US base near Erbil hard.",
    ],
)
def test_what_hits_a_base_must_be_armed(extract: Run, text: str) -> None:
    assert extract(text).events == []


def test_an_attack_planned_and_carried_out_was_done(extract: Run) -> None:
    x = extract("The group said it planned and carried out the attack on the Ashdod port "
                "on Monday.")
    assert [(e.type, e.date) for e in x.events] == [("attack", "2024-02-05")]


@pytest.mark.parametrize(
    "text",
    [
        "The militia planned and hoped to carry out an attack on the embassy.",
        "The militia planned to carry out an attack on the embassy.",
    ],
)
def test_an_attack_only_planned_is_no_attack(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "attack"] == []


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Kataib Hezbollah claimed the attack, which hit the Harir air base on Thursday.",
         "harir-air-base"),
        ("The Islamic Resistance in Iraq claimed responsibility for the attack, which "
         "targeted Ain al-Asad air base with two drones on Friday.", "ain-al-asad-air-base"),
    ],
)
def test_the_site_a_blow_hit_in_its_relative_clause_places_it(extract: Run, text: str,
                                                              location: str) -> None:
    evs = [e for e in extract(text).events if e.type == "attack"]
    assert [e.location for e in evs] == [location]


def test_a_relative_clause_describing_the_site_is_not_what_was_hit(extract: Run) -> None:
    evs = [e for e in extract("A drone attack on Erbil airport, which hosts US troops, caused "
                              "no damage on Friday.").events if e.type == "attack"]
    assert [e.location for e in evs] == ["erbil-international-airport"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("US troops at the Harir air base repelled a drone attack on Thursday.",
         "harir-air-base"),
        ("Iraqi soldiers repelled an attack on a checkpoint in Kirkuk on Friday.", "kirkuk"),
    ],
)
def test_a_blow_beaten_off_fell_where_its_defenders_stand(extract: Run, text: str,
                                                          location: str) -> None:
    evs = [e for e in extract(text).events if e.type == "attack"]
    assert [e.location for e in evs] == [location]

"""Doers told by a possessive before a force, by a pronoun continuing a joined clause,
or by "joined X in" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "not_actor"),
    [
        # "its forces" after a sentence about a state are the state's, though a group
        # was named since.
        ("Turkey accused the PKK of an ambush near Siirt. On Friday its jets bombed "
         "militant caves in northern Iraq.", "strike", "turkey", "kurdistan-workers-party"),
        ("Iran said Jaish al-Adl had attacked a border post. Its forces raided a "
         "militant hideout near Saravan on Sunday.", "strike", "iran", "jaish-al-adl"),
        ("Israel blamed Hezbollah for the rocket fire. Its artillery shelled the "
         "outskirts of Kfar Kila on Tuesday.", "strike", "israel", "hezbollah"),
        # the speaker of the clause the forces act in
        ("Pakistan said on Thursday its troops struck hideouts of Jaish al-Adl in "
         "Sistan-Baluchestan province.", "strike", "pakistan", "jaish-al-adl"),
    ],
)
def test_forces_of_the_state_before(extract: Run, text: str, etype: str, actor: str,
                                    not_actor: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert len(events) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert actor in events[0].actors
    assert not_actor not in events[0].actors


def test_pronoun_of_joined_clause_continues_its_subject(extract: Run) -> None:
    """"Israel struck X, and on Friday it hit Y": "it" is Israel, not the group named
    in between."""
    text = ("Israel bombed a Hamas tunnel in Khan Younis on Thursday, and on Friday it "
            "struck a warehouse in Rafah.")
    events = [e for e in extract(text).events if "Rafah" in e.evidence.text]
    assert events and all(e.actors == ["israel"] for e in events), \
        [(e.type, e.actors) for e in events]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Canada joined the United States in striking Houthi launch sites near Sanaa "
         "on Wednesday.", {"canada", "united-states"}),
        ("Harakat al-Nujaba joined Kata'ib Hezbollah in firing drones at a US base in "
         "Syria on Sunday.", {"harakat-hezbollah-al-nujaba", "kataib-hezbollah"}),
    ],
)
def test_joined_in_names_both_doers(extract: Run, text: str, actors: set[str]) -> None:
    events = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert len(events) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert actors <= set(events[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        # a possessive that is a ship's, a weapon's or a report's is no force's owner
        "The bulk carrier docked in Jeddah on Monday. Its crew had sailed past Mokha.",
        "The Fateh missile has a range of 300 km. It can be fired from a truck.",
        "It is unclear who fired the drones at the base near Erbil.",
        "Britain joined the United States in calling for restraint in the Red Sea.",
        "Pakistan's army is among the largest in Asia. Its troops guard the Afghan border.",
    ],
)
def test_no_doer_told(extract: Run, text: str) -> None:
    """No blow with a doer: "it" names a ship, a weapon or nothing; a call is no blow."""
    assert not [e for e in extract(text).events if e.type in ("strike", "attack") and e.actors]


def test_spokesman_owns_no_forces(extract: Run) -> None:
    """"X, the group's spokesman, said its naval forces struck": the forces are the
    group's, not the spokesman's."""
    text = ("The Houthis hit a tanker in the Red Sea on Monday. Yahya Saree, the group's "
            "spokesman, said its naval forces had struck the ship with drones.")
    assert all("yahya-saree" not in e.actors for e in extract(text).events
               if e.type in ("strike", "attack"))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("France, joined by Britain, struck Houthi radar sites near Hodeidah on "
         "Sunday.", {"france", "united-kingdom"}),
        ("Asaib Ahl al-Haq, joined by Kata'ib Hezbollah, shelled a US outpost near "
         "Baghdad airport on Friday.", {"asaib-ahl-al-haq", "kataib-hezbollah"}),
        ("Canada, along with Britain, struck Houthi depots near Saada on "
         "Thursday.", {"canada", "united-kingdom"}),
    ],
)
def test_companion_beside_the_subject_acts_too(extract: Run, text: str,
                                               actors: set[str]) -> None:
    events = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert len(events) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert actors <= set(events[0].actors)


def test_companion_of_a_call_is_no_doer_of_a_blow(extract: Run) -> None:
    text = "Britain, along with the United States, urged calm in the Red Sea on Monday."
    assert not [e for e in extract(text).events if e.type in ("strike", "attack")]


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        ("Bahrain accused Kata'ib Hezbollah of smuggling arms. Its police detained three "
         "men in Manama on Sunday.", "bahrain", "kataib-hezbollah"),
        ("Azerbaijan blamed Iranian agents for the plot. Its security service detained "
         "four men in Baku on Friday.", "azerbaijan", "iran"),
    ],
)
def test_security_arm_of_the_state_before(extract: Run, text: str, actor: str,
                                          not_actor: str) -> None:
    events = [e for e in extract(text).events if e.type == "arrest"]
    assert len(events) == 1, [(e.type, e.actors) for e in extract(text).events]
    assert actor in events[0].actors
    assert not_actor not in events[0].actors

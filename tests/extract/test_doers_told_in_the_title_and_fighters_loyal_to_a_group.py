"""A title that tells an armed group dealing a blow names the doer of the attack the story
below tells with none of its own; fighters loyal to, or belonging to, a group act as the
group (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import attacks, parties

Run = Callable[..., Extraction]


def _attacks(extraction: Extraction) -> list[Event]:
    return sorted(attacks(extraction), key=lambda e: e.evidence.start)


def test_the_titles_group_did_the_attack_told_below(extract: Run) -> None:
    text = ("Hezbollah fires rockets at Nahariya\n\nSeveral rockets hit Nahariya on Tuesday, "
            "damaging two houses, the Israeli military said.")
    events = _attacks(extract(text))
    assert [parties(e) for e in events] == [{"hezbollah"}]


def test_the_title_reaches_only_the_attack_at_its_place(extract: Run) -> None:
    text = ("Hezbollah fires rockets at Nahariya\n\nA drone struck a house in Safed on "
            "Tuesday. Later, several rockets hit Nahariya, damaging two houses.")
    events = _attacks(extract(text))
    assert [parties(e) for e in events] == [set(), {"hezbollah"}]


@pytest.mark.parametrize("text", [
    # a state's blow in the title lays nothing on the group's attack below
    "Israel strikes Hezbollah sites in Lebanon\n\nSeveral rockets hit Nahariya on Tuesday, "
    "damaging two houses.",
    # a blow denied in the title is laid on no one
    "Hezbollah denies firing rockets at Nahariya\n\nSeveral rockets hit Nahariya on "
    "Tuesday, damaging two houses.",
])
def test_no_doer_comes_from_a_title_of_another_kind(extract: Run, text: str) -> None:
    events = [e for e in _attacks(extract(text)) if "Nahariya on" in e.evidence.text]
    assert len(events) == 1
    assert not parties(events[0])


def test_a_doer_named_below_keeps_its_own(extract: Run) -> None:
    text = ("Hezbollah fires rockets at Nahariya\n\nHamas fighters fired rockets at Nahariya "
            "on Tuesday, damaging two houses.")
    events = _attacks(extract(text))
    assert [parties(e) for e in events] == [{"hamas"}]


@pytest.mark.parametrize(("text", "group"), [
    ("Fighters loyal to the Houthis attacked a ship off Aden on Tuesday.", "houthis"),
    ("Militants belonging to Kataib Hezbollah fired rockets at a base near Erbil on "
     "Tuesday.", "kataib-hezbollah"),
])
def test_fighters_loyal_to_a_group_act_as_it(extract: Run, text: str, group: str) -> None:
    events = _attacks(extract(text))
    assert [e.actors for e in events] == [[group]]


def test_men_loyal_to_no_group_name_none(extract: Run) -> None:
    text = "Fighters loyal to the old regime attacked a checkpoint near Homs on Tuesday."
    events = _attacks(extract(text))
    assert [e.actors for e in events] == [[]]

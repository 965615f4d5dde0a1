"""Bombs or other munitions dropped on a place are a blow (a strike when a state's craft
drop them); leaflets, charges or demands dropped are none. A noun of force the parse hangs
before another blow noun as the modifier of its kind ("shelling and air strikes") names
that same blow, not a second one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return sorted(e.type for e in x.events)


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("US bombers dropped bombs on a militia depot near Qaim on Sunday.", "strike",
         "al-qaim"),
        ("Israeli jets dropped bombs on the town of Khiam on Tuesday.", "strike", "khiam"),
        ("On Monday night Russian aircraft dropped heavy munitions on a market in Idlib.",
         "strike", "idlib"),
        ("A Houthi drone dropped explosives on a Saudi border post on Tuesday.", "attack",
         None),
    ],
)
def test_munitions_dropped_on_a_place_are_a_blow(extract: Run, text: str, etype: str,
                                                 place: str | None) -> None:
    x = extract(text)
    assert _types(x) == [etype]
    if place is not None:
        assert x.events[0].location == place


@pytest.mark.parametrize(
    "text",
    [
        "Israeli aircraft dropped leaflets over Gaza City on Tuesday urging residents to "
        "leave.",
        "Prosecutors dropped the charges against the two men on Tuesday.",
        "The militia dropped its demand for a rocket launcher ban on Tuesday.",
        "The number of rocket attacks dropped sharply in March.",
        # no place: how a blow told already was done
        "US officials said two F-15 jets dropped seven precision-guided bombs.",
    ],
)
def test_other_things_dropped_are_no_blow(extract: Run, text: str) -> None:
    assert _types(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli shelling and air strikes hit villages in southern Lebanon on Tuesday.",
        "Turkish shelling and air strikes pounded Kurdish positions near Zakho on Monday.",
    ],
)
def test_a_blow_noun_naming_the_kind_of_another_is_that_blow(extract: Run,
                                                             text: str) -> None:
    x = extract(text)
    assert _types(x) == ["strike"]


def test_blows_of_two_kinds_told_apart_stay_two(extract: Run) -> None:
    x = extract("Israeli artillery shelled the outskirts of Khiam on Monday, and air "
                "strikes hit Nabatieh on Tuesday.")
    assert sorted((e.type, e.location) for e in x.events) == [
        ("strike", "khiam"), ("strike", "nabatieh")]

"""Whose forces answer, where the things they struck lie when a speaker names them, and
sanctions told as what targets a group (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "state"), [
    ("Jaish al-Adl has carried out attacks in Sistan-Baluchestan for years. Turkey's answer "
     "came early on Friday. Its jets struck what the army called PKK hideouts near Zakho.",
     "turkey"),
    ("Kataib Hezbollah fired rockets at the base on Monday. The United States' response "
     "came on Wednesday. Its warplanes bombed two militia depots near Qaim.",
     "united-states"),
])
def test_its_forces_are_those_of_the_state_whose_answer_was_told(
        extract: Run, text: str, state: str) -> None:
    blow = extract(text).events[-1]
    assert (blow.type, blow.actors) == ("strike", [state])


def test_the_place_of_what_a_speaker_names_as_struck(extract: Run) -> None:
    text = ("Iran's answer came early on Thursday. Its jets struck what the army called "
            "camps of the Kurdistan Free Life Party and the Komala Party, two armed groups, "
            "near Penjwen in Iraq's Sulaymaniyah province.")
    [strike] = extract(text).events
    assert (strike.type, strike.actors, strike.location) == ("strike", ["iran"], "penjwen")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthis have been targeted by the new sanctions.", ["sanction"]),
    ("The Houthis were targeted by US air strikes on Tuesday.", ["strike"]),
])
def test_a_group_targeted_by_sanctions_suffers_no_blow(extract: Run, text: str,
                                                       expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected

"""Deeds a sentence names without telling a new occurrence: more victims of a blow told
before, a deed judged as the subject of a clause, an act a price was offered for; and the
occurrence a "since" measures from, which is no part of one told outside its phrase
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

STRIKE = "An Israeli air strike killed the Hamas commander in Khan Younis on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        # named victims killed "with him": the blow that killed him, told before
        STRIKE + "Omar Salem, the head of the group's northern sector, and other officers "
        "were killed with him.",
        STRIKE + "Omar Salem, the head of the northern sector, was killed alongside him.",
        "A drone strike killed the commander near Deir ez-Zor on Tuesday. Karim Haddad, "
        "his deputy, and two guards were killed with him, a monitor said.",
        # the deed as the subject of what is said about it
        STRIKE + "The prime minister said on Saturday that killing the commander was a "
        "heavy blow to the group.",
    ],
)
def test_one_killing_told_once(extract: Run, text: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["killing"], [(e.type, e.evidence.text) for e in events]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a price put on an act: the act is not done (a price on a person's murder is a
        # plot to murder him, no killing)
        ("A complaint filed on Tuesday accuses Karim Dastani, 51, of offering $200,000 to "
         "people in Canada to murder Lamont.", ["plot"]),
        ("Prosecutors say the suspect offered a driver $10,000 to bomb the embassy in "
         "Tbilisi.", []),
        # a deed judged, no occurrence told
        ("Attacking the tankers would be a grave mistake, the minister said on Monday.", []),
        # victims of a blow told with its doer, place and day stay an occurrence
        ("Two soldiers were killed alongside Kurdish fighters in an attack near Kirkuk on "
         "Sunday.", ["attack"]),
        # a deed judged in a clause that dates it is the occurrence it names
        ("Killing the general in January 2020 was a turning point for the militias, the "
         "analyst said.", ["killing"]),
        ("Gunmen killed the writer outside his home in Toronto on Thursday.", ["attack"]),
    ],
)
def test_deeds_named_and_deeds_told(extract: Run, text: str, types: list[str]) -> None:
    events = extract(text).events
    assert [e.type for e in events] == types, [(e.type, e.evidence.text) for e in events]


def test_the_occurrence_a_since_measures_from_is_its_own(extract: Run) -> None:
    text = ("A rocket hit the base on Monday. It was the first attack on the base since the "
            "strike on the airport in May, and came a day after US jets struck a depot in "
            "Anbar.")
    events = extract(text).events
    [rocket] = [e for e in events if e.weapon == "rocket"]
    assert rocket.actors == [] and rocket.date == "2024-02-05"
    [jets] = [e for e in events if e.actors == ["united-states"]]
    assert (jets.type, jets.date, jets.location) == ("strike", "2024-02-04", "anbar-province")

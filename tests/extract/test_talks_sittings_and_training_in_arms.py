"""Meetings told by sittings and by the course of talks, meetings again and again, and
training in the use of arms (sentences written for these tests).

An official who sat down with a person or an official met them ("the foreign minister sat
down in Ankara with his Qatari counterpart"); sitting down in the road or with reporters
is none. Talks told as the subject of a verb of their course, in the past, at a place or
on a day told ("talks in Muscat on Sunday ended without a deal", "talks were held in
Doha on Monday") were held, whoever the sentence names; talks that stalled for weeks,
talks to come, or talks that ended with neither place nor day are none. Meetings told as
held more than once or several times are background. A giver's men who help or teach
troops or fighters to operate, fly or assemble arms train them ("Iranian advisers were in
Crimea helping Russian troops operate the drones"); helping rebels capture a town,
farmers use pumps or residents leave is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(extract: Run, text: str, etype: str) -> list[Event]:
    return [e for e in extract(text, published="2024-08-27").events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On Monday Araghchi sat down in Ankara with his Turkish and Qatari counterparts on the"
         " margins of the forum.", "ankara"),
        ("The Iranian foreign minister sat down with Sergei Lavrov in Moscow on Monday.",
         "moscow"),
    ],
)
def test_an_official_who_sat_down_with_another_met_them(extract: Run, text: str,
                                                        place: str) -> None:
    found = _of(extract, text, "meeting")
    assert [(e.location, e.date) for e in found] == [(place, "2024-08-26")]


@pytest.mark.parametrize(
    "text",
    [
        "The protesters sat down in the road outside the embassy on Monday.",
        "The minister sat down with reporters in Doha on Monday.",
        "The envoy sat down for an interview with the BBC on Monday.",
    ],
)
def test_sitting_down_with_no_official_is_no_meeting(extract: Run, text: str) -> None:
    assert _of(extract, text, "meeting") == []


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Talks in Muscat on August 18 and 19 ended without a deal.", "muscat", "2024-08-18"),
        ("Talks were held in Doha on Monday.", "doha", "2024-08-26"),
        ("The talks resumed in Cairo on Sunday with Qatari and Egyptian mediators.", "cairo",
         "2024-08-25"),
    ],
)
def test_talks_told_by_their_course_were_held(extract: Run, text: str, place: str,
                                              date: str) -> None:
    found = _of(extract, text, "meeting")
    assert [(e.location, e.date) for e in found] == [(place, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks have stalled for weeks.",
        "The talks ended without a deal.",
        "Talks will be held in Cairo next week.",
        "Talks hold the key to a deal.",
        "The talks did not resume in Doha on Sunday.",
    ],
)
def test_talks_not_told_as_held_are_none(extract: Run, text: str) -> None:
    assert _of(extract, text, "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "In Beirut he reportedly met Hezbollah leader Hassan Nasrallah, who received him"
        " publicly more than once.",
        "The minister has met Hamas leaders several times in Doha.",
    ],
)
def test_meetings_again_and_again_are_background(extract: Run, text: str) -> None:
    assert _of(extract, text, "meeting") == []


def test_a_meeting_on_a_day_stays(extract: Run) -> None:
    text = "In Beirut he met Hezbollah leader Hassan Nasrallah on Monday."
    assert [e.date for e in _of(extract, text, "meeting")] == ["2024-08-26"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The spokesman said on Monday that Iranian military advisers were on the ground in"
         " Crimea helping Russian troops operate the drones.", "crimea"),
        ("Iranian instructors taught Russian soldiers to fly the drones in Crimea last month.",
         "crimea"),
        ("Last year IRGC advisers were in Yemen helping Houthi fighters assemble the"
         " missiles.", "yemen"),
    ],
)
def test_men_who_help_troops_use_arms_train_them(extract: Run, text: str,
                                                 place: str) -> None:
    found = _of(extract, text, "transfer")
    assert [(e.subtype, e.location) for e in found] == [("training", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Iranian advisers helped the rebels capture the town last year.",
        "The engineers helped farmers use the water pumps last year.",
        "The police helped residents leave the town on Monday.",
        "The teacher taught the children to read last year.",
    ],
)
def test_help_with_no_arms_used_is_no_training(extract: Run, text: str) -> None:
    assert _of(extract, text, "transfer") == []

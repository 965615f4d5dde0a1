"""A reprisal a speaker tells as on its way is a threat, and an envoy summoned by a
state is a meeting whatever the envoy's rank (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Nasrallah said the response will come at the right time.",
        "The Houthi leader said on Friday that their reply would come soon.",
        "The Iranian president said retaliation was inevitable.",
        "Kataib Hezbollah said revenge for the killing of its commander was imminent.",
    ],
)
def test_a_reprisal_told_as_coming_is_a_threat(extract: Run, text: str) -> None:
    [event] = extract(text).events
    assert (event.type, event.subtype) == ("statement", "threat")
    assert event.actors


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the reply to the proposal would come next week.",
        "Hezbollah's leader said the response to the floods would come from the state.",
        "The Lebanese minister said a decision on the border was imminent.",
    ],
)
def test_a_reply_in_peace_or_no_reprisal_is_no_threat(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == []


@pytest.mark.parametrize(
    "text",
    [
        "Iraq summoned the Iranian charge d'affaires on Tuesday.",
        "Kuwait summoned the Iranian chargé d'affaires over the remarks.",
        "Jordan summoned the Israeli consul on Sunday.",
    ],
)
def test_a_state_summoning_an_envoy_of_any_rank_holds_a_meeting(extract: Run,
                                                                   text: str) -> None:
    [meeting] = extract(text).events
    assert meeting.type == "meeting"
    assert meeting.actors


def test_a_place_hosting_troops_still_holds_no_meeting(extract: Run) -> None:
    text = "The base, which hosts US troops and a French consul's guards, lies near Erbil."
    assert [e.type for e in extract(text).events] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Iran's foreign ministry described the killing as a terrorist act that would not "
         "go unanswered.", "iranian-foreign-ministry"),
        ("Hezbollah termed the raid an act of aggression that it would respond to.",
         "hezbollah"),
        ("The Houthis described the US warship as a target that they would strike.",
         "houthis"),
    ],
)
def test_a_future_told_of_a_label_is_the_labeller_s_threat(extract: Run, text: str,
                                                          speaker: str) -> None:
    [threat] = [e for e in extract(text).events if e.type == "statement"]
    assert threat.subtype == "threat"
    assert threat.actors == [speaker]
    assert threat.date == "2024-02"


@pytest.mark.parametrize(
    "text",
    [
        "The minister described the plan as one that would bring peace to the region.",
        "Hezbollah called the strike a crime that killed children.",
        "Analysts described the group as one that would resume attacks soon.",
    ],
)
def test_a_label_with_no_deed_to_come_declares_nothing(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "statement"] == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Harakat al-Nujaba said it would not abide by any truce.",
         "harakat-hezbollah-al-nujaba"),
        ("The Houthis said on Monday they would not accept the truce.", "houthis"),
        ("The Houthis ruled out any truce with Israel.", "houthis"),
        ("Iran ruled out talks with Washington on Tuesday.", "iran"),
    ],
)
def test_a_course_the_speaker_will_not_take_up_is_rejected(extract: Run, text: str,
                                                          party: str) -> None:
    [rejection] = extract(text).events
    assert (rejection.type, rejection.subtype) == ("statement", "rejection")
    assert rejection.actors == [party]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Hamas would not accept the ceasefire.",
        "Hamas said Israel would not accept the deal.",
        "Police ruled out foul play in the death.",
    ],
)
def test_a_course_others_decline_or_a_cause_ruled_out_is_no_rejection(extract: Run,
                                                                    text: str) -> None:
    assert [e.subtype for e in extract(text).events] == []

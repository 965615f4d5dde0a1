"""A habit told only in a relative clause of another noun leaves the rest of the
sentence alone ("The Houthis, who routinely claim launches, said they had nothing to do
with it"), and a denial a report's key takeaways sum up is the one its body tells
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "expected"), [
    # the guest's habit of receiving him is the meetings' own: they were many
    ("In Beirut the envoy reportedly met Hezbollah leader Hassan Nasrallah, who has "
     "received him several times.", []),
    # a habit of another act told aside leaves the meeting told
    ("In Beirut the envoy reportedly met Hezbollah leader Hassan Nasrallah, who "
     "routinely threatens Israel.", ["meeting"]),
])
def test_a_habit_told_aside_is_the_meetings_own_only_when_it_tells_meetings(
        extract: Extract, text: str, expected: list[str]) -> None:
    assert [e.type for e in extract(text).events if e.type == "meeting"] == expected


@pytest.mark.parametrize("text", [
    "The Houthis, who routinely claim missile launches at the kingdom, said they had "
    "nothing to do with it.",
    "The Houthis, who have claimed attacks on shipping for years, denied any part in the "
    "blast on Tuesday.",
])
def test_a_habit_of_the_speaker_told_aside_leaves_the_denial(extract: Extract,
                                                             text: str) -> None:
    (denial,) = _statements(extract(text))
    assert denial.subtype == "denial"
    assert denial.actors == ["houthis"]


def test_a_blow_beside_a_habit_of_its_target_is_told(extract: Extract) -> None:
    x = extract("Israeli jets struck the depot, which the militia has kept for years, "
                "on Monday.")
    assert [e.type for e in x.events] == ["strike"]


@pytest.mark.parametrize("text", [
    "The Houthis routinely claim missile launches at the kingdom.",
    "The Houthis have repeatedly fired drones at the kingdom.",
    "For years the Houthis, who deny it, have received missiles from Iran.",
])
def test_a_habit_of_the_clause_itself_stays_background(extract: Extract, text: str) -> None:
    x = extract(text)
    assert not [e for e in x.events if e.type in ("attack", "transfer")]


def test_a_denial_summed_up_in_key_takeaways_is_the_body_one(extract: Extract) -> None:
    text = ("Key takeaways\n"
            "- Air defences intercepted a drone over Riyadh on Saturday; a little-known "
            "group claimed it, and the Houthis denied any part in it.\n\n"
            "Air defences intercepted a drone over Riyadh on Saturday. The Houthis said "
            "they had nothing to do with it.")
    (denial,) = _statements(extract(text))
    assert denial.evidence.text.startswith("The Houthis said")


def test_two_denials_of_the_body_stay_two(extract: Extract) -> None:
    text = ("Hezbollah denied any role in the blast on Monday. Hezbollah also denied "
            "that it had smuggled weapons through the port on Monday.")
    assert [e.subtype for e in _statements(extract(text))] == ["denial", "denial"]

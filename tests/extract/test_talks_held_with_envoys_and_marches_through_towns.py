"""Talks held with negotiators, emissaries or delegates, and an official told by the
adjective of the state ("the Iranian foreign minister held talks with ..."), are meetings
between named sides, though a coach's talks with players are none; a march "through"
a city is placed in that city (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "sides"), [
    ("Hossein Amir-Abdollahian met Houthi negotiators in Muscat on Sunday.",
     {"hossein-amir-abdollahian", "houthis"}),
    ("Iran's foreign minister received Hamas emissaries in Tehran on Monday.",
     {"iran", "hamas"}),
    ("The Iranian foreign minister held talks with the Houthis' chief negotiator in Muscat "
     "on Sunday.", {"iran", "houthis"}),
    ("The Qatari emir held talks in Doha on Sunday with a Hamas delegation.",
     {"qatar", "hamas"}),
    ("The Iraqi prime minister held talks with Hezbollah delegates in Beirut on Tuesday.",
     {"iraq", "hezbollah"}),
])
def test_talks_with_envoys_of_a_named_side(extract: Run, text: str, sides: set[str]) -> None:
    meetings = [e for e in extract(text).events if e.type == "meeting"]
    assert len(meetings) == 1
    assert sides <= set(meetings[0].actors)


@pytest.mark.parametrize("text", [
    "The new coach held talks with the players on Sunday.",
    "The bank's chief held talks with investors in Dubai on Sunday.",
    "The negotiators met again in Geneva on Tuesday.",
])
def test_talks_of_no_named_side(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "meeting"]


@pytest.mark.parametrize(("text", "place"), [
    ("Hundreds marched through central Baghdad on Tuesday demanding the expulsion of US "
     "troops.", "baghdad"),
    ("On Friday thousands of Houthi supporters marched through Sanaa, chanting against "
     "Israel.", "sanaa"),
])
def test_march_through_a_city_is_placed_there(extract: Run, text: str, place: str) -> None:
    protests = [e for e in extract(text).events if e.type == "protest"]
    assert len(protests) == 1 and protests[0].location == place


@pytest.mark.parametrize("text", [
    "The envoy was hoping for talks with Hamas in Doha.",
    "Iran sought talks with Saudi officials in Baghdad.",
    "The Iraqi prime minister wants talks with Hezbollah delegates in Beirut.",
])
def test_talks_hoped_for_or_sought_are_no_meeting(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "meeting"]

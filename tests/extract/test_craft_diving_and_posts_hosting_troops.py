"""A weapon that dives or plunges into a place is an attack ("a wave of drones dived into
the city centre"), though prices plunge and divers dive with none; a base or a country
that "hosts" troops, jets or a headquarters holds no meeting, though one that hosts a
minister does (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Early on Monday a swarm of explosive-laden drones dived into the centre of Zaporizhzhia, "
    "killing three people.",
    "A Shahed drone plunged into a residential block in Odesa on Tuesday, wounding six.",
    "On Friday a kamikaze drone dove into a fuel depot near Belgorod.",
])
def test_weapon_diving_into_a_place(extract: Run, text: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["attack"]
    assert events[0].weapon is not None and "drone" in events[0].weapon


@pytest.mark.parametrize("text", [
    "Oil prices plunged into negative territory on Monday.",
    "The diver dived into the harbour on Monday to inspect the hull.",
    "The country plunged into a political crisis on Tuesday.",
])
def test_diving_with_no_weapon(extract: Run, text: str) -> None:
    assert not extract(text).events


@pytest.mark.parametrize("text", [
    "Drones were launched at the Harir base north of Erbil on Monday, which hosts US forces.",
    "Rockets struck near the airport on Tuesday, which hosts American troops and contractors.",
    "A drone hit the Tanf garrison on Sunday, which hosts coalition aircraft.",
])
def test_post_hosting_troops_holds_no_meeting(extract: Run, text: str) -> None:
    types = [e.type for e in extract(text).events]
    assert types == ["attack"]


@pytest.mark.parametrize("text", [
    "Qatar hosted Hamas leaders in Doha on Monday.",
    "The emir, whose country hosts the forward headquarters of US Central Command, hosted "
    "the Iranian foreign minister in Doha on Monday.",
])
def test_host_of_officials_holds_a_meeting(extract: Run, text: str) -> None:
    meetings = [e for e in extract(text).events if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].date is not None

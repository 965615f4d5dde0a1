"""Interceptions: munitions stopped in flight were launched, so the launch is an attack
by whoever launched them (named on the munition or as the agent of its launch), aimed
at where they were going; the interceptor is the side aimed at, never the attacker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "weapon", "actors", "place"),
    [
        ("American troops intercepted three drones targeting the Al-Tanf garrison on "
         "Wednesday.", "drone", [], "al-tanf-garrison"),
        ("A British warship downed two Houthi drones over the Red Sea on Friday.",
         "drone", ["houthis"], "red-sea"),
        ("Air defences shot down a rocket launched by Kataib Hezbollah at Erbil airport "
         "on Monday.", "rocket", ["kataib-hezbollah"], "erbil-international-airport"),
        ("Three Houthi missiles aimed at a cargo ship in the Gulf of Aden were intercepted "
         "by an American destroyer.", "missile", ["houthis"], "gulf-of-aden"),
    ],
)
def test_an_intercepted_munition_is_its_launchers_attack(
        extract: Run, text: str, weapon: str, actors: list[str], place: str) -> None:
    [ev] = [e for e in extract(text).events if e.type in ("attack", "strike")]
    assert (ev.type, ev.weapon, ev.actors, ev.location) == ("attack", weapon, actors, place)


def test_the_interceptor_neither_attacks_nor_claims(extract: Run) -> None:
    [ev] = extract("The army said it had shot down a drone that was heading for "
                   "Haifa on Tuesday.").events
    assert (ev.type, ev.actors, ev.claimed_by) == ("attack", [], [])


def test_the_interceptors_own_weapon_is_not_the_munition(extract: Run) -> None:
    [ev] = extract("Saudi air defences intercepted a ballistic missile fired at Jizan "
                   "on Sunday.").events
    assert ev.weapon == "ballistic missile"


def test_an_intercepted_shipment_is_no_attack(extract: Run) -> None:
    events = extract("The navy intercepted a shipment of rockets bound for Yemen on "
                     "Monday.").events
    assert all(e.type not in ("attack", "strike") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has downed enemy drones over the south using anti-aircraft guns.",
        "Frigates were deployed to intercept missiles fired at merchant shipping.",
    ],
)
def test_a_record_or_an_aim_of_interceptions_is_no_launch(extract: Run, text: str) -> None:
    assert all(e.type not in ("attack", "strike") for e in extract(text).events)

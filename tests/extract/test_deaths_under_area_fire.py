"""Deaths under area fire (sentences written for these tests).

Tank fire, shelling or artillery fire that kills someone, named or not ("Israeli tank
fire killed a photographer and wounded four other reporters"), is a blow whose toll that
person is, not a targeted killing of its own; a drone strike or a missile that kills a
named commander stays his targeted killing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _violent(extract: Run, text: str) -> list[Event]:
    return [e for e in extract(text, published="2023-10-20").events
            if e.type in ("attack", "strike", "killing")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On October 12, Israeli tank fire near the village of Kfar Kila killed Lebanese"
         " photographer Karim Haddad and wounded four other reporters.", "2023-10-12"),
        ("Israeli shelling killed a Lebanese shepherd near the border on Monday.",
         "2023-10-16"),
        ("Israeli artillery fire killed the journalist Nour Khalil near Marjayoun on Monday.",
         "2023-10-16"),
    ],
)
def test_a_death_under_area_fire_is_the_blows_toll(extract: Run, text: str,
                                                   date: str) -> None:
    events = _violent(extract, text)
    assert [(e.type, e.actors, e.date) for e in events] == [("strike", ["israel"], date)]


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli drone strike killed Hezbollah commander Ali Hamdan in Nabatieh on Monday.",
        "An Israeli missile killed Hezbollah commander Ali Hamdan in Nabatieh on Monday.",
    ],
)
def test_a_named_commander_killed_by_aimed_arms_stays_a_killing(extract: Run,
                                                                text: str) -> None:
    events = _violent(extract, text)
    assert [(e.type, e.subtype, e.actors) for e in events] == [
        ("killing", "targeted_killing", ["israel"])]

"""Senses of force verbs that are no force: a body that hits or targets its object
with sanctions imposes a sanction, and one attacks a policy in words; aircraft,
whoever flies them, strike from the air."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The State Department hit two Iraqi militia leaders with sanctions on Friday.",
         ["united-states"]),
        ("London on Monday hit the Houthi defence minister with new sanctions.",
         ["united-kingdom"]),
    ],
)
def test_hitting_with_sanctions_is_a_sanction(extract: Run, text: str,
                                              actors: list[str]) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["sanction"]
    assert set(events[0].actors) <= set(actors) | {"us-state-department"}


def test_attacking_a_policy_is_no_attack(extract: Run) -> None:
    assert extract("Opposition deputies attacked the cabinet's budget plan in Baghdad "
                   "on Sunday.").events == []


def test_unnamed_aircraft_that_strike_are_an_airstrike(extract: Run) -> None:
    [ev] = extract("Unknown aircraft bombed a militia convoy near Albukamal on Friday.").events
    assert (ev.type, ev.subtype) == ("strike", "airstrike")

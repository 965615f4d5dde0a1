"""The weapon of a blow: a craft that a verb of force lands on is what was hit, not what
hit it; warplanes that keep striking are the means of the strikes they keep up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "weapon", "target"),
    [
        ("US forces struck two Houthi uncrewed surface vessels in the Red Sea on Tuesday.",
         None, "two Houthi uncrewed surface vessels"),
        ("Saudi jets struck three Houthi drones near Saada on Friday.", "airstrike",
         "three Houthi drones"),
    ],
)
def test_a_craft_struck_is_the_target_not_the_weapon(extract: Run, text: str,
                                                     weapon: str | None, target: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon) == ("strike", weapon)
    assert "houthis" in ev.target_actors
    assert ev.target is not None and ev.target.startswith(target)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Rebels fired two missiles at the base near Abeche on Friday.", "missile"),
        ("Rebel drones hit a tanker off Hodeidah on Friday.", "drone"),
        ("Rebel fighters launched three drones at the airport on Friday.", "drone"),
    ],
)
def test_a_munition_launched_or_landing_stays_the_weapon(extract: Run, text: str,
                                                         weapon: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon) == ("attack", weapon)


def test_an_interception_told_by_a_participle_keeps_what_it_stopped(extract: Run) -> None:
    [ev] = extract("The army has shot down two rebel drones over Abeche, hitting Shahed "
                   "drones.").events
    assert (ev.type, ev.weapon) == ("attack", "drone")


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets kept striking the outskirts of Idlib overnight and on Monday.",
        "Turkish warplanes continued pounding PKK positions near Sinjar on Sunday.",
    ],
)
def test_warplanes_that_keep_striking_strike_from_the_air(extract: Run, text: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon) == ("strike", "airstrike")


def test_forces_that_keep_striking_name_no_means(extract: Run) -> None:
    [ev] = extract("Russian forces kept striking the outskirts of Idlib on Monday.").events
    assert (ev.type, ev.weapon) == ("strike", None)

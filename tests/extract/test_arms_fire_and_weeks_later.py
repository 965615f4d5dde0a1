"""A group's blow told by the fire of its arms ("rocket fire killed two civilians"),
a blow dated a counted number of weeks from a day named before ("a week later"), and
arms owned by a group named before ("the group's drones") (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list:
    return [e for e in extract(text).events if e.type in ("attack", "strike")]


@pytest.mark.parametrize(("text", "actor", "killed"), [
    ("Hezbollah rocket fire killed two civilians in Metula on Sunday.", "hezbollah", 2),
    ("Houthi missile fire killed three people in Jizan on Friday.", "houthis", 3),
    ("Hamas mortar fire killed four residents of Sderot on Monday.", "hamas", 4),
])
def test_fire_of_arms_that_kills_is_a_blow(extract: Run, text: str, actor: str,
                                           killed: int) -> None:
    blows = _blows(extract, text)
    assert len(blows) == 1
    assert actor in blows[0].actors
    assert blows[0].killed == killed


@pytest.mark.parametrize("text", [
    "A fire at the warehouse killed two workers in Basra on Friday.",
    "A fire in the market killed three people in Sanaa on Monday.",
])
def test_a_fire_that_burns_is_no_blow(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("Kataib Hezbollah attacked a base in Erbil on January 3. A week later, its drones "
     "struck an airfield in Harir.", "2024-01-10"),
    ("Hezbollah fired rockets at Metula on Sunday. Two weeks earlier, the group had "
     "launched drones at Safed.", "2024-01-21"),
    ("The Houthis fired a missile at Eilat on January 20. Three weeks later they launched "
     "drones at a tanker in the Red Sea.", "2024-02-10"),
])
def test_weeks_counted_from_a_day_named_before(extract: Run, text: str, day: str) -> None:
    later = _blows(extract, text)[-1]
    assert later.date == day


def test_weeks_from_no_named_day_stay_vague(extract: Run) -> None:
    text = ("Hezbollah fired rockets at Metula last week. A week later, the group "
            "launched drones at Safed.")
    assert all(len(e.date or "") <= 7 for e in _blows(extract, text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah attacked a base in Erbil on January 3. A week later, the group's "
     "drones struck an airfield in Harir.", "kataib-hezbollah"),
    ("Hezbollah shelled Metula on Sunday. On Tuesday the movement's rockets hit a base "
     "near Safed.", "hezbollah"),
])
def test_arms_owned_by_a_group_named_before(extract: Run, text: str, actor: str) -> None:
    assert actor in _blows(extract, text)[-1].actors


def test_arms_of_an_unnamed_group_have_no_doer(extract: Run) -> None:
    text = ("The Iraqi army shelled a village near Mosul on January 3. The next day, a "
            "group's drones struck a camp near Erbil.")
    assert _blows(extract, text)[-1].actors == []

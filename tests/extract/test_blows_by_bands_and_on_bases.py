"""Blows told without a weapon's name: struck "back at" a foe, a post hit by an unnamed
militia or by "the fighters", "bases" read as military bases, and soldiers killed by an
armed group; with the words, deals and deaths that are none (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _blows(extract: Run, text: str) -> list[str]:
    return [e.type for e in extract(text).events if e.type in ("attack", "strike", "killing")]


@pytest.mark.parametrize("text", [
    "US forces struck back at Kataib Hezbollah on Friday.",
    "British jets struck back at Houthi positions near Hodeidah on Sunday.",
    "The US military hit back at the Nujaba movement in Baghdad on Thursday.",
])
def test_a_state_striking_back_at_a_foe_strikes(extract: Run, text: str) -> None:
    assert _blows(extract, text) == ["strike"]


def test_the_foe_struck_back_at_is_the_target(extract: Run) -> None:
    ev = extract("US forces struck back at Kataib Hezbollah on Friday.").events[0]
    assert ev.actors == ["united-states"] and ev.target == "Kataib Hezbollah"


@pytest.mark.parametrize("text", [
    "The company struck back at its critics on Friday.",
    "The minister hit back at reporters on Friday.",
])
def test_words_struck_back_are_no_blow(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []


@pytest.mark.parametrize("text", [
    "The base was hit by the militia overnight, officials said on Tuesday.",
    "The outpost was struck by rebels on Sunday, the army said.",
    "A US convoy was hit by militias near Deir ez-Zor on Monday.",
    "Hezbollah said on Sunday the fighters hit an Israeli post near Metula.",
    "Fighters hit an army checkpoint near Idlib on Monday.",
])
def test_a_post_hit_by_an_armed_band_is_attacked(extract: Run, text: str) -> None:
    assert _blows(extract, text) == ["attack"]


@pytest.mark.parametrize("text", [
    "The camp was hit by floods on Monday.",
    "The team was hit by injuries on Sunday.",
    "The fighters hit the gym on Monday.",
    "The rebels struck a deal with the government on Monday.",
    "The fighters struck a pose for the cameras on Monday.",
])
def test_bands_that_strike_deals_or_hit_the_gym_deal_no_blow(extract: Run, text: str) -> None:
    assert _blows(extract, text) == []


@pytest.mark.parametrize("text", [
    "Iraqi militias hit US bases in Syria on Monday.",
    "Iran-backed militias struck US bases in Iraq and Syria on Monday.",
])
def test_bases_a_group_hits_are_military_bases(extract: Run, text: str) -> None:
    assert _blows(extract, text) == ["attack"]


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants killed four Iraqi soldiers near Kirkuk on Monday.", 4),
    ("Houthi forces killed two sailors aboard a cargo ship on Wednesday.", 2),
    ("The militia killed three US service members on Sunday, officials said.", 3),
    ("Three US soldiers were killed by Iran-backed militants at a base in Jordan on Sunday.",
     3),
    ("Kataib Hezbollah fighters killed three US soldiers near the border on Sunday.", 3),
])
def test_soldiers_killed_by_an_armed_group_tell_its_attack(extract: Run, text: str,
                                                          killed: int) -> None:
    events = [e for e in extract(text).events if e.type in ("attack", "killing")]
    assert [(e.type, e.killed) for e in events] == [("attack", killed)]


@pytest.mark.parametrize("text", [
    "The storm killed four soldiers on Monday.",
    "Hezbollah did not kill any soldiers on Monday, the army said.",
    "The militants killed two civilians in Kirkuk on Monday.",
])
def test_deaths_no_armed_group_deals_to_troops_are_no_attack(extract: Run, text: str) -> None:
    assert "attack" not in _blows(extract, text)

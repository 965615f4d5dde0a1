"""A state's blow told by a gerund after its people's adjective ("Turkish shelling on X
killed four", which the parse may read as the adjective doing the killing) is that
state's strike, placed where it fell, with the toll its verb gives; a run or a span of
blows ("two days of bombing", "a wave of strikes") that kills is that one strike, not a
second attack with no doer. Who answers with fire ("answered with artillery and drone
fire", "with a wave of strikes") deals it. A place joined to the site of a blow ("on US
bases in Iraq and Syria") is no doer of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _armed(ex: Extraction) -> list[Event]:
    return [e for e in ex.events if e.type in ("attack", "strike", "killing")]


@pytest.mark.parametrize(
    ("text", "doer", "site", "toll"),
    [
        ("Israeli shelling on Maroun al-Ras killed six people on Sunday.", "israel",
         "maroun-al-ras", 6),
        ("Two days of Israeli bombing on Nabatieh killed 11 people, officials said on "
         "Tuesday.", "israel", "nabatieh", 11),
        ("A wave of US airstrikes on Qaim killed 14 militants on Monday.", "united-states",
         "al-qaim", 14),
    ],
)
def test_a_states_gerund_blow_is_one_strike(extract: Run, text: str, doer: str, site: str,
                                            toll: int) -> None:
    found = _armed(extract(text))
    assert [(e.type, e.actors, e.location, e.killed) for e in found] == [
        ("strike", [doer], site, toll)]


def test_the_gerund_blow_a_deed_prompts_is_the_states(extract: Run) -> None:
    found = _armed(extract("Hezbollah fired rockets at Shlomi on Monday, prompting "
                           "Israeli shelling on Kfar Kila."))
    blow = next(e for e in found if e.location == "kfar-kila")
    assert (blow.type, blow.actors) == ("strike", ["israel"])


def test_a_drone_launched_from_abroad_stays_one_attack(extract: Run) -> None:
    found = _armed(extract("A drone launched from Syria hit a house in Eilat on Monday."))
    assert len(found) == 1 and found[0].type == "attack"


@pytest.mark.parametrize(
    "second",
    [
        "Israel answered with artillery and drone fire.",
        "Israel responded with tanks and artillery fire.",
    ],
)
def test_who_answers_with_fire_strikes(extract: Run, second: str) -> None:
    found = _armed(extract(f"Hezbollah fired rockets at Shlomi on Monday. {second}"))
    assert [(e.type, e.actors) for e in found if e.type == "strike"] == [
        ("strike", ["israel"])]


def test_answering_with_words_is_no_blow(extract: Run) -> None:
    found = _armed(extract("The minister responded with fire to the criticism on Monday."))
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Drone attacks on US bases in Iraq and Syria resumed on Monday.",
        "Rocket attacks on American positions in Iraq and Syria went on on Tuesday.",
    ],
)
def test_a_place_joined_to_the_site_is_no_doer(extract: Run, text: str) -> None:
    found = _armed(extract(text))
    assert found and all("syria" not in e.actors for e in found)

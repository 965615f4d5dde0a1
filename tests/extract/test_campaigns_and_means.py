"""Acts told through their means (a sum paid, a load brought in, gangs recruited, a post
overrun) and words that look like an act and are a title, a trend or a campaign
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[tuple[str, str | None]]:
    return sorted((e.type, e.subtype) for e in x.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Guards brought in guided rockets for the Houthis via Oman last month.",
     [("transfer", "weapons_delivery")]),
    ("The Quds Force paid the Popular Front $20 million in 2022, officials said.",
     [("transfer", "funding")]),
    ("Armed men overran an army outpost near Khash on Sunday.", [("attack", "assault")]),
    ("Balochi militants tried to overrun a police station in Iranshahr on Monday.",
     [("plot", "attempted")]),
])
def test_acts_told_by_their_means(extract: Run, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert _types(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "The Guards paid a biker gang $30,000 to firebomb a synagogue in Malmo.",
    "Police said Tehran had recruited local criminals to attack Jewish sites in Oslo.",
])
def test_an_attack_bought_or_hired_for_is_a_plot(extract: Run, text: str) -> None:
    x = extract(text)
    assert [e.type for e in x.events if e.type in ("attack", "strike", "plot")] == ["plot"]


@pytest.mark.parametrize("text", [
    "Belgian police foiled an Iranian plot to bomb a rally in Brussels on Friday.",
    "Finnish police foiled a separate plot against an exile in Turku on Friday.",
])
def test_a_foiled_plot_is_one_plot(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type == "plot"]) == 1


@pytest.mark.parametrize("text", [
    "The think tank published a paper titled \"Strike on Natanz: the day after\" on Monday.",
    "Rocket attacks on the north dropped sharply in April.",
    "The raids, which started in the spring, have emptied several villages.",
    "The militia has been shelling the camp since March 4.",
    "Moscow handed the group targeting intelligence for attacks on shipping.",
])
def test_titles_trends_campaigns_and_aids_are_no_attack(extract: Run, text: str) -> None:
    x = extract(text)
    assert not [e for e in x.events if e.type in ("attack", "strike", "plot")]


def test_munitions_ready_to_launch_are_no_launch(extract: Run) -> None:
    x = extract("US warships struck three drone boats that were prepared to launch toward "
                "the strait.")
    assert len([e for e in x.events if e.type in ("attack", "strike")]) == 1


def test_arms_that_reach_a_party_are_a_delivery(extract: Run) -> None:
    x = extract("Iranian rockets reached the Houthis through Oman last month, officials said.")
    assert _types(x) == [("transfer", "weapons_delivery")]


def test_the_deed_a_reprisal_answers_is_told_elsewhere(extract: Run) -> None:
    x = extract("British jets struck a Houthi depot near Zabid on Friday in retaliation "
                "for the missile attack on the tanker.")
    assert [e.type for e in x.events] == ["strike"]

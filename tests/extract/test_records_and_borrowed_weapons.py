"""Blows told as a record of years or as what a means has been put to, interceptions by
warplanes, and the weapon of the deed a strike follows (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _armed(x: Extraction) -> list[str]:
    return [e.type for e in x.events if e.type in ("attack", "strike", "plot")]


@pytest.mark.parametrize("text", [
    "Tehran has used criminal networks to target its opponents in Europe, officials say.",
    "Iran has used criminal gangs to attack dissidents abroad.",
    "The Houthis have used drones to strike tankers in the Red Sea since 2023.",
    "Since 2021 the movement has attacked shipping in the Gulf of Aden.",
    "Israel has struck Iranian targets in Syria since 2017.",
])
def test_a_record_or_a_means_put_to_use_is_no_blow(extract: Run, text: str) -> None:
    assert _armed(extract(text, published="2025-03-12")) == []


@pytest.mark.parametrize("text", [
    "The group used a drone to attack an oil field in Kurdistan on Monday.",
    "The Houthis have attacked a tanker off Hodeidah, the navy said on Monday.",
])
def test_a_blow_of_one_day_stays(extract: Run, text: str) -> None:
    assert _armed(extract(text, published="2025-03-12")) == ["attack"]


def test_warplanes_that_down_drones_deal_no_strike(extract: Run) -> None:
    x = extract("Jordan said its jets shot down two drones that crossed into its airspace "
                "on Monday.", published="2025-03-12")
    assert _armed(x) == ["attack"]


def test_a_strike_keeps_no_weapon_of_the_attack_it_followed(extract: Run) -> None:
    x = extract("The Israeli strike on Wednesday followed a Hezbollah drone attack on a base "
                "in the Galilee.", published="2025-03-12")
    strikes = [e for e in x.events if e.type == "strike"]
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(strikes) == 1 and strikes[0].weapon is None
    assert len(attacks) == 1 and attacks[0].weapon == "drone"


def test_blows_a_record_lists_take_its_means(extract: Run) -> None:
    x = extract("Since March, the Mahdi Brigades have used small drones in a string of attacks "
                "on Turkish posts in Syria, including an attack on a base near Manbij in "
                "March.", published="2025-06-12")
    attacks = [e for e in x.events if e.type == "attack"]
    assert [e.weapon for e in attacks] == ["drone"]

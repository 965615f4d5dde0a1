"""Casualty numbers and hedging cues."""

from __future__ import annotations

import pytest

from axiswatch.nlp.hedging import certainty_of
from axiswatch.nlp.numbers import injured_count, killed_count


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("a missile hit the ship, killing four sailors", 4, None),
        ("the bombing, which killed 85 people", 85, None),
        ("at least 550 people were killed", 550, None),
        ("two soldiers were killed in the strike", 2, None),
        ("killing one contractor and injuring several others", 1, None),
        ("injuring 12 civilians", None, 12),
        ("three people were wounded", None, 3),
        ("with three confirmed fatalities", 3, None),
        ("the death toll rose to 14", 14, None),
        ("killing 1,200 people", 1200, None),
        ("deploying approximately 100 jets", None, None),
        ("the group was killed in 2019", None, None),
        ("injuring several", None, None),
        ("dozens were killed", None, None),
        ("the drone that hit the outpost on 28 January killed three soldiers", 3, None),
        ("two strikes on Sunday killed five people", 5, None),
        # a number that is part of a date, a time or a designation counts nothing
        ("the March 14 raid on the depot killed four guards", 4, None),
        ("the shelling of 9 June, 2022 killed two farmers", 2, None),
        ("the raids of April 3 killed 11 people and wounded 30", 11, 30),
        ("at about 7:45 p.m. two guards were killed", 2, None),
        ("Su-24 jets killed 6 villagers", 6, None),
        ("the 52nd Brigade said 4 fighters were killed", 4, None),
        # "and injured" after a victims' noun is the next verb, not a passive
        ("the blast killed two police officers and injured more than 30", 2, 30),
        ("killed four guards and wounded dozens", 4, None),
        # the one named and the others
        ("killing a senior officer of the brigade and three other officers", 4, None),
        ("killing a spokesman of the group and two others", 3, None),
        ("killing two fighters, and two other people were hurt", 2, 2),
    ],
)
def test_casualties(text: str, killed: int | None, injured: int | None) -> None:
    assert killed_count(text) == killed
    assert injured_count(text) == injured


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The militia launched three drones at the base.", "confirmed"),
        ("The depot was reportedly destroyed in an airstrike.", "reported"),
        ("According to local sources, gunmen opened fire.", "reported"),
        ("Sources said the convoy was hit.", "reported"),
        ("The front claimed responsibility for the attack.", "claimed"),
        ("The attack was claimed by a little-known group.", "claimed"),
        ("The group likely conducted the attack.", "assessed"),
        ("The brigade appears to have been behind the strike.", "assessed"),
        ("Analysts assess that the cell is active.", "assessed"),
        ("Police accused the network of the bombing.", "alleged"),
        ("The blast was blamed on the militia.", "alleged"),
        ("an operative linked to the group", "alleged"),
        ("the suspected perpetrators", "alleged"),
    ],
)
def test_hedging(text: str, certainty: str) -> None:
    assert certainty_of(text) == certainty

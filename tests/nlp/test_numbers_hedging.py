"""Casualty numbers and hedging cues."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.nlp.hedging import certainty_of, hedge_asides, weaker
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
        # a month's year is no count of the dead
        ("a US strike in Baghdad in January 2020 killed the commander", None, None),
        ("a strike in March 2021 killed 10 people", 10, None),
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
        # a verb followed by its own count is active: "a" before it counts nothing
        ("a drone attack on a base near the city killed two soldiers", 2, None),
        ("an ambush killed a guard", 1, None),
        ("two other guards were also killed", 2, None),
        ("his deputy and five other officers were also killed", 6, None),
        ("his deputy, a general, and two other officers were killed", 3, None),
        ("the commander and one of his guards died in the blast", 2, None),
        ("in response to the killing of three soldiers at the outpost", 3, None),
        ("the wounding of two guards", None, 2),
        ("two bystanders were reportedly wounded", None, 2),
        ("gunmen shot dead three police officers", 3, None),
        # the one named and the others
        ("killing a senior officer of the brigade and three other officers", 4, None),
        ("killing a spokesman of the group and two others", 3, None),
        ("killing two fighters, and two other people were hurt", 2, 2),
        # more victims joined by "and": each counts
        ("killing two Danish soldiers and a French army medic and wounding about nine others",
         3, 9),
        ("a drone hit the outpost, killing three guards and a contractor", 4, None),
        ("killing a farmer and his two sons", 3, None),
        ("the blast killed a colonel and his driver", 2, None),
        # ... and how many more a plural with no number tells is vague
        ("the strike killed a commander and his bodyguards", None, None),
        ("two soldiers and a civilian were killed", 3, None),
        ("a policeman and two passengers were wounded", None, 3),
        ("wounding four soldiers and a civilian", None, 5),
        # ... but not an unknown number, nor the subject of another clause
        ("killing two soldiers and an unknown number of civilians", 2, None),
        ("killing two soldiers and a few civilians", 2, None),
        ("killing two soldiers and a guard was wounded", 2, 1),
        # (a verb of harm in an earlier clause does not stop the count)
        ("the raid killed three, while two soldiers and a civilian were wounded", 3, 3),
        ("the blast killed two soldiers, and a civilian was wounded", 2, 1),
        ("killing two people and wounding a child", 2, 1),
        # a list of victims, each counted, closed by "and"
        ("killing three soldiers, two police officers and a civilian", 6, None),
        ("killing one sailor, a Filipino sailor and an Indian interpreter", 3, None),
        ("wounding four guards, two drivers, and a journalist", None, 7),
        # ... not a part of the first ("two of them officers"), nor another clause
        ("killing three soldiers, two of them officers, and a civilian", 3, None),
        ("killing two soldiers, the army said, and a civilian", 2, None),
        ("killing three soldiers, two guards and a driver were wounded", 3, 3),
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
        ("Washington holds the brigade chiefly responsible for the raid.", "alleged"),
        ("Officials said the cell was responsible for the bombing.", "alleged"),
        ("The blast bore the hallmarks of the brigade.", "assessed"),
        ("The front was the probable operator of the drone.", "assessed"),
        ("The official responsible for logistics resigned.", "confirmed"),
    ],
)
def test_hedging(text: str, certainty: str) -> None:
    assert certainty_of(text) == certainty


def test_skipped_ranges_carry_no_cue() -> None:
    text = "A raid killed a leader of the brigade, which officials blame for a bombing."
    start = text.index("which")
    assert certainty_of(text) == "alleged"
    assert certainty_of(text, skip=((start, len(text)),)) == "confirmed"


def test_weaker_certainty() -> None:
    assert weaker("confirmed", "alleged") == "alleged"
    assert weaker("assessed", "reported") == "assessed"
    assert weaker("claimed", "assessed") == "claimed"


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        # The hedge of a relative clause about another party stays with that party.
        ("A drone strike killed a commander of the brigade, the faction that officials "
         "blame for a bombing last month.", "killed", "confirmed"),
        ("A drone strike killed a commander of the brigade, the faction that officials "
         "blame for a bombing last month.", "bombing", "alleged"),
        # Targets "linked to" someone: the owner of the targets, not a doubt on the strike.
        ("The navy struck targets linked to the militia on Friday.", "struck", "confirmed"),
        # A hedge on the event itself stays.
        ("The depot was hit on Friday in a strike blamed on the navy.", "strike", "alleged"),
        # A coordinated clause with a subject of its own tells something else.
        ("Rockets hit the base on Monday, and officials said the militia was probably "
         "preparing more.", "hit", "confirmed"),
    ],
)
def test_hedge_asides(extractor: Extractor, text: str, trigger: str, certainty: str) -> None:
    sent = next(iter(extractor.nlp(text).sents))
    tok = next(t for t in sent if t.text == trigger)
    found = certainty_of(sent.text, skip=hedge_asides(sent, tok))
    assert found == certainty


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Four villagers lost their lives in the flood.", 4, None),
    ("Officials reported 12 fatalities.", 12, None),
    ("The death toll climbed to 31.", 31, None),
    ("Gunmen shot dead two guards.", 2, None),
    ("Three passengers were hurt.", None, 3),
    ("The crash left 9 injuries.", None, 9),
])
def test_every_count_pattern_passes_its_word_filter(text: str, killed: int | None,
                                                    injured: int | None) -> None:
    # A text is read for counts only when it holds a kill/death/toll or injury word.
    assert killed_count(text) == killed
    assert injured_count(text) == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The Syrian army lost two soldiers in an Israeli strike near Damascus.", 2),
        ("Hezbollah announced the loss of three fighters in an Israeli strike.", 3),
        ("The militia said it had lost five of its fighters in a US strike.", 5),
        ("The Houthis lost two drones in a failed attack on a destroyer.", None),
        ("The group has lost 3 percent of its arsenal.", None),
        ("The party lost two members of parliament in the vote.", None),
        ("The movement has lost a member of its team to a rival.", None),
    ],
)
def test_people_a_side_lost_are_its_dead(text: str, killed: int | None) -> None:
    assert killed_count(text) == killed

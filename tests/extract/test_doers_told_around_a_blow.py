"""Doers of a blow told around it: a claim put out under a group's banner, a munition
that "fired" and then "struck", a blame told ahead of the deed it names, the moment of a
campaign told before, a launch from the land of the one group the report tells
striking, and the fighters a group's own video shows (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import attacks, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the Conoco gas field on Monday, in an attack claimed under the banner "
        "of the Islamic Resistance in Iraq.",
        "Rockets hit the Conoco gas field on Monday. The attack was claimed under the "
        "Islamic Resistance in Iraq banner.",
        "Rockets hit the Conoco gas field on Monday, claimed in the name of the Islamic "
        "Resistance in Iraq.",
    ],
)
def test_a_deed_claimed_under_a_groups_banner_is_claimed_by_it(extract: Run, text: str) -> None:
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]


def test_a_claim_under_a_new_name_is_still_the_claimants(extract: Run) -> None:
    text = ("Rockets hit the Conoco gas field on Monday. Kataib Hezbollah claimed the attack "
            "under a new name.")
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == ["kataib-hezbollah"]


def test_a_munition_that_fired_and_struck_is_one_blow(extract: Run) -> None:
    text = ("The ballistic missile fired from Yemen on Sunday morning struck a field next to "
            "a service road near Ben Gurion airport, leaving a crater.")
    (attack,) = attacks(extract(text))
    assert attack.location == "ben-gurion-airport"
    assert attack.weapon is not None


def test_a_group_that_fired_and_struck_tells_two_blows(extract: Run) -> None:
    text = "Hezbollah fired rockets at Kiryat Shmona on Monday and struck an army post near Metula."
    assert len(attacks(extract(text))) == 2


LEAD = ("US jets bombed two depots of Kataib Hezbollah in Iraq on Wednesday, hours after the "
        "group was blamed for firing a ballistic missile at Ain al-Asad.\n")


def test_a_blame_told_ahead_of_its_deed_is_of_the_deed_told_next(extract: Run) -> None:
    text = LEAD + "The missile hit the base on Tuesday night, lightly wounding four soldiers."
    (attack,) = attacks(extract(text))
    assert "kataib-hezbollah" in parties(attack)


def test_a_blame_told_ahead_is_not_of_a_blow_with_other_arms(extract: Run) -> None:
    text = LEAD + "Rockets hit Erbil airport on Tuesday night."
    (attack,) = attacks(extract(text))
    assert not parties(attack)


RUN = ("The Islamic Resistance in Iraq turned its fire on US forces first. Between October "
       "and January it claimed more than a hundred drone attacks on bases used by US troops, "
       "among them Ain al-Asad. ")


def test_the_moment_of_a_campaign_is_of_the_campaigns_doers(extract: Run) -> None:
    text = RUN + "The campaign peaked on January 28, when a drone killed three soldiers in Jordan."
    attack = next(e for e in attacks(extract(text)) if e.date == "2024-01-28")
    assert parties(attack) == {"islamic-resistance-in-iraq"}


def test_an_owned_campaign_is_of_its_owner(extract: Run) -> None:
    text = ("Hezbollah fired rockets at Kiryat Shmona on Monday. Its campaign reached a peak "
            "on Friday, when a drone struck a base near Safed.")
    attack = next(e for e in attacks(extract(text)) if e.location == "safed")
    assert attack.actors == ["hezbollah"]


@pytest.mark.parametrize(
    "before",
    [
        # another paragraph
        "Hezbollah fired rockets at Kiryat Shmona on Monday.\nThe campaign",
        # two sides strike before it
        "Hezbollah fired rockets at Kiryat Shmona on Monday, and Israeli jets struck "
        "Nabatieh on Tuesday. The campaign",
        # a campaign against someone tells no doer
        "Hezbollah fired rockets at Kiryat Shmona on Monday. The campaign against the army",
    ],
)
def test_the_campaign_of_no_one_doer_gives_none(extract: Run, before: str) -> None:
    text = before + " peaked on Friday, when a drone struck a base near Safed."
    attack = next(e for e in attacks(extract(text)) if e.location == "safed")
    assert not parties(attack)


def test_a_blow_launched_from_the_land_of_the_group_told_striking_is_its(extract: Run) -> None:
    text = ("The Houthis fired a drone at Eilat on Friday. On Sunday, a ballistic missile "
            "fired from Yemen struck a field near Ben Gurion airport.")
    attack = next(e for e in attacks(extract(text)) if e.location == "ben-gurion-airport")
    assert attack.actors == ["houthis"]


def test_attacks_from_the_land_of_the_group_told_before_are_its(extract: Run) -> None:
    text = ("In 2022, Kataib Hezbollah tried to target Eilat with a drone. In recent months, "
            "drone attacks from Iraq have become more deadly, killing a soldier in the Golan "
            "Heights last month.")
    attack = next(e for e in attacks(extract(text)) if e.location == "golan-heights")
    assert attack.actors == ["kataib-hezbollah"]


@pytest.mark.parametrize(
    "before",
    [
        # the group told striking is of another land
        "The Houthis fired rockets at Eilat on Monday. ",
        # two groups of that land
        "Kataib Hezbollah and Harakat al-Nujaba fired drones at Eilat on Friday. ",
        # the group striking is told in another paragraph
        "Kataib Hezbollah fired rockets at Ain al-Asad on Monday.\n",
    ],
)
def test_a_launch_from_a_land_of_no_one_group_gives_none(extract: Run, before: str) -> None:
    text = before + "On Sunday, a drone launched from Iraq struck a base in the Golan Heights."
    attack = next(e for e in attacks(extract(text)) if e.date == "2024-02-04")
    assert not parties(attack)


@pytest.mark.parametrize(
    "text",
    [
        "Houthi media released a video showing fighters boarding a tanker and setting off "
        "explosives on its deck.",
        "A video published by the Houthis on Friday shows masked fighters boarding a tanker "
        "and detonating charges on its deck.",
    ],
)
def test_the_fighters_a_groups_video_shows_are_its_own(extract: Run, text: str) -> None:
    (attack,) = attacks(extract(text))
    assert attack.actors == ["houthis"]


def test_the_fighters_a_video_names_as_anothers_are_not_the_airers(extract: Run) -> None:
    text = "The Houthis released a video showing Hamas fighters attacking an army post."
    (attack,) = attacks(extract(text))
    assert attack.actors == ["hamas"]

"""Claims told by a post, by a spokesman of the group's own forces, by the motive of "the
operation", by the arms used, or with nothing after them; and the place of what a deed
answers (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import attacks

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Islamic Resistance in Iraq posted on Telegram that it had targeted the Kharab "
         "al-Jir base in Syria with drones on Monday.", "islamic-resistance-in-iraq"),
        ("Houthi military spokesman Yahya Saree said in a televised statement that the "
         "group's naval forces had attacked the vessel.", "houthis"),
        ("Hezbollah wrote on its Telegram channel that it had struck an Israeli tank near "
         "Metula on Sunday.", "hezbollah"),
    ],
)
def test_a_group_telling_its_own_deed_claims_it(extract: Run, text: str,
                                                claimant: str) -> None:
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == [claimant]
    assert attack.certainty == "claimed"


@pytest.mark.parametrize(
    "after",
    [
        "In a statement, the Islamic Resistance in Iraq said it had used drones.",
        "The Islamic Resistance in Iraq said the operation was a response to US support "
        "for Israel.",
        "The Islamic Resistance in Iraq said it was responsible.",
    ],
)
def test_a_claim_of_the_deed_told_before(extract: Run, after: str) -> None:
    text = "Drones attacked the Al-Omar oil field on Sunday. " + after
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]
    assert attack.certainty == "claimed"


@pytest.mark.parametrize(
    "after",
    [
        "The Islamic Resistance in Iraq said it would use drones against US bases.",
        "Kataib Hezbollah said it was not responsible.",
    ],
)
def test_no_claim_without_a_deed_owned(extract: Run, after: str) -> None:
    text = "Drones attacked the Al-Omar oil field on Sunday. " + after
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == []
    assert attack.certainty == "confirmed"


def test_a_government_naming_the_culprit_claims_nothing(extract: Run) -> None:
    text = ("Militants fired rockets at Ain al-Asad air base on Monday. The Iraqi government "
            "said Kataib Hezbollah was responsible.")
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == []
    assert attack.attributed_to == ["kataib-hezbollah"]


@pytest.mark.parametrize(
    ("doer", "claim"),
    [
        ("Kataib Hezbollah", "The Islamic Resistance in Iraq later claimed responsibility."),
        ("Iraqi militants", "The Islamic Resistance in Iraq later took credit."),
    ],
)
def test_an_umbrella_claims_an_attack_told_with_its_doers(extract: Run, doer: str,
                                                          claim: str) -> None:
    text = f"{doer} fired rockets at Ain al-Asad air base on Monday. {claim}"
    (attack,) = attacks(extract(text))
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]
    assert attack.actors


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah attacked the base in retaliation for the war in Gaza.",
        "Kataib Hezbollah said the attack was in retaliation for the war in Gaza.",
        "Militants shelled the camp in response to the siege of Gaza.",
    ],
)
def test_what_a_deed_answers_does_not_place_it(extract: Run, text: str) -> None:
    (attack,) = attacks(extract(text))
    assert attack.location != "gaza-strip"


def test_a_place_of_its_own_stays(extract: Run) -> None:
    text = "Israel struck Hezbollah positions in southern Lebanon in response to rocket fire."
    (strike,) = [e for e in extract(text).events if e.type == "strike"]
    assert strike.location == "south-lebanon"


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said it had struck an Israeli tank near Metula on Sunday.",
        "Hezbollah hit an Israeli army position in the Shebaa Farms.",
        "The Houthis struck a US warship in the Red Sea, the group said.",
    ],
)
def test_an_armed_group_hitting_soldiers_is_an_attack_without_a_weapon(extract: Run,
                                                                      text: str) -> None:
    assert len(attacks(extract(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah struck a deal with the government.",
        "Hezbollah hit a record number of recruits this year.",
        "The Houthis struck a blow to Saudi pride.",
        "The militia said four of its fighters had been killed in the strikes, which it "
        "said hit positions guarding the border.",
    ],
)
def test_no_attack_from_a_group_hitting_no_army(extract: Run, text: str) -> None:
    assert attacks(extract(text)) == []

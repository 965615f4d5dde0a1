"""Claims put out in a group's name, a bare claim of a deed told before, a brand named
again as "the name" with the groups behind it, a militia named again by "the group", and
a blow aimed towards "the X area" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import attacks, parties, statements

Run = Callable[..., Extraction]

BLOW = "Three drones attacked US troops at the Harir base on Monday, US officials said. "


@pytest.mark.parametrize(
    "claim",
    [
        "A Telegram message in the name of the Islamic Resistance in Iraq took "
        "responsibility.",
        "A statement issued on behalf of the Islamic Resistance in Iraq claimed the attack.",
    ],
)
def test_a_document_put_out_in_a_groups_name_claims_for_it(extract: Run, claim: str) -> None:
    (attack,) = attacks(extract(BLOW + claim))
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]


def test_a_document_about_a_groups_name_claims_nothing(extract: Run) -> None:
    text = BLOW + "A message on the name of the Islamic Resistance in Iraq went unanswered."
    (attack,) = attacks(extract(text))
    assert not parties(attack)


def test_a_bare_claim_of_a_deed_told_before_is_no_statement_of_its_own(extract: Run) -> None:
    x = extract(BLOW + "The Islamic Resistance in Iraq claimed responsibility.")
    (attack,) = attacks(x)
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]
    assert not statements(x)


def test_a_claim_that_names_the_deed_stays_a_statement(extract: Run) -> None:
    text = ("A drone struck a house in Caesarea on Saturday. On Tuesday, Hezbollah's "
            "spokesman said the group took full responsibility for the Caesarea operation.")
    assert statements(extract(text))


@pytest.mark.parametrize(
    "brand",
    [
        "The name is widely seen as a front behind which Kataib Hezbollah and Harakat "
        "al-Nujaba operate.",
        "The banner is a front for Kataib Hezbollah and Harakat al-Nujaba.",
    ],
)
def test_a_brand_named_again_fronts_for_the_groups_behind_it(extract: Run, brand: str) -> None:
    text = BLOW + "A new banner, the Islamic Resistance in Iraq, claimed the attack. " + brand
    x = extract(text)
    fronts = {(r.subject, r.object) for r in x.relations if r.predicate == "front_for"}
    assert fronts == {("islamic-resistance-in-iraq", "kataib-hezbollah"),
                      ("islamic-resistance-in-iraq", "harakat-hezbollah-al-nujaba")}
    (attack,) = attacks(x)
    assert parties(attack) == {"islamic-resistance-in-iraq", "kataib-hezbollah",
                               "harakat-hezbollah-al-nujaba"}


def test_a_banner_groups_fight_under_is_no_front(extract: Run) -> None:
    text = ("The Islamic Resistance in Iraq is the banner under which Kataib Hezbollah and "
            "Harakat al-Nujaba have claimed attacks.")
    assert not [r for r in extract(text).relations if r.predicate == "front_for"]


def test_a_militia_named_again_by_its_backing_is_no_hired_band(extract: Run) -> None:
    text = ("Kataib Hezbollah was blamed for a rocket attack on the Ain al-Asad base on "
            "Monday. The Iran-backed group fired the rockets from a truck, officials said.")
    (attack,) = attacks(extract(text))
    assert "iran" not in parties(attack)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rockets were fired towards the Haifa area on Saturday.", "haifa"),
        ("Two drones were launched towards the Tel Aviv area on Saturday.", "tel-aviv"),
    ],
)
def test_a_blow_aimed_towards_a_towns_area_is_placed_there(extract: Run, text: str,
                                                           place: str) -> None:
    (attack,) = attacks(extract(text))
    assert attack.location == place


def test_other_drones_aimed_elsewhere_are_another_blow(extract: Run) -> None:
    text = ("A drone fired from Lebanon struck a house in Caesarea on Saturday. Officials "
            "said two other drones were launched towards the Tel Aviv area at about the "
            "same time.")
    assert {a.location for a in attacks(extract(text))} == {"caesarea", "tel-aviv"}

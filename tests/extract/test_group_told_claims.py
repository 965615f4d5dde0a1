"""Claims told in a group's own words in the sentence after an attack, or around it:
an armed group that reports an attack no one is named to have done, that tells the
attack's motive, or that says it set the charge is its claimant; a front group's
patron named beside it is held responsible. A group reporting its own losses, and
officials reporting, claim nothing."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]


def _attack(ex: Extraction) -> Event:
    found = [e for e in ex.events if e.type == "attack"]
    assert found, [(e.type, e.evidence.text) for e in ex.events]
    return found[0]


def test_a_group_reporting_an_attack_without_a_doer_claims_it(extract: Run) -> None:
    ev = _attack(extract("Two drones hit the Conoco field base in Syria on Sunday, Kataib "
                         "Hezbollah said in a statement."))
    assert ev.claimed_by == ["kataib-hezbollah"]


def test_the_group_as_reporter_is_the_group_named_before(extract: Run) -> None:
    text = ("Harakat al-Nujaba has threatened US forces for weeks. A rocket hit the Ain "
            "al-Asad air base on Friday, the group said.")
    assert parties(_attack(extract(text))) == {"harakat-hezbollah-al-nujaba"}


def test_a_group_telling_its_losses_claims_nothing(extract: Run) -> None:
    text = ("A drone struck a van near Qusayr on Friday, killing three of its members, "
            "Hezbollah said.")
    assert "hezbollah" not in parties(_attack(extract(text)))


def test_officials_reporting_claim_nothing(extract: Run) -> None:
    text = ("Kataib Hezbollah vowed revenge on Monday. || A rocket hit the Victory base near "
            "Baghdad airport on Tuesday, Iraqi officials said.")
    assert parties(_attack(extract(text))) == set()


def test_a_group_telling_the_motive_claims_the_attack(extract: Run) -> None:
    text = ("A drone hit the Rumeilan base in Hasakah on Monday. Kataib Hezbollah said the "
            "attack was a response to the war on Gaza.")
    assert parties(_attack(extract(text))) == {"kataib-hezbollah"}


def test_a_group_saying_it_set_the_charge_claims_the_blast(extract: Run) -> None:
    text = ("A roadside bomb hit a supply convoy near Samawah on Saturday. Saraya Awliya "
            "al-Dam said it had planted the device.")
    assert parties(_attack(extract(text))) == {"saraya-awliya-al-dam"}


def test_a_front_group_claims_and_its_patron_is_held_responsible(extract: Run) -> None:
    text = ("A roadside bomb hit a supply convoy near Samawah on Saturday. Ashab al-Kahf, "
            "a group thought to front for Kataib Hezbollah, claimed the blast.")
    ev = _attack(extract(text))
    assert ev.claimed_by == ["ashab-al-kahf"]
    assert ev.attributed_to == ["kataib-hezbollah"]


def test_a_multinational_force_reporting_an_attack_on_it_claims_nothing(extract: Run) -> None:
    text = ("Rockets struck the Union III base in Baghdad on Sunday. The US-led coalition said "
            "12 rockets had been fired at the base.")
    assert parties(_attack(extract(text))) == set()


def test_a_group_told_by_what_it_is_called_claims(extract: Run) -> None:
    text = ("A roadside bomb hit a fuel convoy near Hilla on Tuesday. A group calling itself "
            "Saraya Awliya al-Dam claimed the blast.")
    assert parties(_attack(extract(text))) == {"saraya-awliya-al-dam"}


def test_a_statement_attributed_to_a_group_is_its_claim(extract: Run) -> None:
    text = ("A drone hit the Tanf garrison on Wednesday. A statement attributed to Kataib "
            "Hezbollah claimed the attack on the garrison.")
    assert parties(_attack(extract(text))) == {"kataib-hezbollah"}


def test_a_video_of_a_bystander_claims_nothing(extract: Run) -> None:
    text = ("Rockets hit the Ain al-Asad base on Friday. A video released by a Kurdish channel "
            "showed smoke over the base.")
    assert parties(_attack(extract(text))) == set()


def test_a_claim_naming_the_town_finds_the_attack_on_its_airport(extract: Run) -> None:
    text = ("Rockets hit Erbil International Airport on March 3. On March 6 a drone struck a "
            "supply depot near Basra. A group called Saraya Awliya al-Dam claimed the Erbil "
            "attack.")
    ex = extract(text)
    [erbil] = [e for e in ex.events if e.type == "attack" and e.location ==
               "erbil-international-airport"]
    assert erbil.claimed_by == ["saraya-awliya-al-dam"]
    others = [e for e in ex.events if e.type == "attack" and e is not erbil]
    assert all(not e.claimed_by for e in others)


def test_a_claim_leaves_an_attack_a_source_reported_reported(extract: Run) -> None:
    text = ("A drone struck the Tanf garrison on Monday, according to the Pentagon. Kataib "
            "Hezbollah claimed the attack on the garrison.")
    ev = _attack(extract(text))
    assert ev.claimed_by == ["kataib-hezbollah"]
    assert ev.certainty == "reported"


def test_the_group_using_a_claimants_name_is_held_responsible(extract: Run) -> None:
    text = ("A rocket hit the Taji base on Sunday. A group called Ashab al-Kahf claimed the "
            "attack; US officials say the name is used by Kataib Hezbollah.")
    ev = _attack(extract(text))
    assert ev.claimed_by == ["ashab-al-kahf"]
    assert ev.attributed_to == ["kataib-hezbollah"]


def test_a_place_that_changed_its_name_blames_no_one(extract: Run) -> None:
    text = ("A rocket hit the Taji base on Sunday. The name of the base was changed by the "
            "Iraqi army in 2019.")
    assert parties(_attack(extract(text))) == set()


def test_an_umbrella_name_used_by_unnamed_groups_blames_no_one_else(extract: Run) -> None:
    text = ("A drone hit the Rumeilan base on Sunday. The Islamic Resistance in Iraq, a name "
            "used by several Iran-aligned groups, claimed the attack.")
    assert parties(_attack(extract(text))) == {"islamic-resistance-in-iraq"}

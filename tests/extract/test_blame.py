"""Responsibility stated in another sentence than the event (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _violent(extraction: Extraction) -> list[Event]:
    return [e for e in extraction.events if e.type in ("attack", "strike", "killing", "plot")]


@pytest.mark.parametrize(
    ("text", "role", "party", "certainty"),
    [
        ("A rocket attack on Friday hit a military base near Mosul, killing a contractor. "
         "US officials blamed Kata'ib Hezbollah for that attack.",
         "attributed_to", "kataib-hezbollah", "alleged"),
        ("A drone struck an outpost in Jordan on Sunday, killing two soldiers. Officials "
         "said the strike bore the hallmarks of Harakat al-Nujaba.",
         "attributed_to", "harakat-hezbollah-al-nujaba", "assessed"),
        ("A bomb exploded near a market in Basra on Monday. Iraqi officials accused Asa'ib "
         "Ahl al-Haq of the bombing.", "attributed_to", "asaib-ahl-al-haq", "alleged"),
        ("Gunmen attacked a checkpoint in Diyala on Tuesday. Washington holds Kata'ib "
         "Hezbollah responsible for the attack.", "attributed_to", "kataib-hezbollah",
         "alleged"),
        ("A drone hit a base in Syria on Wednesday. The Pentagon attributed the strike to "
         "the Houthis.", "attributed_to", "houthis", "alleged"),
        ("An air strike destroyed a house in Damascus on Monday, killing two officers. Iran "
         "blamed Israel.", "attributed_to", "israel", "alleged"),
        # "responsible" with nothing after it answers for the event just told.
        ("Two rockets fell near the airport in Baghdad on Monday. Police sources said "
         "Kata'ib Hezbollah was probably responsible.", "attributed_to", "kataib-hezbollah",
         "assessed"),
        ("A drone hit an outpost near Hasakah on Friday. US officials held Harakat "
         "al-Nujaba responsible.", "attributed_to", "harakat-hezbollah-al-nujaba", "alleged"),
        # A claim told apart: the claimant's word is all the report has.
        ("Rockets hit a base in Erbil on Monday, wounding two soldiers. The Islamic "
         "Resistance in Iraq claimed the attack.", "claimed_by",
         "islamic-resistance-in-iraq", "claimed"),
    ],
)
def test_blame_in_a_later_sentence_reaches_the_event(extract: Run, text: str, role: str,
                                                      party: str, certainty: str) -> None:
    events = _violent(extract(text))
    assert len(events) == 1  # the reference ("the strike") is no event of its own
    assert party in getattr(events[0], role)
    assert events[0].certainty == certainty


def test_a_demonstrative_points_at_the_latest_event(extract: Run) -> None:
    text = ("A drone struck a base in Syria on Sunday. Two days later, rockets hit a base in "
            "Erbil, wounding a soldier. Officials blamed Kata'ib Hezbollah for that attack.")
    events = sorted(_violent(extract(text)), key=lambda e: e.evidence.start)
    assert [e.attributed_to for e in events] == [[], ["kataib-hezbollah"]]


def test_the_reference_date_picks_the_event(extract: Run) -> None:
    text = ("Rockets hit a base in Erbil on Sunday, wounding a soldier. A drone struck a base "
            "in Syria on Monday, causing no casualties.\n\nOfficials blamed Kata'ib Hezbollah "
            "for Sunday's attack.")
    events = sorted(_violent(extract(text)), key=lambda e: e.evidence.start)
    assert [e.attributed_to for e in events] == [["kataib-hezbollah"], []]


def test_an_event_with_a_stated_perpetrator_is_left_alone(extract: Run) -> None:
    text = ("Israeli jets struck a depot near Tyre on Monday. Hezbollah blamed the United "
            "States.")
    events = _violent(extract(text))
    assert [(e.actors, e.attributed_to, e.certainty) for e in events] == [
        (["israel"], [], "confirmed")]


def test_a_sentence_that_names_no_event_blames_nothing(extract: Run) -> None:
    text = ("A drone struck a base in Syria on Sunday. Critics said the militias were "
            "affiliated with Asa'ib Ahl al-Haq and linked to Iran.")
    events = _violent(extract(text))
    assert [(e.attributed_to, e.certainty) for e in events] == [([], "confirmed")]


@pytest.mark.parametrize(("accusation", "blamed"), [
    # an accusation of another deed blames nobody for the event just told
    ("Baghdad has accused Ankara of allowing the group a foothold in the north.", False),
    ("Baghdad has accused Ankara of carrying out the strike.", True),
])
def test_an_accusation_blames_only_for_a_violent_deed(
        extract: Run, accusation: str, blamed: bool) -> None:
    text = "A drone struck a base near Erbil on Sunday. " + accusation
    [event] = _violent(extract(text))
    assert bool(event.all_actors()) == blamed


def test_a_title_gives_its_claimant_to_the_story_below(extract: Run) -> None:
    text = ("Harakat al-Nujaba claims drone attack on Tower 22\n\n"
            "A drone struck Tower 22 in northeastern Jordan on Sunday, officials said.\n\n"
            "Rockets hit a base in Syria later that day.")
    events = _violent(extract(text))
    by_place = {e.location: e for e in events}
    assert by_place["tower-22"].claimed_by == ["harakat-hezbollah-al-nujaba"]
    assert not any(e.all_actors() for e in events if e.location != "tower-22")


def test_a_title_naming_another_place_claims_nothing_below(extract: Run) -> None:
    text = ("Harakat al-Nujaba claims drone attack on Tower 22\n\n"
            "Rockets hit Ain al-Asad air base in Iraq on Sunday, officials said.")
    [event] = _violent(extract(text))
    assert event.all_actors() == []


def test_a_group_saying_it_hit_the_site_told_before_claims_that_blow(extract: Run) -> None:
    text = ("A drone struck the Conoco gas field base in eastern Syria on Friday, the US "
            "military said. Harakat al-Nujaba said in a statement that it had targeted "
            "the base.")
    [event] = _violent(extract(text))
    assert event.claimed_by == ["harakat-hezbollah-al-nujaba"]


def test_a_denied_claim_claims_nothing(extract: Run) -> None:
    text = ("An air strike destroyed a house in Damascus on Monday. Israel did not claim "
            "the strike.")
    events = _violent(extract(text))
    assert [(e.claimed_by, e.certainty) for e in events] == [([], "confirmed")]


def test_the_attack_in_a_later_paragraph_is_the_lead_event(extract: Run) -> None:
    text = ("A drone attack on a base in Jordan on Sunday killed three soldiers.\n\n"
            "The same day, the Islamic Resistance in Iraq claimed drone launches against two "
            "other bases in Syria.\n\nWe assess that Kata'ib Hezbollah probably conducted the "
            "attack.")
    events = sorted(_violent(extract(text)), key=lambda e: e.evidence.start)
    lead = events[0]
    assert "kataib-hezbollah" in lead.actors + lead.attributed_to
    assert lead.certainty == "assessed"
    assert all("kataib-hezbollah" not in e.actors + e.attributed_to for e in events[1:])


def test_a_relative_clause_without_pronoun_holds_its_antecedent_responsible(
        extract: Run) -> None:
    text = ("BAGHDAD — Kataib Hezbollah, the armed faction that officials hold chiefly "
            "responsible for the drone attack that killed two soldiers in Jordan, said on "
            "Tuesday it was suspending operations.")
    events = _violent(extract(text))
    assert [(e.attributed_to, e.certainty) for e in events] == [
        (["kataib-hezbollah"], "alleged")]


def test_a_ship_linked_to_a_country_blames_no_one(extract: Run) -> None:
    text = ("An air strike hit a depot in Damascus on Monday. Hours later, commandos seized "
            "a container ship linked to an Israeli businessman near the Strait of Hormuz.")
    events = [e for e in _violent(extract(text)) if "Damascus" in e.evidence.text]
    assert [e.attributed_to for e in events] == [[]]


def test_a_claim_of_the_attack_on_the_base_makes_it_claimed(extract: Run) -> None:
    text = ("A drone attack late on Sunday on an oil field base in eastern Syria killed six "
            "fighters. The Islamic Resistance in Iraq claimed a drone attack on the base.")
    events = _violent(extract(text))
    assert [(e.claimed_by, e.certainty) for e in events] == [
        (["islamic-resistance-in-iraq"], "claimed")]


def test_a_claim_of_launches_elsewhere_is_not_the_attack(extract: Run) -> None:
    text = ("A drone attack on a base in Jordan on Sunday killed three soldiers. The Islamic "
            "Resistance in Iraq said it had launched drones at bases in Syria.")
    events = sorted(_violent(extract(text)), key=lambda e: e.evidence.start)
    assert events[0].claimed_by == [] and events[0].certainty == "confirmed"


def test_singled_out_as_the_probable_operator(extract: Run) -> None:
    text = ("A drone hit a base in Jordan on Sunday, killing three soldiers. Officials have "
            "singled out Kata'ib Hezbollah as the probable operator of the attack.")
    events = _violent(extract(text))
    assert [(e.attributed_to, e.certainty) for e in events] == [
        (["kataib-hezbollah"], "assessed")]


@pytest.mark.parametrize("disowning", [
    "Asa'ib Ahl al-Haq said it was not responsible.",
    "Asa'ib Ahl al-Haq denied that it was responsible.",
    "Asa'ib Ahl al-Haq said it was not responsible for the attack.",
])
def test_a_party_that_disowns_the_event_is_not_held_responsible(extract: Run,
                                                                 disowning: str) -> None:
    [ev] = _violent(extract(f"Mortar rounds hit a base near Kirkuk on Sunday. {disowning}"))
    assert "asaib-ahl-al-haq" not in ev.attributed_to


@pytest.mark.parametrize("reference", [
    "The Islamic Resistance in Iraq claimed both attacks.",
    "The Islamic Resistance in Iraq claimed the attacks on Telegram.",
    "The Islamic Resistance in Iraq claimed responsibility for the two attacks.",
])
def test_a_plural_reference_carries_to_every_event_it_names(extract: Run,
                                                            reference: str) -> None:
    text = ("A drone hit a base near Erbil on Monday. Rockets landed near a base in Hasakah "
            f"on Tuesday. {reference}")
    events = _violent(extract(text))
    assert len(events) == 2
    assert all(e.claimed_by == ["islamic-resistance-in-iraq"] for e in events)


def test_a_counted_reference_takes_only_the_latest_events(extract: Run) -> None:
    text = ("A drone hit a base near Erbil on Sunday. Rockets hit a base in Hasakah on Monday. "
            "Mortars hit a base in Deir ez-Zor on Tuesday. US officials blamed Kata'ib "
            "Hezbollah for the two attacks.")
    events = sorted(_violent(extract(text)), key=lambda e: e.evidence.start)
    assert [e.attributed_to for e in events] == [[], ["kataib-hezbollah"],
                                                 ["kataib-hezbollah"]]


def test_a_counted_claim_gives_its_claimant_to_the_events_told_after_it(extract: Run) -> None:
    text = ("Kata'ib Hezbollah claimed two attacks on Friday. A drone targeted a base in "
            "Hasakah, and rockets were fired at a base near Deir ez-Zor.")
    events = _violent(extract(text))
    assert len(events) == 2
    assert all(e.claimed_by == ["kataib-hezbollah"] for e in events)


def test_blasts_only_a_state_is_blamed_for_are_its_sabotage(extract: Run) -> None:
    text = ("A mysterious explosion hit a militia weapons depot near Qusayr on Thursday. "
            "The militia and the government blamed Israel.")
    [ev] = _violent(extract(text))
    assert (ev.type, ev.subtype, ev.attributed_to) == ("strike", "sabotage", ["israel"])


def test_a_bombing_blamed_on_a_state_stays_an_attack(extract: Run) -> None:
    text = ("A car bomb killed 30 people outside a bank in Buenos Aires in 1992. Prosecutors "
            "later blamed Iran for the bombing.")
    [ev] = _violent(extract(text))
    assert ev.type == "attack" and "iran" in ev.attributed_to


def test_sabotage_is_a_strike(extract: Run) -> None:
    [ev] = _violent(extract("A fire at the Shahid Rajaee port, which officials blamed on "
                            "Israeli sabotage, destroyed a warehouse on Monday."))
    assert (ev.type, ev.subtype) == ("strike", "sabotage")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Officials blamed Hezbollah for an attack on a tanker on Monday.", "hezbollah"),
        ("Iraqi officials blamed the Houthis for a missile attack on a tanker off Hodeidah "
         "on Monday.", "houthis"),
        ("Washington blamed the rocket attack on Kataib Hezbollah on Sunday.",
         "kataib-hezbollah"),
    ],
)
def test_the_day_of_a_blame_is_not_whom_it_is_laid_on(extract: Run, text: str,
                                                      party: str) -> None:
    found = _violent(extract(text))
    assert [e.attributed_to for e in found] == [[party]]
    assert party not in found[0].target_actors

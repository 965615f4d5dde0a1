"""Relations an event states by itself: a designation's targets are designated by its
body, a delivery of arms, money or training sponsors the group that receives it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def test_every_group_a_designation_lists_is_designated(extract: Run) -> None:
    x = extract("The US Treasury on Tuesday sanctioned Kataib Hezbollah, Harakat al-Nujaba "
                "and two of their leaders.")
    assert {("kataib-hezbollah", "designated_by", "us-treasury"),
            ("harakat-hezbollah-al-nujaba", "designated_by", "us-treasury")} <= _triples(x)
    rel = next(r for r in x.relations if r.subject == "harakat-hezbollah-al-nujaba")
    assert rel.evidence is not None and "sanctioned" in rel.evidence.text


def test_the_people_an_apposition_lists_are_designated_and_the_reason_is_no_event(
        extract: Run) -> None:
    x = extract("The US Treasury on Friday sanctioned two Asa'ib Ahl al-Haq financiers, "
                "Karim Nasser and Jafar Obeidi, for their role in attacks on Iraqi protesters.")
    [sanction] = x.events  # the attacks they had a role in are the charge, not an event
    assert {"karim-nasser", "jafar-obeidi"} <= set(sanction.target_actors)
    assert {("karim-nasser", "designated_by", "us-treasury"),
            ("jafar-obeidi", "designated_by", "us-treasury")} <= _triples(x)


def test_the_people_a_list_after_including_names_are_designated(extract: Run) -> None:
    x = extract("Britain on Monday imposed sanctions on four Houthi officials, including "
                "Nabil Qahtan and Salah Dirhem.")
    [sanction] = x.events
    assert {"nabil-qahtan", "salah-dirhem"} <= set(sanction.target_actors)
    assert ("salah-dirhem", "designated_by", "united-kingdom") in _triples(x)


@pytest.mark.parametrize("listing", [
    "Those sanctioned include Nabil Qahtan and Salah Dirhem.",
    "Among those designated were Nabil Qahtan and Salah Dirhem.",
])
def test_a_sentence_listing_those_sanctioned_adds_them_to_the_sanction(
        extract: Run, listing: str) -> None:
    x = extract("The US Treasury on Thursday sanctioned a Houthi procurement network. " + listing)
    [sanction] = [e for e in x.events if e.type == "sanction"]
    assert {"nabil-qahtan", "salah-dirhem"} <= set(sanction.target_actors)
    rel = next(r for r in x.relations if r.subject == "nabil-qahtan"
               and r.predicate == "designated_by")
    assert rel.object in ("us-treasury", "united-states")
    assert rel.evidence is not None and rel.evidence.text == listing


def test_a_list_with_no_sanction_before_it_designates_no_one(extract: Run) -> None:
    x = extract("Those sanctioned include Nabil Qahtan and Salah Dirhem.")
    assert not any(r.predicate == "designated_by" for r in x.relations)


@pytest.mark.parametrize(
    ("text", "receiver", "giver"),
    [
        ("The IRGC delivered drones to Kataib Hezbollah via Syria on Monday.",
         "kataib-hezbollah", "islamic-revolutionary-guard-corps"),
        ("The Quds Force transferred $10 million to Hezbollah last year.", "hezbollah",
         "quds-force"),
    ],
)
def test_arms_or_money_handed_to_a_group_sponsor_it(extract: Run, text: str, receiver: str,
                                                    giver: str) -> None:
    assert (receiver, "sponsored_by", giver) in _triples(extract(text))


def test_a_seized_load_sponsors_nobody_without_a_giver(extract: Run) -> None:
    x = extract("The navy seized a dhow carrying missile parts bound for the Houthis on "
                "Monday.")
    assert not [r for r in x.relations if r.predicate == "sponsored_by"]


def test_a_designation_without_a_designating_body_states_no_relation(extract: Run) -> None:
    x = extract("The Houthis were redesignated as a terrorist organization on Monday.")
    assert not [r for r in x.relations if r.predicate == "designated_by"]


@pytest.mark.parametrize(
    ("text", "listed", "not_listed"),
    [
        ("OFAC designated Hezbollah financier Ali Musa on Tuesday.", "ali-musa", "hezbollah"),
        ("The UK sanctioned Quds Force commander Esmail Qaani on Monday.", "esmail-qaani",
         "quds-force"),
        ("Washington blacklisted the Houthi spokesman Yahya Saree on Friday.", "yahya-saree",
         "houthis"),
    ],
)
def test_whose_a_listed_person_is_is_not_listed(extract: Run, text: str, listed: str,
                                                not_listed: str) -> None:
    designated = {r.subject for r in extract(text).relations if r.predicate == "designated_by"}
    assert listed in designated and not_listed not in designated


def test_a_group_named_before_its_kind_is_listed(extract: Run) -> None:
    x = extract("The State Department designated the Houthi movement on Wednesday.")
    assert ("houthis", "designated_by", "us-state-department") in _triples(x)


def test_a_ministry_lists_for_its_state(extract: Run) -> None:
    x = extract("The State Department designated Harakat al-Nujaba as a terrorist group on "
                "Monday.")
    assert {("harakat-hezbollah-al-nujaba", "designated_by", "us-state-department"),
            ("harakat-hezbollah-al-nujaba", "designated_by", "united-states")} <= _triples(x)

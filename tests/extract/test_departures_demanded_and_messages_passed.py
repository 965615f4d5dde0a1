"""Declarations in wordings with no verb of threat or demand on the deed: a departure of
forces a speaker declares due ("said US forces must leave Iraq"), a call for a party's
ruin ("called for the destruction of Israel"), a clause a message carries that the parse
hangs on the verb passing it on ("delivered a message to Israel that ..."), a blow
declared to be answered, captives declared held until a demand is met, and a measure
against a party that it rejects ("rejected the US decision to designate it"). And what
looks like them but is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str], str | None]]:
    return [(e.subtype, e.actors, e.date) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Kataib Hezbollah said US forces must leave Iraq.", "kataib-hezbollah", "2024-02"),
    ("Kataib Sayyid al-Shuhada said on Tuesday that American troops should withdraw from "
     "Iraq immediately.", "kataib-sayyid-al-shuhada", "2024-02-06"),
    ("Nujaba insisted that foreign forces must quit Iraqi territory.",
     "harakat-hezbollah-al-nujaba", "2024-02"),
    ("Occupation troops have to leave Syria, a Hezbollah commander said on Monday.",
     "hezbollah", "2024-02-05"),
    ("Asaib Ahl al-Haq said Washington must pull its soldiers out of the country.",
     "asaib-ahl-al-haq", "2024-02"),
    ("Qais al-Khazali said the coalition should depart before the end of the year.",
     "qais-al-khazali", "2024-02"),
])
def test_a_departure_of_forces_declared_due_is_a_demand(extract: Extract, text: str,
                                                         actor: str, date: str) -> None:
    assert _said(extract(text)) == [("call", [actor], date)]


@pytest.mark.parametrize("text", [
    "Analysts said US forces must leave Iraq eventually.",
    "The students must leave the dormitory by Friday, the university said.",
    "Kataib Hezbollah said civilians should leave the area near the airport.",
    "Kataib Hezbollah said US forces must not leave before the elections.",
    "US forces must leave Iraq by the end of next year under the agreement.",
    "He said in 2015 that American forces must leave Iraq.",
    "Washington must pull its weight in the talks, the Iraqi minister said.",
])
def test_a_departure_no_party_demands_is_none(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas called for the destruction of Israel.", "hamas"),
    ("The Houthis called on Sunday for the annihilation of Israel and America.", "houthis"),
    ("Kataib Hezbollah called for the downfall of the Iraqi government.", "kataib-hezbollah"),
])
def test_a_call_for_a_partys_ruin_is_a_call(extract: Extract, text: str, actor: str) -> None:
    assert [(s, a) for s, a, _d in _said(extract(text))] == [("call", [actor])]


@pytest.mark.parametrize("text", [
    "The report called for the destruction of the old bridge.",
    "The mayor called for the elimination of illegal checkpoints in the city.",
])
def test_a_call_to_ruin_things_is_none(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Hezbollah delivered a message to Israel that any attack on Beirut would be answered.",
     "threat", "hezbollah"),
    ("Iran conveyed a message to Washington that it would respond to any strike.",
     "threat", "iran"),
    ("Tehran relayed a message to the United States that American bases would be targeted.",
     "threat", "iran"),
    ("The Houthis passed a message to Riyadh through Omani mediators that they would resume "
     "attacks on Saudi oil facilities.", "resumption", "houthis"),
])
def test_a_clause_a_passed_message_carries_is_declared(extract: Extract, text: str,
                                                       subtype: str, actor: str) -> None:
    assert _said(extract(text)) == [(subtype, [actor], "2024-02")]


@pytest.mark.parametrize("text", [
    "The drivers delivered a message to the mayor that the road was blocked.",
    "Analysts delivered a message to the conference that Hezbollah would retaliate.",
])
def test_a_message_no_party_passes_on_declares_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah said any attack on Beirut would be answered with force.", "hezbollah"),
    ("Iran said it would answer any aggression against its territory.", "iran"),
    ("The Houthis vowed that every strike on Yemen would be answered.", "houthis"),
])
def test_a_blow_declared_to_be_answered_is_a_threat(extract: Extract, text: str,
                                                    actor: str) -> None:
    assert _said(extract(text)) == [("threat", [actor], "2024-02")]


@pytest.mark.parametrize("text", [
    "The minister said he would answer questions from lawmakers next week.",
    "Analysts said any attack on Beirut would likely be answered.",
])
def test_an_answer_to_no_blow_threatens_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "subtype"), [
    ("Hamas said it would not release the hostages until Israel ended the war.", "threat"),
    ("Hamas said on Tuesday it would not free the captives until a truce took hold.",
     "threat"),
    ("The Houthis said they would release the crew of the seized ship.", "de_escalation"),
])
def test_captives_declared_held_or_freed(extract: Extract, text: str, subtype: str) -> None:
    assert [s for s, _a, _d in _said(extract(text))] == [subtype]


@pytest.mark.parametrize("text", [
    "Israel released 30 Palestinian prisoners on Monday.",
    "Analysts said Hamas would likely release more hostages.",
    "The company said it would not release its earnings report until March.",
])
def test_captives_freed_as_told_or_forecast_declare_nothing(extract: Extract,
                                                            text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Iraqi government rejected the US decision to designate the militia a terrorist "
     "organization.", "iraqi-government"),
    ("Hamas rejected the decision to designate it a terrorist group.", "hamas"),
])
def test_a_measure_rejected_by_its_target_is_a_rejection(extract: Extract, text: str,
                                                         actor: str) -> None:
    assert [(s, a) for s, a, _d in _said(extract(text))] == [("rejection", [actor])]


def test_a_decision_of_no_measure_rejected_is_none(extract: Extract) -> None:
    assert _said(extract("The referee rejected the decision of the linesman.")) == []


def test_a_designation_said_to_take_effect_is_no_statement(extract: Extract) -> None:
    x = extract("The designation will take effect next month, the State Department said.")
    assert _said(x) == []

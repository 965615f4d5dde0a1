"""Declared decisions told without a verb of saying or denying: a charge labelled
false, a deed the speaker's side says it did not do, a vote with the act it decides,
a call on one's own people to stop or to take up arms, a decided act, and decisions
told by their noun (a state of emergency, a green light, a prisoner swap, an alert)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah called the Israeli accusations groundless on Friday.", "hezbollah"),
    ("The Houthis described the US report as pure fabrication.", "houthis"),
    ("Kataib Hezbollah branded the charges lies meant to justify new raids.",
     "kataib-hezbollah"),
])
def test_a_charge_labelled_false_is_denied(extract: Extract, text: str, actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis said on Friday they had not attacked the freighter.", "houthis"),
    ("Kataib Hezbollah insisted its fighters did not launch the drones.", "kataib-hezbollah"),
])
def test_a_deed_the_speakers_side_did_not_do_is_a_denial(extract: Extract, text: str,
                                                          actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Investigators said the missile had not been launched from Iraq.",
    "The Houthis said Washington had not struck their bases.",
    "Hezbollah said it would not target civilians.",
    "Analysts called the ceasefire a fragile achievement.",
    "The report described Kataib Hezbollah as the strongest militia in Iraq.",
])
def test_findings_promises_and_other_labels_are_no_denials(extract: Extract,
                                                           text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "denial"] == []


def test_a_vote_to_expel_troops_is_a_statement(extract: Extract) -> None:
    x = extract("Iraq's parliament voted on Monday to oust foreign forces from the country.")
    assert ("vote", ["iraqi-parliament"]) in _statements(x)


def test_a_vote_on_a_budget_is_none(extract: Extract) -> None:
    assert _statements(extract("Iraq's parliament voted to pass the budget on Monday.")) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Muqtada al-Sadr called on his supporters to end the sit-in.", "muqtada-al-sadr"),
    ("Ali al-Sistani called on Iraqis to fight the Islamic State.", "ali-al-sistani"),
    ("Abdul-Malik al-Houthi called on Yemenis to take up arms.", "abdul-malik-al-houthi"),
    ("Kata'ib Hezbollah called on Iraqis to join the protests against the US presence.",
     "kataib-hezbollah"),
    ("Muqtada al-Sadr called on his followers to stage protests outside parliament.",
     "muqtada-al-sadr"),
])
def test_a_call_on_ones_own_people_is_a_call(extract: Extract, text: str, actor: str) -> None:
    assert ("call", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "The United States called on Iran to stop supplying drones.",
    "The European Union called on donors to fund the relief effort.",
])
def test_a_call_on_others_is_none(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "call"] == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Kuwait decided to sever relations with Tehran.", "severance", "kuwait"),
    ("Jordan decided to withdraw its ambassador from Tehran.", "recall", "jordan"),
    ("Lebanon's government declared a state of emergency in Beirut.", "announcement",
     "lebanese-government"),
    ("Hamas and Israel agreed to a prisoner exchange on Sunday.", "de_escalation", "hamas"),
    ("Iran put its armed forces on high alert on Monday.", "alert", "iran"),
    ("Mohammed Shia al-Sudani ordered a halt to raids on the camps.", "suspension",
     "mohammed-shia-al-sudani"),
])
def test_decisions_told_by_their_act_or_noun(extract: Extract, text: str, subtype: str,
                                             actor: str) -> None:
    assert any(s == subtype and actor in a for s, a in _statements(extract(text)))


@pytest.mark.parametrize("text", [
    "US troops withdrew from the town after the fighting.",
    "The flood put the villages on alert.",
    "The court ordered a halt to the hearing.",
])
def test_acts_and_alerts_of_no_party_declare_nothing(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Muqtada al-Sadr ordered his followers to leave the streets on Tuesday.", "muqtada-al-sadr"),
    ("Qais al-Khazali told his fighters to halt attacks on US forces.", "qais-al-khazali"),
])
def test_an_order_to_ones_own_men_is_declared(extract: Extract, text: str, actor: str) -> None:
    assert any(actor in a for _s, a in _statements(extract(text)))


def test_an_order_to_a_ministry_to_inquire_is_none(extract: Extract) -> None:
    text = "The prime minister ordered the interior ministry to investigate the killing."
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Iran said the accusations were baseless.", "iran"),
    ("The Houthis said the report was false.", "houthis"),
    ("Iran's foreign ministry said the allegations were a fabrication.",
     "iranian-foreign-ministry"),
])
def test_a_charge_said_to_be_false_is_denied(extract: Extract, text: str, actor: str) -> None:
    assert ("denial", [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Officials said the figures were false.",
    "The group said the attack was a false flag operation.",
])
def test_other_things_said_to_be_false_deny_no_charge(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text)) if s == "denial"] == []

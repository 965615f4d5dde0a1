"""Statements told in other common ways: a foe said to pay dearly, a crime said not to
pass without punishment, blows promised as more to come, a state's own border or
airspace shut, an alert declared, a decision taken, a motion backed in parliament and
responsibility taken in full."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah said Israel would pay dearly.", "hezbollah"),
    ("Hezbollah said the Americans would pay heavily for the killing.", "hezbollah"),
    ("Hezbollah said the assassination would not pass without punishment.", "hezbollah"),
    ("Kataib Hezbollah said the crime would not pass without a response.", "kataib-hezbollah"),
    ("Hezbollah said the killing would not pass unpunished.", "hezbollah"),
    ("Hezbollah promised further operations.", "hezbollah"),
    ("Kataib Hezbollah pledged new strikes on American bases.", "kataib-hezbollah"),
])
def test_a_reply_promised_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("threat", [actor])]


def test_blows_promised_are_no_attack(extract: Extract) -> None:
    x = extract("Abdul Malik al-Houthi promised more attacks in a speech on Thursday.")
    assert [e.type for e in x.events] == ["statement"]


@pytest.mark.parametrize("text", [
    "The judge said the offence would pass without punishment.",
    "The day passed without a response from the ministry.",
    "The minister promised an operation to rebuild the bridge.",
    "Iran promised an investigation into the crash.",
])
def test_no_reply_promised(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Iraq closed its border crossings with Syria.", "iraq"),
    ("Jordan closed its airspace to all flights.", "jordan"),
    ("Iran closed its airspace on Saturday.", "iran"),
])
def test_a_passage_shut_is_a_suspension(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("suspension", [actor])]


@pytest.mark.parametrize("text", [
    "Police closed the border road after the crash.",
    "The market closed higher on Monday.",
    "Heavy snow closed the border crossing for two days.",
])
def test_other_closings_are_no_statement(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


def test_an_alert_declared_is_a_statement(extract: Extract) -> None:
    assert _statements(extract("Hezbollah declared a state of alert.")) == [
        ("alert", ["hezbollah"])]


def test_a_motion_backed_is_a_vote(extract: Extract) -> None:
    text = "Iran's parliament backed a motion to expel the French ambassador."
    assert _statements(extract(text)) == [("vote", ["iranian-parliament"])]


def test_responsibility_taken_in_full_is_a_claim(extract: Extract) -> None:
    text = "Hezbollah's media chief said the group took full responsibility for the operation."
    assert [s for s, _a in _statements(extract(text))] == ["claim"]


@pytest.mark.parametrize("text", [
    "The weather service declared an alert for heavy rain.",
    "The minister took full responsibility for the failures of the health service.",
])
def test_other_alerts_and_responsibilities_are_no_statement(extract: Extract,
                                                           text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Hezbollah has taken a decision to respond.", "threat", "hezbollah"),
    ("Hezbollah took the decision to suspend its operations.", "suspension", "hezbollah"),
    ("Kataib Hezbollah said the decision to suspend operations was taken to avoid "
     "embarrassing the government.", "suspension", "kataib-hezbollah"),
    ("Kataib Hezbollah's decision to halt attacks surprised Washington.", "suspension",
     "kataib-hezbollah"),
])
def test_a_decision_taken_is_its_takers(extract: Extract, text: str, subtype: str,
                                        actor: str) -> None:
    assert _statements(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "The decision to halt attacks surprised analysts.",
    "Analysts questioned the decision to halt attacks.",
])
def test_a_decision_of_no_one_named_is_no_statement(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []

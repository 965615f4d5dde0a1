"""Positions declared by a negated course: a side that says it does not seek war, or
that it will not take part in talks or negotiate, states where it stands; the same words
said of another side, by an analyst or by a witness, state nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Ankara said on Tuesday it did not seek war with Riyadh.", "de_escalation", "turkey"),
    ("Hezbollah said it does not want a war with Israel.", "de_escalation", "hezbollah"),
    ("Riyadh said it was not seeking a confrontation with Tehran.", "de_escalation",
     "saudi-arabia"),
    ("Hezbollah said it has no interest in escalation.", "de_escalation", "hezbollah"),
    ("Tehran said it had no interest in war with its neighbours.", "de_escalation", "iran"),
    ("Hamas said it would not negotiate under fire.", "rejection", "hamas"),
    ("Baghdad said it would not take part in the talks.", "rejection", "iraq"),
    ("Damascus said it would not participate in the conference in Vienna.", "rejection",
     "syria"),
])
def test_a_side_declaring_a_course_it_refuses_states_a_position(
        extract: Extract, text: str, subtype: str, actor: str) -> None:
    assert _statements(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "Analyst Jane Smith said Iran did not seek war.",
    "US officials said Iran did not want war.",
    "Israel said Hezbollah did not want a war.",
    "A witness said the gunmen did not seek anything.",
    "Officials said the attack did not cause damage.",
    "Hezbollah did not take part in the fighting.",
    "Protesters said they would not negotiate with the police.",
    "The militia did not seek escalation, according to analysts.",
    "Hamas said it would negotiate with the mediators in Cairo.",
    "Analysts said Tehran had no interest in war.",
    "Hezbollah said Israel had no interest in a war.",
    "The company said it had no interest in the shares.",
])
def test_refusals_not_declared_by_their_side_are_no_statements(
        extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah said it was the duty of all fighters to avenge the martyr Samir Nouri.",
     "kataib-hezbollah"),
    ("Kataib Hezbollah said it was the group's duty to avenge the slain commander.",
     "kataib-hezbollah"),
])
def test_a_reprisal_declared_a_duty_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert [(e.type, e.subtype, e.actors) for e in extract(text).events] == [
        ("statement", "threat", [actor])]


@pytest.mark.parametrize("text", [
    "Analysts said it was the duty of the state to respond to the floods.",
    "It was the group's duty to avenge him, a resident said.",
    "The minister said it was the army's duty to protect civilians.",
])
def test_other_duties_are_no_threats(extract: Extract, text: str) -> None:
    assert extract(text).events == []

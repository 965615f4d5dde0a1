"""Statements told in common ways: a charge or a story labelled false in many words, an
armed force that orders the people of a place to leave it or not to come back, a reply
promised as crushing in a quotation, and a truce a party declares over."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ('Tehran called the accusations "ludicrous".', "iran"),
    ("The Houthis described the American claims as preposterous.", "houthis"),
    ('Kataib Hezbollah called the allegations "unsubstantiated and malicious".',
     "kataib-hezbollah"),
    ("Hamas described the reports as disinformation.", "hamas"),
    ("Asaib Ahl al-Haq called the charges a smear campaign.", "asaib-ahl-al-haq"),
    ('Hezbollah called the Israeli statement "a pack of lies".', "hezbollah"),
    ('Tehran described the story as "a fairy tale".', "iran"),
    ('The Houthis called the claims "a fantasy".', "houthis"),
    ("Hamas described the charges as misleading.", "hamas"),
])
def test_a_charge_labelled_false_is_denied(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("denial", [actor])]


@pytest.mark.parametrize("text", [
    "The State Department called the allegations credible.",
    "Britain described the reports as deeply troubling.",
    "The United Nations described reports of misleading figures as worrying.",
    "Israel called the Iranian statement a threat.",
    "The minister described the story of the rescue as moving.",
])
def test_other_labels_deny_nothing(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Israeli army ordered residents not to return to villages near the border.",
     "israel-defense-forces"),
    ("The Israeli army told residents of southern Lebanon not to return to their homes.",
     "israel-defense-forces"),
    ("The Israeli army urged residents of twenty villages in southern Lebanon to evacuate "
     "immediately.", "israel-defense-forces"),
    ("The IDF ordered the inhabitants of Khan Younis to move to the coast.",
     "israel-defense-forces"),
])
def test_people_ordered_off_by_an_army_is_a_decision(extract: Extract, text: str,
                                                     actor: str) -> None:
    assert _statements(extract(text)) == [("decision", [actor])]


@pytest.mark.parametrize("text", [
    "The police urged residents of the valley to leave before the flood.",
    "The mayor of Haifa told residents not to go to work on Monday.",
    "The Lebanese health ministry urged residents to stay indoors.",
])
def test_people_sent_off_by_others_is_no_decision(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize("text", [
    'Kataib Hezbollah mourned its commander on Monday. "Our response will be crushing," '
    "the group said.",
    '"The response will be devastating," Hezbollah said in a statement.',
])
def test_a_reply_promised_as_crushing_is_a_threat(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text))] == ["threat"]


def test_a_reply_that_is_no_blow_is_no_threat(extract: Extract) -> None:
    text = '"The response from donors has been overwhelming," the charity said.'
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah declared that the truce with American forces was over.",
     "kataib-hezbollah"),
    ("A Hezbollah official told reporters the truce was over.", "hezbollah"),
])
def test_a_truce_declared_over_is_a_resumption(extract: Extract, text: str,
                                               actor: str) -> None:
    assert _statements(extract(text)) == [("resumption", [actor])]


@pytest.mark.parametrize("text", [
    "Analysts said the truce was over.",
    "By March the truce was over.",
])
def test_a_truce_told_over_declares_nothing(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []

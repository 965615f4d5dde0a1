"""Threats told with force verbs and reprisal nouns: a blow a speaker says its side will
deal, a promise of revenge or a response, and the deed a vow pays back, which is named
there, not told."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _typed(x: Extraction) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.subtype, e.actors) for e in x.events]


@pytest.mark.parametrize(("text", "actor"), [
    ("Asaib Ahl al-Haq said it would strike American positions at Erbil airport.",
     "asaib-ahl-al-haq"),
    ("The Houthis said on Sunday they would hit any tanker bound for Eilat.", "houthis"),
    ("Hezbollah said in a statement that its fighters would strike again.", "hezbollah"),
])
def test_a_declared_blow_without_a_weapon_is_a_threat(extract: Extract, text: str,
                                                      actor: str) -> None:
    assert _typed(extract(text)) == [("statement", "threat", [actor])]


@pytest.mark.parametrize("text", [
    "Analysts said the Houthis would strike shipping again within weeks.",
    "The airline said it would hit its passenger target by the summer.",
    "The union said its members would strike on Monday over pay.",
])
def test_a_forecast_or_other_sense_of_striking_is_no_threat(extract: Extract, text: str
                                                            ) -> None:
    assert [e for e in extract(text).events if e.type in ("statement", "attack", "strike")] \
        == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Tehran pledged swift retaliation against Israel.", "iran"),
    ("The Houthis promised a painful response to any aggression.", "houthis"),
    ("Hezbollah has promised revenge.", "hezbollah"),
])
def test_a_promised_reprisal_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert _typed(extract(text)) == [("statement", "threat", [actor])]


def test_a_promised_inquiry_is_no_threat(extract: Extract) -> None:
    text = "The Iraqi government promised a thorough inquiry into the explosion."
    assert [e for e in extract(text).events if e.type == "statement"] == []


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah vowed revenge for the killing of its deputy commander.",
    "The IRGC pledged to avenge the assassination of its adviser.",
    "Hamas threatened retaliation for the killing of its official.",
    "Hezbollah vowed to keep striking Israeli positions.",
])
def test_the_deed_a_vow_answers_is_not_told_again(extract: Extract, text: str) -> None:
    assert [t for t, _s, _a in _typed(extract(text))] == ["statement"]


def test_a_dated_deed_a_vow_answers_is_told(extract: Extract) -> None:
    text = "Hezbollah vowed revenge for the killing of its commander on Tuesday."
    assert "killing" in [t for t, _s, _a in _typed(extract(text))]


def test_a_subject_of_a_condition_is_no_event(extract: Extract) -> None:
    text = "If the raids went on, the port would close, the ministry said."
    assert [e for e in extract(text).events if e.type == "strike"] == []


def test_a_promise_read_as_a_participle_still_declares(extract: Extract) -> None:
    text = "Iran's intelligence minister promised punishment for those behind the Zahedan attack."
    assert ("statement", "threat") in [(t, s) for t, s, _a in _typed(extract(text))]

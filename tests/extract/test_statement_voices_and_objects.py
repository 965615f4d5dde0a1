"""Whose a statement is when the parse loses the speaker (a warning joined to a verb of
saying after a fronted phrase, a statement named again as the subject), and the objects
that make a verb of deciding a statement (a named office holder dismissed, an armed act
resumed, a force's role reviewed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


def test_a_warning_joined_to_a_saying_verb_after_a_fronted_phrase_is_the_speakers(
        extract: Extract) -> None:
    text = ("In remarks carried by its al-Manar television station, Hezbollah, the Lebanese "
            "Shiite party, said the killing was a grave error and warned that Israel would pay.")
    assert _statements(extract(text)) == [("threat", ["hezbollah"])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Sayyid al-Shuhada issued a statement on Friday. The statement threatened to "
     "target American convoys.", "kataib-sayyid-al-shuhada"),
    ("Asaib Ahl al-Haq published a communique on Friday. The communique warned that the "
     "group would keep its weapons.", "asaib-ahl-al-haq"),
])
def test_a_statement_named_again_speaks_for_whoever_issued_it(
        extract: Extract, text: str, actor: str) -> None:
    assert [a for _s, a in _statements(extract(text))] == [[actor]]


def test_a_statement_never_issued_before_names_no_speaker(extract: Extract) -> None:
    text = ("Israeli jets struck a depot near Homs on Friday. The statement warned that any "
            "attack would be answered.")
    assert _statements(extract(text)) == []


def test_a_named_office_holder_dismissed_is_a_decision(extract: Extract) -> None:
    text = "The Iraqi prime minister dismissed Ali Jaber from his post on Sunday."
    assert _statements(extract(text)) == [("decision", ["iraq"])]


def test_a_declared_resumption_of_any_armed_act_is_a_statement(extract: Extract) -> None:
    text = ("The Houthis said on Monday they had resumed their shelling of government "
            "positions near Marib.")
    assert _statements(extract(text)) == [("resumption", ["houthis"])]


def test_a_resumed_shelling_told_by_the_narrator_is_no_statement(extract: Extract) -> None:
    assert _statements(extract("The artillery resumed its shelling of the town on Monday.")) \
        == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Iraqi government said it was reviewing the role of the coalition in the country.",
     [("review", ["iraqi-government"])]),
    ("The Iraqi government said it was reviewing the footage of the incident.", []),
])
def test_a_declared_review_of_a_force_s_role_is_a_statement(
        extract: Extract, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _statements(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah dismissed the sanctions as meaningless on Monday.",
     [("rejection", ["hezbollah"])]),
    ("Hezbollah dismissed the sanctions as a stunt on Monday.", [("rejection", ["hezbollah"])]),
    ("The Iraqi prime minister dismissed him as army commander on Monday.",
     [("decision", ["iraq"])]),
])
def test_a_measure_dismissed_as_anything_is_refused_in_so_many_words(
        extract: Extract, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _statements(extract(text)) == expected

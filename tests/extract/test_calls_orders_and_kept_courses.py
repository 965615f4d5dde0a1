"""Declared decisions in more of their common wordings: a call on one's own side to
attack or to prepare, a call for a resumption or a march, a declared mobilization, a
campaign its own side says it keeps up now, arms or forces kept, an order that shuts
offices, a review of ties or of a mission's future, an issued denial, an ordered
reprisal, a course or the end of a mission declared."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Nasrallah called on his fighters to attack the enemy's positions along the frontier.",
     "hassan-nasrallah"),
    ("Akram al-Kaabi called on the factions to prepare for the coming battle.",
     "akram-al-kaabi"),
    ("Abdul Malik al-Houthi called for the resumption of attacks on tankers in the Gulf of "
     "Aden.", "abdul-malik-al-houthi"),
    ("Hezbollah called for a march to the Green Line on Saturday.", "hezbollah"),
])
def test_a_call_to_act_against_a_foe_is_a_call(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize("text", [
    "The Iraqi foreign ministry called for de-escalation along the border.",
    "The Iranian president called on the world to help the flood victims.",
    "The Iraqi prime minister called for an inquiry into the fire at the hospital.",
    "The Iraqi president called on the cabinet to attack corruption in the ports.",
])
def test_a_call_for_calm_help_or_an_inquiry_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah declared a general mobilization of its fighters on Sunday.", "hezbollah"),
    ("Kataib Hezbollah declared jihad against the occupation forces.", "kataib-hezbollah"),
])
def test_a_declared_mobilization_is_a_decision(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("decision", [actor])]


@pytest.mark.parametrize("text", [
    "The Iraqi government declared three days of national mourning.",
    "Harakat al-Nujaba declared its support for the people of Gaza.",
])
def test_other_declarations_are_no_decisions(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Kataib Hezbollah said it continues its operations against the occupation forces.",
     "kataib-hezbollah"),
    ("Asaib Ahl al-Haq said it is continuing its attacks on the occupiers.", "asaib-ahl-al-haq"),
    ("Qais al-Khazali vowed to keep up the resistance against the American forces.",
     "qais-al-khazali"),
    ("Kataib Hezbollah said it would keep its weapons and refuse any disarmament.",
     "kataib-hezbollah"),
    ("The Pentagon said it would keep its troops in Syria.", "pentagon"),
])
def test_a_course_kept_up_is_a_statement(extract: Extract, text: str, actor: str) -> None:
    assert [a for _s, a in _statements(extract(text))] == [[actor]]


@pytest.mark.parametrize("text", [
    "Iraq's health ministry said the fighting continues in the desert west of Ramadi.",
    "Iran says it continues to support the people of Lebanon.",
    "Kataib Hezbollah said the occupation continues.",
    "The police kept the seized weapons in a warehouse in Kut.",
    "Kataib Hezbollah said it would keep its promise.",
])
def test_a_course_told_of_others_or_no_campaign_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Iraqi government ordered all militia offices in Kut closed.", "iraqi-government"),
    ("Mohammed Shia al-Sudani ordered the crossing with Syria sealed.",
     "mohammed-shia-al-sudani"),
])
def test_an_order_that_shuts_is_an_announcement(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("announcement", [actor])]


def test_an_order_to_detain_is_no_statement(extract: Extract) -> None:
    assert _statements(extract("The Iraqi government ordered three officers detained.")) == []


@pytest.mark.parametrize("text", [
    "Mohammed Shia al-Sudani said his government would review its relationship with the "
    "coalition.",
    "The Iraqi government said it would review the future of the coalition's mission.",
])
def test_a_review_of_ties_or_of_a_mission_is_declared(extract: Extract, text: str) -> None:
    assert [s for s, _a in _statements(extract(text))] == ["review"]


def test_a_review_of_paperwork_is_none(extract: Extract) -> None:
    x = extract("The Iraqi government said it would review the visa applications.")
    assert _statements(x) == []


def test_an_issued_denial_is_a_denial(extract: Extract) -> None:
    x = extract("Kataib Hezbollah issued a denial on Tuesday.")
    assert _statements(x) == [("denial", ["kataib-hezbollah"])]


def test_a_denial_judged_is_none(extract: Extract) -> None:
    assert _statements(extract("The denial was not credible, analysts said.")) == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Khamenei ordered retaliation against Israel for the killing.", "threat", "ali-khamenei"),
    ("Hezbollah declared it would respond to the assassination.", "threat", "hezbollah"),
    ("The Houthis declared that they would target any American warship.", "threat", "houthis"),
    ("The Iraqi government declared the end of the coalition's mission.", "decision",
     "iraqi-government"),
])
def test_an_ordered_reprisal_or_a_declared_course_is_a_statement(
        extract: Extract, text: str, subtype: str, actor: str) -> None:
    assert _statements(extract(text)) == [(subtype, [actor])]


@pytest.mark.parametrize("text", [
    "The ministry declared the start of the school year in Basra.",
    "Biden ordered the strikes on the militia's depots near Qaim.",
])
def test_a_declared_season_or_an_ordered_blow_is_no_statement(extract: Extract,
                                                              text: str) -> None:
    assert _statements(extract(text)) == []

"""Declared decisions told in common ways: an attack the speaker says it will carry
out, a resumption of attacks, a lifted pause, a dismissed accusation, a clause hung on
the noun of a statement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _typed(x: Extraction) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type, e.subtype, e.actors) for e in x.events]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ansar Allah said on Friday they would target any tanker sailing for Eilat.", "houthis"),
    ("Hezbollah said its fighters would strike the port of Haifa.", "hezbollah"),
    ("Kataib Hezbollah said the group would target American convoys near Baghdad airport.",
     "kataib-hezbollah"),
])
def test_a_declared_own_attack_is_a_threat(extract: Extract, text: str, actor: str) -> None:
    assert _typed(extract(text)) == [("statement", "threat", [actor])]


@pytest.mark.parametrize("text", [
    "American officials said the militia would likely attack the embassy again.",
    "Analysts said Hezbollah would strike northern towns within days.",
    "Hezbollah said it would not attack civilian sites.",
])
def test_a_forecast_attack_is_no_threat(extract: Extract, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("statement", "attack")] == []


@pytest.mark.parametrize("text", [
    "Harakat al-Nujaba announced on Saturday that it had resumed its operations against "
    "the occupiers.",
    "Kataib Hezbollah said it would resume strikes on American bases in Syria.",
    "The Islamic Resistance in Iraq proclaimed the resumption of operations against the "
    "Zionist entity.",
    "Kataib Hezbollah lifted its suspension of attacks on American forces on Thursday.",
    "Kataib Hezbollah said in a statement that it would resume its attacks on US troops.",
])
def test_a_declared_resumption_is_a_statement(extract: Extract, text: str) -> None:
    assert [(t, s) for t, s, _a in _typed(extract(text))] == [("statement", "resumption")]


@pytest.mark.parametrize("text", [
    "The carrier resumed flights to Najaf on Tuesday.",
    "The ministry said the talks would resume in Doha next month.",
    "The resumption of oil exports was welcomed by the ministry.",
    "Workers lifted the rubble from the collapsed building in Sidon.",
])
def test_other_resumptions_are_no_statements(extract: Extract, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


def test_a_told_resumption_of_attacks_stays_the_attacks(extract: Extract) -> None:
    events = extract("The militias resumed attacks on US forces in Syria on Monday.").events
    assert [e.type for e in events] == ["attack"]


@pytest.mark.parametrize("text", [
    "Iran's Foreign Ministry dismissed the allegations as lies.",
    "Hezbollah refuted the claims that it had stored rockets at the port.",
])
def test_a_dismissed_accusation_is_a_denial(extract: Extract, text: str) -> None:
    assert [(t, s) for t, s, _a in _typed(extract(text))] == [("statement", "denial")]


@pytest.mark.parametrize("text", [
    "A judge in Basra dismissed the case against three men.",
    "The minister dismissed the governor of Nineveh on Sunday.",
])
def test_dismissing_no_accusation_denies_nothing(extract: Extract, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Hezbollah said late on Friday that it had nothing to do with the blast in Tyre.",
     "denial", "hezbollah"),
    ("Asaib Ahl al-Haq issued an ultimatum to Turkish troops to leave Bashiqa.", "threat",
     "asaib-ahl-al-haq"),
    ("The Houthis gave tanker operators 48 hours to stop calling at Eilat.", "threat",
     "houthis"),
    ("Hezbollah ordered its units to move south of the Litani.", "deployment", "hezbollah"),
    ("Kataib Hezbollah has repeatedly vowed to drive American forces out of Iraq.", "threat",
     "kataib-hezbollah"),
])
def test_denials_ultimatums_orders_and_standing_vows(extract: Extract, text: str, subtype: str,
                                                     actor: str) -> None:
    assert (("statement", subtype)) in [(t, s) for t, s, _a in _typed(extract(text))]
    assert any(actor in a for _t, _s, a in _typed(extract(text)))


@pytest.mark.parametrize("text", [
    "Investigators found the fire had nothing to do with the conflict.",
    "The teacher gave the pupils two days to finish the essay.",
    "The judge ordered the release of the two journalists.",
    "Kataib Hezbollah has repeatedly attacked American bases in Syria.",
])
def test_findings_chores_rulings_and_repeated_deeds_are_no_statements(extract: Extract,
                                                                      text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


def test_the_named_apposition_of_a_title_speaks(extract: Extract) -> None:
    text = "The Hezbollah chief, Hassan Nasrallah, said the strikes on Israel would go on."
    assert _typed(extract(text)) == [("statement", "threat", ["hassan-nasrallah"])]


def test_a_denial_and_another_speakers_vow_are_two_statements(extract: Extract) -> None:
    text = ("Harakat al-Nujaba fired rockets at a base near Deir ez-Zor on Friday. Syria's "
            "defence ministry denied that the rockets were launched from its soil, while the "
            "group said it would continue its attacks.")
    statements = [(s, a) for t, s, a in _typed(extract(text)) if t == "statement"]
    assert ("threat", ["harakat-hezbollah-al-nujaba"]) in statements
    assert len(statements) == 2


@pytest.mark.parametrize("text", [
    "Hezbollah has pledged to keep up its attacks on the Galilee.",
    "Hezbollah said it would escalate its response to the killings in Beirut.",
])
def test_perfect_pledges_and_escalated_responses_are_threats(extract: Extract,
                                                             text: str) -> None:
    assert _typed(extract(text)) == [("statement", "threat", ["hezbollah"])]


def test_a_halt_in_a_condition_is_no_statement_of_its_subject(extract: Extract) -> None:
    text = "Hamas said it would free no more captives until Israel halts its bombardment."
    assert [a for t, _s, a in _typed(extract(text)) if t == "statement"] in ([], [["hamas"]])


@pytest.mark.parametrize("text", [
    "Asaib Ahl al-Haq vowed to strike American bases unless the troops leave.",
    "The Houthis have pledged to attack any ship bound for Israel.",
])
def test_a_vowed_attack_is_the_vow_only(extract: Extract, text: str) -> None:
    assert [(t, s) for t, s, _a in _typed(extract(text))] == [("statement", "threat")]

"""Threats and denials told by an idiom of readiness, in the infinitive of an occasion
taken to speak, by a verb the parse took for a participle, in the past perfect a short
span back, and as two points of one summary (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kataib Hezbollah said its fighters had their fingers on the trigger.",
         "kataib-hezbollah"),
        ("A Houthi spokesman said on Tuesday that all options were on the table if the "
         "blockade of Hodeidah continued.", "houthis"),
        ("Asaib Ahl al-Haq said all options remained on the table.", "asaib-ahl-al-haq"),
        ("Hezbollah said the drone attack on the port was only the beginning.",
         "hezbollah"),
        ("Benjamin Netanyahu told reporters that the raids on Hodeidah were \"not the end "
         "of the story\".", "benjamin-netanyahu"),
        ("Benjamin Netanyahu said Israel would enforce the truce with an iron fist.",
         "benjamin-netanyahu"),
    ],
)
def test_an_idiom_of_readiness_said_is_a_threat(extract: Run, text: str,
                                                speaker: str) -> None:
    (threat,) = _statements(extract(text))
    assert threat.subtype == "threat"
    assert speaker in threat.actors


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say all options are on the table for the new government.",
        "Diplomats said a ceasefire proposal was on the table.",
        "The fighters kept their fingers on the trigger as the convoy passed.",
        "The regime ruled the country with an iron fist for decades.",
        "The minister said that was the end of the story.",
        "It was only the beginning of a long war.",
    ],
)
def test_an_idiom_told_by_the_narrator_or_not_of_readiness_is_none(extract: Run,
                                                                   text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize(
    ("text", "subtype", "speaker"),
    [
        ("Naim Qassem took to television on Friday to warn that the killing would not go "
         "unanswered.", "threat", "naim-qassem"),
        ("Hassan Nasrallah appeared on television on Friday to deny that the group had "
         "ordered the attack.", "denial", "hassan-nasrallah"),
        ("Kataib Hezbollah broke its silence on Sunday to threaten American forces in "
         "Syria.", "threat", "kataib-hezbollah"),
        ("Iraq's foreign ministry held a news conference on Monday to deny that its "
         "territory had been used for the attack.", "denial", "iraqi-foreign-ministry"),
    ],
)
def test_a_warning_or_denial_made_on_an_occasion_taken_is_a_statement(
        extract: Run, text: str, subtype: str, speaker: str) -> None:
    (statement,) = _statements(extract(text))
    assert statement.subtype == subtype
    assert speaker in statement.actors


@pytest.mark.parametrize(
    "text",
    [
        "The militia leader plans to hold a rally next week to warn the government.",
        "The minister will use the summit to warn against further escalation.",
        "Hezbollah tried to deny the report.",
    ],
)
def test_an_occasion_to_come_or_an_attempt_declares_nothing(extract: Run,
                                                            text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi militias threatened on Monday to resume attacks on US forces.",
        "Houthi leaders vowed on Sunday to keep up their attacks on shipping.",
    ],
)
def test_a_vow_the_parse_took_for_a_participle_is_the_sentences_statement(
        extract: Run, text: str) -> None:
    (statement,) = _statements(extract(text))
    assert statement.subtype == "threat"
    assert statement.actors


@pytest.mark.parametrize("when", ["earlier in the week", "two days earlier"])
def test_a_warning_in_the_past_perfect_a_short_span_back_is_told(extract: Run,
                                                                 when: str) -> None:
    (threat,) = _statements(extract(
        f"Asaib Ahl al-Haq had warned {when} that US bases would come under attack if "
        "Washington joined the war."))
    assert threat.actors == ["asaib-ahl-al-haq"]
    assert threat.date == "2024-02"


def test_a_warning_in_the_past_perfect_without_a_time_stays_background(extract: Run) -> None:
    assert not _statements(extract(
        "Asaib Ahl al-Haq had warned that US bases would come under attack."))


def test_two_points_of_a_summary_by_two_parties_are_two_threats(extract: Run) -> None:
    x = extract("Key Takeaways:\n"
                "- Iraqi militias threatened to resume attacks on US forces if Israel "
                "invaded Rafah.\n"
                "- The Houthis warned shipping companies against sailing to Israeli ports.\n")
    threats = _statements(x)
    assert sorted(a for t in threats for a in t.actors) == \
        ["houthis", "iran-aligned-militias-in-iraq"]
    assert all(len(t.actors) == 1 for t in threats)

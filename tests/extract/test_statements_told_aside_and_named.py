"""A decision told aside in a relative clause of its doer, with a day of its own, is one
more statement beside the sentence's own ("The militia, which halted its attacks in
March, warned on Sunday that ..."); a standing habit told that way ("which has often
threatened ...") or an undated aside is none, and neither is a clause that is no doer's.
A measure announced under the speaker's own name for it ("announced what it called a
naval blockade of the port") is announced all the same."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


def test_a_dated_decision_told_aside_is_a_statement_of_its_own(extract: Extract) -> None:
    found = _statements(extract(
        "Kataib Sayyid al-Shuhada said two of its fighters were wounded in the raid. The "
        "militia, which halted its attacks on US forces in early January, warned that it "
        "would answer the raid."))
    assert sorted((e.subtype, e.actors, e.date) for e in found) == [
        ("suspension", ["kataib-sayyid-al-shuhada"], "2024-01"),
        ("threat", ["kataib-sayyid-al-shuhada"], "2024-02"),
    ]


def test_a_vow_told_aside_keeps_its_own_day(extract: Extract) -> None:
    found = _statements(extract(
        "The Houthis, who vowed revenge on Monday, fired two missiles at Eilat on Tuesday."))
    assert [(e.subtype, e.actors, e.date) for e in found] == [
        ("threat", ["houthis"], "2024-02-05")]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah, which has often threatened US forces, is based south of Baghdad.",
    "Kataib Hezbollah, which threatened US forces, is based south of Baghdad.",
    "The attacks, which were suspended in March, had targeted US bases in Syria.",
    "Diplomats said the shipments broke the council resolution that endorsed the 2016 "
    "accord.",
])
def test_an_undated_or_standing_aside_declares_nothing(extract: Extract, text: str) -> None:
    assert not _statements(extract(text))


def test_a_measure_announced_under_the_speakers_own_name_is_announced(
        extract: Extract) -> None:
    found = _statements(extract(
        "The Houthis announced what they called a naval blockade of the port of Haifa."))
    assert [(e.subtype, e.actors) for e in found] == [("threat", ["houthis"])]


def test_what_a_speaker_calls_a_new_phase_announces_no_measure(extract: Extract) -> None:
    assert not _statements(extract(
        "The minister announced what he called a new chapter in relations with Baghdad."))

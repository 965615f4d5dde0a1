"""A statement is dated by the day it was made, not by a date of the deed it is about:
one inside the name of that deed, or a month in the clause of what is vowed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction


def _statement(extraction: Extraction, told: str = "") -> str | None:
    [ev] = [e for e in extraction.events if e.type == "statement" and told in e.evidence.text]
    return ev.date


@pytest.mark.parametrize(("text", "date"), [
    # the date names the deed denied or answered, not the day of the denial or the threat
    ("Damascus also denied any role in the November 12 bombing.", "2024-02"),
    ("Baghdad said it would respond to the raid of January 9.", "2024-02"),
    ("Kataib Hezbollah said it would retaliate for Tuesday's strike on its depot.", "2024-02"),
    # "in January" hangs on the avenging, but tells when the killing was
    ("Hamas has vowed to avenge the killing of its envoy in January.", "2024-02"),
    ("Kataib Hezbollah said it would avenge the assassination of its founder in November.",
     "2024-02"),
])
def test_a_date_of_the_deed_told_about_is_not_the_statement_s(
        extract: Callable[..., Extraction], text: str, date: str) -> None:
    assert _statement(extract(text)) == date


def test_the_day_of_the_news_told_stays_the_statement_s(
        extract: Callable[..., Extraction]) -> None:
    extraction = extract("Iran warned Jordan against retaliation on Monday. Tehran also denied "
                         "any role in the September 4 attack.")
    assert _statement(extraction, "denied") == "2024-02-05"


@pytest.mark.parametrize(("text", "date"), [
    # a date on the verb of saying, or heading the sentence, is the statement's
    ("On Monday, Damascus denied any role in the November 12 bombing.", "2024-02-05"),
    ("Damascus on Monday denied any role in the November 12 bombing.", "2024-02-05"),
    ("Hamas said in January it would avenge the killing of its envoy.", "2024-01"),
    ("Hamas vowed on Tuesday to avenge the killing of its envoy.", "2024-02-06"),
    ("Hezbollah threatened to strike Haifa on Sunday.", "2024-02-04"),
    # a suspension told in its clause is dated by it
    ("Kataib Hezbollah said it suspended its attacks on US forces on Tuesday.", "2024-02-06"),
])
def test_a_date_on_the_saying_dates_the_statement(
        extract: Callable[..., Extraction], text: str, date: str) -> None:
    assert _statement(extract(text)) == date

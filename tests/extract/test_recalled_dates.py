"""Dates of a statement the report recalls and of a day told after another's
(extract/records.py, extract/anchors.py). Published on a Thursday, 2024-02-08."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]

CONFIRMED = ("The Amal militia confirmed on Wednesday that its commander, Rami Haddad, was "
             "killed in an Israeli drone strike near Tyre.\n\nThe health ministry said on "
             "Tuesday night that four people were killed in the strike.\n\n")


def _date_of(x: Extraction, evidence: str) -> str | None:
    [event] = [e for e in x.events if e.evidence.text.startswith(evidence)]
    return event.date


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a statement recalled ("its statement") is the one its speaker was told to make
    (CONFIRMED + "In its statement, Amal said it would continue its fight against Israel.",
     "In its statement", "2024-02-07"),
    # a new statement, one whose speaker was told to speak on no day, or another speaker's
    # statement keeps the day of the news told before
    (CONFIRMED + "In a statement, Amal said it would continue its fight against Israel.",
     "In a statement", "2024-02-06"),
    ("The health ministry said on Tuesday night that four people were killed in an "
     "Israeli strike near Tyre.\n\nIn its statement, Amal said it would continue its fight "
     "against Israel.", "In its statement", "2024-02-06"),
    (CONFIRMED + "In its statement, the Badr Organization said it would continue its "
     "fight against Israel.", "In its statement", "2024-02-06"),
])
def test_recalled_statement(extract: Extract, text: str, evidence: str, value: str) -> None:
    assert _date_of(extract(text), evidence) == value


LEAD = "A drone struck a convoy near Erbil on Monday. "


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # "the following morning", "the next evening": the day after the one last told
    (LEAD + "The following morning, rockets hit a base near Baghdad.", "The following",
     "2024-02-06"),
    (LEAD + "The next evening, gunmen attacked a checkpoint near Baghdad.", "The next",
     "2024-02-06"),
    (LEAD + "Rockets hit a base near Baghdad that morning.", "Rockets", "2024-02-05"),
])
def test_day_after_the_one_told(extract: Extract, text: str, evidence: str,
                                value: str) -> None:
    assert _date_of(extract(text), evidence) == value

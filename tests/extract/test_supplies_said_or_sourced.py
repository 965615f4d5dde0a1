"""Supplies told as what officials say or hold (sentences written for these tests).

A supply told in the past over years with the officials who hold it named after
"according to" ("for years Iran sent rockets to Hezbollah, according to Western
officials") is the allegation the report records, as one they say is; a source that is a
document ("according to the indictment") or no source leaves it the writer's history. A
standing supply said by someone ("officials have long said that Iran gives Hamas money,
a charge the group plays down") is recorded though the charge is disputed; one told only
"according to" officials with the charge denied ("Iran arms the group, according to
investigators, a charge Tehran rejects") stays none. A cue of repetition told inside
a relative clause of another noun ("the crossings that Israel repeatedly bombed") tells
that clause, not the supply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _transfers(extract: Run, text: str) -> list[Event]:
    return [e for e in extract(text, published="2024-03-12").events if e.type == "transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "For years Iran sent rifles, rocket parts and cash to the Houthis by sea, according"
        " to American and Saudi officials.",
        "For decades Tehran shipped rockets to Hezbollah through Syria, according to Israeli"
        " intelligence officials.",
    ],
)
def test_a_supply_over_years_with_officials_as_source_is_alleged(extract: Run,
                                                                 text: str) -> None:
    found = _transfers(extract, text)
    assert [e.actors for e in found] == [["iran"]]
    assert found[0].certainty in ("reported", "alleged")


@pytest.mark.parametrize(
    "text",
    [
        "For years Iran sent rifles, rocket parts and cash to the Houthis by sea, according"
        " to the indictment.",
        "For years Iran sent rifles, rocket parts and cash to the Houthis by sea.",
        "For years Iran sent rifles to the Houthis by sea, according to reports.",
    ],
)
def test_a_supply_over_years_as_history_is_none(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Western officials have long said that Iran gives Hamas money, weapons and training,"
        " a charge the group plays down.",
        "Israeli officials say Iran gives Hezbollah cash and rockets, a charge Tehran denies.",
    ],
)
def test_a_standing_supply_said_is_recorded_though_disputed(extract: Run,
                                                            text: str) -> None:
    assert [e.actors for e in _transfers(extract, text)] == [["iran"]]


@pytest.mark.parametrize(
    "text",
    [
        "Iran arms and trains the militia, according to United Nations investigators, a"
        " charge Tehran rejects.",
        "Iran arms and trains the militia, a charge Tehran rejects.",
    ],
)
def test_a_standing_supply_only_sourced_and_denied_is_none(extract: Run, text: str) -> None:
    assert _transfers(extract, text) == []


def test_a_cue_of_repetition_in_another_nouns_clause_leaves_the_span(extract: Run) -> None:
    text = ("For years Iran sent rockets and cash to Hezbollah through the border crossings"
            " that Israel repeatedly bombed, according to Western officials.")
    assert [e.actors for e in _transfers(extract, text)] == [["iran"]]


def test_a_supply_sent_repeatedly_stays_background(extract: Run) -> None:
    text = "For years Iran repeatedly sent rockets to Hezbollah, according to Western officials."
    assert _transfers(extract, text) == []

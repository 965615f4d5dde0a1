"""Declared deployments of advisers, jets and bombers ("said it would send more advisers
to Syria", "will deploy additional fighter jets to the region, the Pentagon said"), and
a clause a message or a statement carries ("sent a message to Washington that attacks
would continue"). And what looks like them but is none: a sending told as done, a
forecast, a report's clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str], str | None]]:
    return [(e.subtype, e.actors, e.date) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Iran said it would send more advisers to Syria.", "iran", "2024-02"),
    ("Iran said it would deploy military advisers to Iraq.", "iran", "2024-02"),
    ("The US will deploy additional fighter jets to the Middle East, the Pentagon said.",
     "pentagon", "2024-02"),
    ("Washington will send more warplanes to the region, a defense official said on "
     "Tuesday.", "united-states", "2024-02-06"),
    ("The Pentagon said it would deploy B-52 bombers to the Gulf.", "pentagon", "2024-02"),
])
def test_a_declared_deployment_of_advisers_or_aircraft(extract: Extract, text: str,
                                                       actor: str, date: str) -> None:
    assert _said(extract(text)) == [("deployment", [actor], date)]


@pytest.mark.parametrize("text", [
    "The US deployed fighter jets to Jordan last week.",
    "Analysts said Washington would likely send more jets to the region.",
])
def test_a_sending_done_or_forecast_is_no_declaration(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis sent a message to Washington that attacks would continue.", "houthis"),
    ("Kataib Hezbollah issued a statement that its operations would go on.",
     "kataib-hezbollah"),
    ("Iran published a statement that it would respond firmly.", "iran"),
])
def test_a_clause_a_message_carries_is_declared(extract: Extract, text: str,
                                                actor: str) -> None:
    assert _said(extract(text)) == [("threat", [actor], "2024-02")]


@pytest.mark.parametrize("text", [
    "The newspaper published a report that the attacks would continue.",
    "The mediator carried a message that the talks would resume.",
])
def test_a_clause_no_party_puts_out_declares_nothing(extract: Extract, text: str) -> None:
    assert _said(extract(text)) == []

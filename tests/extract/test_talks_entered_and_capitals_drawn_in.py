"""Talks a side says it will enter into ("would enter into negotiations with X") are a
decision as talks it will begin are; a capital that a side says will not be drawn or
dragged into a war stands for its state. Talks refused, forecast or told as long past,
and a capital drawn into anything by an analyst's words, state nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah said on Friday it would enter into negotiations with Baghdad.",
    "Kataib Hezbollah agreed on Friday to enter into talks with Baghdad.",
    "Kataib Hezbollah said on Friday it was ready to enter into negotiations with Baghdad.",
])
def test_talks_a_side_will_enter_into_are_its_decision(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [("decision", ["kataib-hezbollah"])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Amman will not be dragged into the conflict between its neighbours, the Jordanian "
     "foreign minister said on Monday.", "jordan"),
    ("Beirut will not be drawn into a regional war, the Lebanese prime minister said on "
     "Thursday.", "lebanon"),
])
def test_a_capital_that_shuns_a_war_is_its_state(extract: Extract, text: str,
                                                  actor: str) -> None:
    assert _statements(extract(text)) == [("de_escalation", [actor])]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah said on Friday it would not enter into negotiations with Baghdad.",
    "Analysts said Kataib Hezbollah would probably enter into negotiations with Baghdad.",
    "Analysts said Beirut would be dragged into a war.",
    "Amman was drawn into the painting by the artist on Monday.",
])
def test_talks_refused_or_forecast_and_capitals_drawn_by_others_state_nothing(
        extract: Extract, text: str) -> None:
    assert not _statements(extract(text))

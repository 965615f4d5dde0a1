"""A party's declared keeping of a pact ("said it would abide by the agreement", "would
cooperate with the army in applying the deal") is a statement; a pact kept as a fact or
a forecast of someone else's keeping declares nothing (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements

Extract = Callable[..., Extraction]


def _said(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in statements(x)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah said it would abide by the agreement.", "hezbollah"),
    ("Iraq said on Monday it would implement the border agreement with Iran.", "iraq"),
    ("Naim Qassem said Hezbollah would cooperate with the Lebanese army in applying the "
     "deal.", "naim-qassem"),
])
def test_a_pact_declared_kept_is_a_decision(extract: Extract, text: str, actor: str) -> None:
    assert _said(extract(text)) == [("decision", [actor])]


@pytest.mark.parametrize("text", [
    "Both sides have honoured the deal so far.",
    "The agreement requires Hezbollah to pull its fighters back from the border.",
    "Analysts said Hezbollah would likely abide by the deal.",
    "Hezbollah has cooperated with the army in applying the deal.",
])
def test_a_pact_kept_as_a_fact_or_forecast_declares_nothing(extract: Extract,
                                                            text: str) -> None:
    assert statements(extract(text)) == []

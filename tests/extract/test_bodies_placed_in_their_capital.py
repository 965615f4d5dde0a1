"""A body told only by its noun, in a clause that opens by placing it in a capital, is
that capital's state's ("In Baghdad, the government declared ..."), or the state's own
body of that name where the pack knows one ("In Tehran, the parliament backed a motion
to close the strait": the Iranian parliament) (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "state"), [
    ("In Tehran, the parliament backed a motion to close the Strait of Hormuz.",
     "iranian-parliament"),
    ("In Baghdad, the parliament voted on Sunday to expel foreign troops.",
     "iraqi-parliament"),
    ("In Baghdad, the government declared a state of emergency.", "iraq"),
])
def test_a_body_placed_in_a_capital_is_that_states(extract: Extract, text: str,
                                                   state: str) -> None:
    (declared,) = _statements(extract(text))
    assert declared.actors == [state]


@pytest.mark.parametrize("text", [
    "In Basra, the parliament backed a motion to close the Strait of Hormuz.",
    "The parliament backed a motion to close the Strait of Hormuz.",
])
def test_a_body_placed_nowhere_or_in_another_city_stays_unnamed(extract: Extract,
                                                                text: str) -> None:
    assert not [e for e in _statements(extract(text)) if e.actors]

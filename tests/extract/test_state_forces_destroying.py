"""A state's forces destroying a military site: a strike, though no weapon is named
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli air force destroyed a weapons depot in Homs.",
        "Israeli forces destroyed a Hezbollah tunnel near the border.",
        "US forces destroyed a Houthi drone launcher near Hodeidah on Monday.",
    ],
)
def test_a_state_force_destroying_a_site_strikes(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The government destroyed the old records.",
        "Israel destroyed the evidence.",
    ],
)
def test_a_state_destroying_papers_strikes_nothing(extract: Run, text: str) -> None:
    assert extract(text).events == []

"""A plot told as plain fact is still an allegation, unless a court or its plotter settled
it, or an armed group's attempt is told as done (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _plot(extraction: Extraction) -> Event:
    (plot,) = [e for e in extraction.events if e.type == "plot"]
    return plot


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian cell planned to bomb the Israeli embassy in Nairobi.",
        "Two men linked to the Quds Force plotted to kill a dissident journalist in London.",
        "A Hezbollah operative was planning an attack on Jewish targets in Cyprus.",
    ],
)
def test_a_plot_told_as_fact_is_alleged(extract: Run, text: str) -> None:
    assert _plot(extract(text)).certainty == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "A court in Paris convicted an Iranian diplomat of plotting to bomb a rally.",
        "The man pleaded guilty to plotting to kill a former national security adviser.",
        "In 2021, Kataib Hezbollah tried to target Israel with a drone.",
    ],
)
def test_a_settled_plot_or_a_group_attempt_is_confirmed(extract: Run, text: str) -> None:
    assert _plot(extract(text)).certainty == "confirmed"

"""Whom a plotter serves, told where the plot's own phrase does not say it: a capital
named as the sender ("working for Tehran", "on behalf of Tehran") stands for its state,
and the body the paragraph of a plot says a named plotter belongs to or acts for, in another
sentence, is held responsible for the plot too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties as _parties

Run = Callable[..., Extraction]


def _plot(ex: Extraction) -> Event:
    [ev] = [e for e in ex.events if e.type == "plot"]
    return ev


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Danish police said on Friday that a teenager working for Tehran had planned to "
         "attack the Israeli embassy in Copenhagen.", {"iran"}),
        ("A student working for Tehran had planned an attack on a synagogue in Oslo, "
         "police said.", {"iran"}),
        ("Prosecutors said a courier had plotted to kill an exiled writer in Vienna on "
         "behalf of Tehran.", {"iran"}),
        # the sender named as a body stays as it was
        ("Danish police said on Friday that a teenager working for Iran's intelligence "
         "ministry had planned to attack the Israeli embassy in Copenhagen.",
         {"ministry-of-intelligence"}),
    ],
)
def test_a_capital_that_sends_a_plotter_is_its_state(extract: Run, text: str,
                                                      parties: set[str]) -> None:
    assert _parties(_plot(extract(text))) == parties


@pytest.mark.parametrize(
    ("text", "plotter", "body"),
    [
        ("Prosecutors in Austria charged Samir Kassab, 41, with plotting to kill a Kurdish "
         "activist in Graz. They said Kassab was acting on behalf of Iran's Revolutionary "
         "Guards.", "samir-kassab", "islamic-revolutionary-guard-corps"),
        ("Nadim Rahal planned to bomb a Jewish school in Lyon, French prosecutors said on "
         "Monday. Rahal, a member of Hezbollah, was arrested in March.", "nadim-rahal",
         "hezbollah"),
    ],
)
def test_the_body_a_named_plotter_serves_told_apart(extract: Run, text: str, plotter: str,
                                                     body: str) -> None:
    parties = _parties(_plot(extract(text)))
    assert {plotter, body} <= parties


@pytest.mark.parametrize(
    "text",
    [
        # a plotter told serving no one adds no body
        "Prosecutors in Austria charged Samir Kassab, 41, with plotting to kill a Kurdish "
        "activist in Graz. Kassab had lived in Graz since 2015.",
        # a capital that is only where the plot was aimed
        "Police said a teenager had planned to attack the Israeli embassy in Tehran.",
    ],
)
def test_no_body_where_none_is_told(extract: Run, text: str) -> None:
    parties = _parties(_plot(extract(text)))
    assert "iran" not in parties and "islamic-revolutionary-guard-corps" not in parties

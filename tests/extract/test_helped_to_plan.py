"""A plot someone is told to have helped others plan: "helping X plan the killing of Y"
names X as the plotters, however the parse reads "plan" (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _plots(run: Run, text: str) -> list[list[str]]:
    return [[*e.actors, *e.attributed_to] for e in run(text).events if e.type == "plot"]


@pytest.mark.parametrize(("text", "plotter"), [
    ("Prosecutors charged a man with helping Iranian intelligence plan the assassination "
     "of a dissident journalist.", "iranian-intelligence-service"),
    ("Police said he helped Hezbollah operatives plan an attack on a synagogue.",
     "hezbollah"),
    ("She admitted helping Iranian intelligence plan the murder of an exiled activist.",
     "iranian-intelligence-service"),
])
def test_those_helped_to_plan_a_plot_are_its_plotters(extract: Run, text: str,
                                                      plotter: str) -> None:
    found = _plots(extract, text)
    assert any(plotter in parties for parties in found), found


@pytest.mark.parametrize("text", [
    "He helped the ministry plan the budget for next year.",
    "Volunteers helped the family plan the funeral on Sunday.",
])
def test_helping_plan_no_blow_is_no_plot(extract: Run, text: str) -> None:
    assert not _plots(extract, text)

"""Plots told by a complaint or an order rather than by the plotter's own verb: a plan
the act's infinitive follows, however the parse hangs it ("devise a plan within a week
to watch and kill X") is a plan, not a killing; the body a complaint says the accused
worked for, and the person the next sentence names, are behind the plot; those told or
asked by a body to carry out the act plot it; a resolve to strike is no strike
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]

COMPLAINT = ("Prosecutors in Chicago on Tuesday unsealed a complaint accusing a Turkish "
             "national of working for Iran's Ministry of Intelligence on a plan to kill a "
             "dissident writer.")


def test_the_body_the_accused_worked_for_is_behind_the_plot(extract: Run) -> None:
    [ev] = plots(extract(COMPLAINT))
    assert "ministry-of-intelligence" in parties(ev)


def test_the_accused_is_the_person_the_next_sentence_names(extract: Run) -> None:
    text = COMPLAINT + (" Investigators said Emre Kaplan, 44, rented a flat opposite the "
                        "writer's home in March.")
    [ev] = plots(extract(text))
    assert "emre-kaplan" in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Jawad Rostami was told by a Quds Force officer in May to drop his other work and "
        "devise a plan within ten days to follow and ultimately kill the former minister.",
        "Jawad Rostami was asked by a Quds Force officer to draw up a plan to track and kill "
        "the former minister.",
    ],
)
def test_one_told_to_devise_a_plan_to_kill_plots_it(extract: Run, text: str) -> None:
    out = extract(text)
    assert not [e for e in out.events if e.type == "killing"]
    [ev] = plots(out)
    assert {"jawad-rostami", "quds-force"} <= parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the regime remained determined to target dissidents abroad.",
        "Its commander said the militia was willing to strike American bases again.",
        "The envoy said the group was keen to attack shipping in the Red Sea.",
    ],
)
def test_a_resolve_to_strike_is_no_blow(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type in ("attack", "strike")]


def test_a_plan_drawn_up_and_carried_out_is_no_plot(extract: Run) -> None:
    text = ("The militia drew up a plan last year and on Sunday its fighters killed two "
            "police officers in Kirkuk.")
    out = extract(text)
    assert not plots(out)

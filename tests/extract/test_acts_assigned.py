"""An act a man was assigned to do is set, not done: a plot planned ("was assigned to
surveil and kill the journalist"); guards assigned to protect a site tell no plot
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def test_an_act_assigned_is_a_plot_planned(extract: Extract) -> None:
    (plot,) = extract("He was assigned to surveil and kill the journalist.").events
    assert (plot.type, plot.subtype) == ("plot", "planned")


def test_a_killing_beside_guards_assigned_stays_the_blow(extract: Extract) -> None:
    x = extract("Guards were assigned to protect the consulate after gunmen killed a "
                "guard in Erbil.")
    assert [e.type for e in x.events] == ["attack"]

"""A strike whose killing verb the parse hangs on it as a clause ("An Israeli strike on a
building in X, in Y, killed Z, whom ...") is how that targeted killing was done: one
killing, not a strike beside it."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def test_a_strike_that_killed_a_named_man_is_the_killing(extract: Extract) -> None:
    # (the parse hangs "killed" on "strike" as a clause here)
    x = extract("A day later an Israeli strike on a building in Ghobeiry, in the Dahiyeh, "
                "killed Aqil, whom Israel accused of commanding the unit.")
    assert [(e.type, e.actors) for e in x.events] == [("killing", ["israel"])]


def test_a_strike_on_a_depot_stays_a_strike(extract: Extract) -> None:
    x = extract("Two days later an Israeli strike on a depot in Tyre, in southern Lebanon, "
                "destroyed rockets stored there.")
    assert [e.type for e in x.events] == ["strike"]

"""Casualty figures told in a sentence of their own (extract/tolls.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

CASES = [
    # a definite reference gives its figures to the event it names
    ("US and British jets struck radar sites across Yemen early on Friday. A Houthi spokesman "
     "said the strikes killed four of the group's fighters and wounded seven, and warned of "
     "retaliation.", "strike", 4, 7),
    # a total updates the count told before
    ("A drone strike on a car in Basra on Tuesday night killed a senior militia commander, "
     "officials said. Police said two people were killed in total, including his driver.",
     "killing", 2, None),
    # a figure that names no event it counts stays out
    ("A drone strike on a car in Basra on Tuesday night killed a senior militia commander, "
     "officials said. Police later said two other people were killed.", "killing", 1, None),
]


@pytest.mark.parametrize(("text", "etype", "killed", "injured"), CASES)
def test_figures_told_apart_reach_their_event(extract: Callable[..., Extraction], text: str,
                                              etype: str, killed: int | None,
                                              injured: int | None) -> None:
    [event] = [e for e in extract(text).events if e.type == etype]
    assert (event.killed, event.injured) == (killed, injured)

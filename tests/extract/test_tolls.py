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


BARE = [
    # a bare toll right after the event counts it
    ("Gunmen ambushed a minibus near Khash on Thursday. Five border guards were killed and "
     "three were wounded.", 5, 3),
    # ... but not one that names another occurrence, a date or a place of its own
    ("Gunmen ambushed a minibus near Khash on Thursday. Five border guards were killed in a "
     "similar ambush in 2021.", None, None),
    ("Gunmen ambushed a minibus near Khash on Thursday. Two years ago, five border guards "
     "were killed near Iranshahr.", None, None),
    # ... nor one after a sentence that told two events
    ("A drone struck a tanker in the Gulf of Oman on Sunday and rockets hit the Harir base "
     "on Monday. Three people were killed.", None, None),
]


@pytest.mark.parametrize(("text", "killed", "injured"), BARE)
def test_bare_toll_counts_the_event_just_told(extract: Callable[..., Extraction], text: str,
                                              killed: int | None,
                                              injured: int | None) -> None:
    first = text[:text.index(". ") + 1]
    told = [e for e in extract(text).events
            if e.type == "attack" and e.evidence.text in first]
    assert told
    assert all((e.killed, e.injured) == (killed, injured) for e in told)

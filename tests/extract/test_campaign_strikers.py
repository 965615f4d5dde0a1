"""Strikes told right after a state's strikes of the same day, with no doer named, are
that state's (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

WAVE = ("The United States carried out a wave of air strikes against Houthi targets across "
        "Yemen on Saturday, killing at least 20 people.")


def test_the_sites_hit_next_are_struck_by_the_same_state(extract: Run) -> None:
    text = WAVE + " Strikes hit a district of northern Sanaa and sites in Saada province."
    strikes = [e for e in extract(text, published="2025-03-16").events if e.type == "strike"]
    assert len(strikes) >= 2 and all(e.actors == ["united-states"] for e in strikes)


def test_strikes_of_another_day_keep_no_doer(extract: Run) -> None:
    text = WAVE + (" The port of Hodeidah was hit by an air strike on Tuesday. "
                   "Officials gave no details.")
    later = [e for e in extract(text, published="2025-03-20").events
             if e.type == "strike" and e.date == "2025-03-18"]
    assert later and not later[0].actors


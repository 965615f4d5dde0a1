"""Who kills or destroys by a blow deals it: "Israel killed six fighters in a drone strike"
is Israel's strike; a passive victim is no doer (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("US forces killed two Kataib Hezbollah fighters in an airstrike near Qaim on Friday.",
     "strike", "united-states"),
    ("Israel killed six Hezbollah fighters in a drone strike in south Lebanon on Monday.",
     "strike", "israel"),
    ("US forces killed two militants in a raid near Baghdad on Friday.", "strike",
     "united-states"),
    ("Israeli jets destroyed a weapons depot in a raid on Damascus airport on Tuesday.",
     "strike", "israel"),
])
def test_who_kills_by_a_blow_deals_it(extract: Run, text: str, etype: str,
                                      actor: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors) == (etype, [actor])


def test_a_victim_killed_in_a_blow_deals_none(extract: Run) -> None:
    [ev] = extract("Two Hezbollah fighters were killed in a strike on Monday.").events
    assert "hezbollah" not in ev.all_actors()

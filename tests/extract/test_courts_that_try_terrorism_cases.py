"""A conviction or hearing told at a court the pack knows is placed at that court ("was
convicted at the Old Bailey"); a town that shares a word with a court's name is still
that town (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "A Chechen man was convicted at the Old Bailey in December of collecting information "
    "useful to terrorists.",
    "Two Romanian men were sentenced at the Central Criminal Court in London on Friday.",
])
def test_conviction_at_a_known_court_is_placed_there(extract: Run, text: str) -> None:
    arrests = [e for e in extract(text).events if e.type == "arrest"]
    assert len(arrests) == 1
    ev = arrests[0]
    assert (ev.location, ev.country) == ("old-bailey", "GB")
    assert ev.lat is not None and abs(ev.lat - 51.52) < 0.05


def test_town_sharing_a_word_with_a_court_stays_the_town(extract: Run) -> None:
    arrests = [e for e in extract("Police arrested a man in Bailey, Colorado on Tuesday.").events
               if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].country == "US"

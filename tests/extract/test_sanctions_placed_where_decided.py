"""Where a listing was decided, when the verb it hangs on says so ("ministers agreed in X
to list the group"), and no place from whom it listed (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _sanction(x: Extraction) -> Event:
    return one_event(x, "sanction")


@pytest.mark.parametrize(("text", "location"), [
    ("The bloc's interior ministers agreed in Brussels on Tuesday to put the armed wing of "
     "the movement on their list of terrorist organisations.", "brussels"),
    ("Officials announced in Geneva on Monday that the council had sanctioned three "
     "shipping firms.", "geneva"),
])
def test_a_listing_is_placed_where_its_deciders_met(extract: Run, text: str,
                                                      location: str) -> None:
    assert _sanction(extract(text)).location == location


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned a money changer in Beirut on Tuesday.",
    "The Treasury on Tuesday designated two men in Sidon who move money for the group.",
    "The Treasury imposed sanctions on a money changer in Beirut on Tuesday.",
])
def test_where_the_listed_live_is_no_place_of_the_listing(extract: Run, text: str) -> None:
    assert _sanction(extract(text)).location is None

"""Where a partly intercepted munition came down, and an area joined to the sites a
barrage was aimed at (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        ("Overnight, a Houthi drone was partly shot down over southern Israel and its "
         "warhead landed in Ashdod, lightly wounding two people.", "attack", "ashdod"),
        ("A Houthi missile was partly shot down over central Israel and its warhead hit "
         "a clinic in Holon, damaging the roof.", "attack", "holon"),
        ("An Iraqi militia drone was downed over northern Israel on Monday and its "
         "fragments crashed in Tiberias.", "attack", "tiberias"),
    ],
)
def test_where_the_warhead_came_down(extract: Run, text: str, kind: str, where: str
                                     ) -> None:
    assert one_event(extract(text), kind).location == where


def test_a_warhead_that_came_down_nowhere_keeps_the_area(extract: Run) -> None:
    ev = one_event(extract("A Houthi missile was shot down over southern Israel on "
                           "Sunday, and no damage was reported in Ashdod."), "attack")
    assert ev.location != "ashdod"


def test_an_area_joined_to_the_sites_aimed_at(extract: Run) -> None:
    ev = one_event(extract("The militia said it had launched 40 drones at four army posts "
                           "in the north and the occupied Golan Heights."), "attack")
    assert ev.location == "golan-heights"


def test_a_group_joined_to_the_targets_places_nothing(extract: Run) -> None:
    ev = one_event(extract("The group fired rockets at Israeli soldiers and Hamas fighters "
                           "on Monday."), "attack")
    assert ev.location is None

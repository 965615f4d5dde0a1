"""Where an intercepted or struck load was: the land of the side that stopped munitions
over its own soil, a country's coast, the town the munitions were approaching, and not
the state whose arms a struck convoy carried (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "country"), [
    ("A cruise missile launched from Iraq was intercepted by Jordanian air defences on "
     "Thursday.", "JO"),
    ("The rebels fired a drone on Thursday that was shot down by the Saudi military.", "SA"),
    ("Kuwaiti air defences intercepted two drones launched from Iraq on Thursday.", "KW"),
    # a country's coast, and the sea off it, are its own
    ("A drone was intercepted over the Lebanese coast on Thursday.", "LB"),
])
def test_an_interception_falls_in_the_land_that_stops_it(
        extract: Run, text: str, country: str) -> None:
    assert one_event(extract(text), "attack").country == country


@pytest.mark.parametrize("text", [
    # ships, and forces told where they stand, guard far from home
    "British destroyers in the Gulf of Aden shot down four drones launched by the rebels "
    "on Thursday.",
    "Two drones were intercepted by an American destroyer on Thursday.",
    # the side stopping the munitions tells nothing when it only speaks of it
    "The Jordanian army said it intercepted a drone on Thursday.",
])
def test_a_guard_far_from_home_places_no_interception(extract: Run, text: str) -> None:
    assert one_event(extract(text), "attack").country not in ("GB", "US", "JO")


@pytest.mark.parametrize(("text", "place"), [
    ("Three drones were shot down approaching Mosul on Thursday.", "mosul"),
    ("Two drones were shot down while approaching Kirkuk on Thursday.", "kirkuk"),
])
def test_munitions_downed_on_their_way_fell_near_where_they_went(
        extract: Run, text: str, place: str) -> None:
    assert one_event(extract(text), "attack").location == place


def test_the_make_of_a_struck_load_is_not_where_it_was_struck(extract: Run) -> None:
    ev = one_event(extract("Israeli jets struck a convoy carrying Iranian arms to "
                           "Hezbollah on Thursday."), "strike")
    assert ev.country != "IR"

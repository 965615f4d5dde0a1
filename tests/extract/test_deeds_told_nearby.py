"""A deed its sentence says happened nearby, or in the vicinity, without naming where
lies at the site of the last deed placed just before it ("a gunship flying nearby then
fired on the launchers"); a nearby place that is named keeps its own name, and with no
deed placed before, "nearby" places nothing (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "place"), [
    ("A ballistic missile hit Ain al-Asad air base on Tuesday evening, injuring eight "
     "soldiers. An American AC-130 gunship that was already flying nearby then fired on a "
     "vehicle and a group of fighters involved in the launch.", "ain-al-asad-air-base"),
    ("Rockets hit the Victory base near Baghdad airport on Monday. Hours later a US drone "
     "struck a truck in the vicinity.", "victory-base-complex"),
])
def test_deed_told_nearby_lies_at_the_scene_before(extract: Run, text: str,
                                                   place: str) -> None:
    events = extract(text).events
    assert len(events) == 2
    assert events[1].location == place


def test_nearby_place_that_is_named_keeps_its_name(extract: Run) -> None:
    text = ("Rockets hit the Victory base near Baghdad airport on Monday. Hours later, a drone "
            "struck a car in the nearby town of Abu Ghraib.")
    events = extract(text).events
    assert len(events) == 2 and events[1].location == "abu-ghraib"


@pytest.mark.parametrize("text", [
    "An American AC-130 gunship that was flying nearby fired on a vehicle on Tuesday.",
    "Iraqi officials met on Monday to discuss the budget. A US drone flying nearby fired "
    "on a vehicle on Tuesday.",
])
def test_nearby_with_no_scene_before_places_nothing(extract: Run, text: str) -> None:
    strikes = [e for e in extract(text).events if e.type in ("strike", "attack")]
    assert len(strikes) == 1 and strikes[0].location is None

"""Arrests made where forces went in ("entered X and arrested six"), and deliveries told
by a gerund the tagger took for a noun ("accused X of shipping drones to Y") (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli troops entered Nablus and arrested six men on Monday.", "PS"),
    ("Israeli troops entered the village of Beit Ummar and detained a teenager on Tuesday.",
     "PS"),
    ("Israeli troops moved into Tubas and arrested six men on Monday.", "PS"),
])
def test_an_arrest_after_going_in_is_placed_where_the_forces_went(
        extract: Run, text: str, country: str) -> None:
    event = one_event(extract(text), "arrest")
    assert event.location is not None and event.location.lower() != "israel"
    assert event.country == country


def test_an_arrest_with_its_own_subject_keeps_its_own_scene(extract: Run) -> None:
    event = one_event(extract("Police entered the building and arrested the manager in Basra."),
                      "arrest")
    assert event.location == "basra"


@pytest.mark.parametrize(("text", "receiver", "country"), [
    ("Washington accused Tehran of shipping drones to Russia.", "russia", "RU"),
    ("Israel accused Iran of shipping drones to Hezbollah.", "hezbollah", "LB"),
])
def test_a_gerund_after_a_preposition_tells_a_delivery(
        extract: Run, text: str, receiver: str, country: str) -> None:
    event = one_event(extract(text), "transfer")
    assert receiver in event.target_actors and event.country == country
    assert event.certainty == "alleged"


@pytest.mark.parametrize("text", [
    "The shipping of grain to Egypt resumed on Monday.",
    "Washington accused Tehran of shipping oil to China.",
])
def test_shipping_of_no_arms_is_no_delivery(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "transfer"]

"""The country of a delivery its sentence does not place: the receiver's, and when no
receiver is named, never the supplying state's own (a state arms, funds and trains
abroad); the one other country the paragraph tells of still stands (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "supplier"), [
    ("The group has received Iranian rockets since 2019, officials said.", "IR"),
    ("Tehran shipped rifles and mortars to its allies last year, the report said.", "IR"),
    ("Iran funneled $40 million to the faction in 2021.", "IR"),
    ("Moscow delivered air-defence batteries in 2019.", "RU"),
])
def test_a_state_s_supplies_are_not_placed_at_home(
        extract: Run, text: str, supplier: str) -> None:
    assert one_event(extract(text), "transfer").country != supplier


@pytest.mark.parametrize(("text", "country"), [
    ("Iran sent advisers to train the militias in Syria.", "SY"),
    ("Hamas received $30 million from Iran last year.", "PS"),
    ("Iran has supplied the Houthis with drones, UN experts said.", "YE"),
])
def test_the_receiver_or_the_one_other_country_places_a_delivery(
        extract: Run, text: str, country: str) -> None:
    assert one_event(extract(text), "transfer").country == country


@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("The navy seized a shipment of Iranian rifles from a fishing boat in the Gulf of "
     "Aden on Monday.", 12.0, 48.0),
    ("Police seized a cargo of drone components from a truck near Basra on Sunday.",
     30.5, 47.8),
    ("Forces seized a shipment of rifles at the port of Nishtun on Monday.", 15.8, 52.2),
])
def test_a_load_seized_from_a_craft_is_placed_where_the_craft_was(
        extract: Run, text: str, lat: float, lon: float) -> None:
    ev = one_event(extract(text), "transfer")
    assert ev.lat is not None and ev.lon is not None
    assert abs(ev.lat - lat) < 2.0 and abs(ev.lon - lon) < 3.0


def test_a_launch_from_a_boat_is_not_where_the_blow_fell(extract: Run) -> None:
    x = extract("A drone launched from a boat in the Red Sea hit a tanker off Hodeidah "
                "on Monday.")
    assert one_event(x, "attack").location == "hodeidah"

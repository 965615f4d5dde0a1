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

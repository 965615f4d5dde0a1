"""A load told as the subject of "bound for", "destined for" or "headed for" goes to the
party named after it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "The shipment of Iranian rifles was bound for the Houthis, according to the coast "
        "guard.",
        "The shipment of Iranian drones was destined for the Houthis, officials said.",
    ],
)
def test_the_party_a_load_was_bound_for_receives_it(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "transfer")
    assert "houthis" in ev.target_actors and ev.country == "YE"


def test_a_load_bound_for_a_port_has_no_receiving_party(extract: Run) -> None:
    text = "The shipment of Iranian rifles was bound for the port of Hodeidah, officials said."
    ev = one_event(extract(text), "transfer")
    assert "houthis" not in ev.target_actors

"""Where a blow on a ship happened when the report is filed from a town (documents
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_a_blow_on_a_warship_is_not_placed_at_the_dateline(extract: Run) -> None:
    x = extract("SANAA, Yemen (AP) — The Houthis said Monday they had fired missiles at a US "
                "destroyer.")
    assert one_event(x, "attack").location is None


def test_a_blow_on_a_tanker_is_not_placed_at_the_port_of_the_dateline(extract: Run) -> None:
    x = extract("HODEIDAH, Yemen (AP) — Houthi fighters attacked a Greek-owned tanker with "
                "drones on Monday, the group said.")
    assert one_event(x, "attack").location is None


def test_a_blow_on_a_site_on_land_keeps_the_dateline(extract: Run) -> None:
    x = extract("SANAA, Yemen (AP) — US jets struck a Houthi radar site on Monday, residents "
                "said.")
    assert one_event(x, "strike").location == "sanaa"

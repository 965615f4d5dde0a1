"""Armed men of no state's who cross into a land or over its border ("gunmen crossed from
Lebanon into Israel", "militants crossed the border", "three fighters infiltrated into
Israel") make an infiltration, an attack placed where they crossed; the infiltration a
group then says its fighters carried out is that one. Migrants, trucks or a state's
troops that cross, agents who infiltrate a network, and a crossing only tried are none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen crossed from Lebanon into Israel near Metula on Monday, and Israeli "
         "troops killed two of them.", "metula"),
        ("Militants crossed the border from Syria into Jordan on Monday and clashed with "
         "border guards.", "jordan"),
        ("Three fighters infiltrated into Israel from Lebanon on Monday.", "israel"),
    ],
)
def test_armed_men_crossing_into_a_land_infiltrate(extract: Run, text: str,
                                                   place: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.subtype == "infiltration"
    assert ev.location == place
    assert ev.date == "2024-02-05"


def test_a_group_fighters_crossing_are_its_own(extract: Run) -> None:
    ev = one_event(extract("Hamas fighters crossed into Israel near Sderot on Monday."),
                   "attack")
    assert ev.actors == ["hamas"]


def test_the_infiltration_claimed_after_is_the_crossing(extract: Run) -> None:
    x = extract("Gunmen crossed from Lebanon into Israel near Metula on Monday. The Al-Quds "
                "Brigades said its fighters carried out the infiltration.")
    ev = one_event(x, "attack")
    assert ev.subtype == "infiltration"
    assert "al-quds-brigades" in ev.claimed_by


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of migrants crossed from Mexico into the United States on Monday.",
        "Israeli troops crossed into Syria near Quneitra on Monday.",
        "Iranian agents infiltrated the network of a Kurdish party in Erbil last year.",
        "The gunmen tried to cross into Israel near Metula on Monday but were stopped.",
        "The group blamed the explosions on Israel's infiltration of its supply chain.",
        "Several fighters crossed the street to reach the mosque on Monday.",
    ],
)
def test_other_crossings_are_no_infiltration(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.subtype == "infiltration"] == []


def test_arms_that_cross_stay_a_delivery(extract: Run) -> None:
    x = extract("Trucks carrying rifles crossed the border from Iraq into Syria on Monday.")
    assert [e.type for e in x.events] == ["transfer"]

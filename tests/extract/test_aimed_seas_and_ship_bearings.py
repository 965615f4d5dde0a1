"""Where a strike on arms aimed out to sea, and a blow on a ship told by its bearing from a
port, happened (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

# Where arms were aimed or bound for is not where they were struck.
AIMED = [
    "On 3 March 2025 Royal Air Force jets destroyed three Houthi cruise missiles that "
    "officials said were aimed into the northern Red Sea.",
    "On 3 March 2025 American warplanes destroyed two rebel drones which the command said "
    "were pointed toward the Gulf of Aden.",
    "On 3 March 2025 US aircraft struck a Houthi missile bound for the Red Sea.",
]


@pytest.mark.parametrize("text", AIMED)
def test_a_sea_aimed_at_is_not_where_the_strike_fell(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.location not in ("red-sea", "gulf-of-aden")


def test_a_strike_on_arms_aimed_to_sea_falls_in_the_country_the_paragraph_tells(
        extract: Run) -> None:
    text = ("British forces hit back with raids on radar sites in Yemen. On 3 March 2025 "
            "Royal Air Force jets destroyed three Houthi cruise missiles that officials "
            "said were aimed into the northern Red Sea.")
    ev = [e for e in extract(text).events if e.type == "strike"][-1]
    assert ev.country == "YE"


def test_a_ship_passing_a_sea_is_still_there(extract: Run) -> None:
    ev = one_event(extract("On 3 March 2025 Houthi drones attacked a tanker transiting "
                           "the Bab el-Mandeb."), "attack")
    assert ev.location == "bab-el-mandeb"


# A bearing from a port with no distance, told after a ship's name: near the port.
BEARINGS = [
    ("The rebels fired missiles at a Liberian tanker in the Gulf of Aden on 3 March 2025. "
     "On 5 March 2025 a drone struck the Ocean Star, a Greek-owned ship, southeast of Aden.",
     "aden"),
    ("On 5 March 2025 a missile hit the Sea Lion, a British-owned freighter, west of "
     "Hodeidah.", "hodeidah"),
    ("On 5 March 2025 a drone struck the Blue Harbor, another Danish-owned tanker, "
     "southeast of Aden.", "aden"),
]


@pytest.mark.parametrize(("text", "port"), BEARINGS)
def test_a_ship_hit_by_a_port_is_placed_at_the_port(extract: Run, text: str,
                                                      port: str) -> None:
    ev = [e for e in extract(text).events if e.type == "attack"][-1]
    assert ev.location == port

"""A country named again by a description places an event there and acts as the state:
"arrested in the kingdom", "the Jewish state struck" (documents written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_an_arrest_in_the_kingdom_is_in_the_country_named_before(extract: Run) -> None:
    x = extract("Bahraini officials spoke on Monday. Police arrested three men in the "
                "kingdom on Sunday for smuggling explosives.")
    arrest = one_event(x, "arrest")
    assert arrest.location == "bahrain" and arrest.country == "BH"


def test_a_plot_against_people_on_the_island(extract: Run) -> None:
    x = extract("Cypriot police said on Tuesday that a man hired to kill Israeli businessmen "
                "had been arrested on the island.")
    assert one_event(x, "arrest").country == "CY"


def test_the_description_acts_as_the_state(extract: Run) -> None:
    x = extract("Israel accused Iran of arming Hamas. On Tuesday the Jewish state struck a "
                "weapons depot near Damascus.")
    strike = one_event(x, "strike")
    assert strike.actors == ["israel"] and strike.country == "SY"


def test_the_kingdom_strikes(extract: Run) -> None:
    x = extract("Saudi Arabia accused the Houthis of escalation. On Monday the kingdom struck "
                "Houthi positions near Saada.")
    assert one_event(x, "strike").actors == ["saudi-arabia"]


def test_only_a_country_the_description_fits_places_it(extract: Run) -> None:
    x = extract("Saudi officials briefed Kuwaiti envoys on Monday. Police arrested three men "
                "in the kingdom on Sunday for smuggling explosives.")
    assert one_event(x, "arrest").country == "SA"

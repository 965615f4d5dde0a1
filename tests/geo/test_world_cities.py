"""A city of millions against a namesake town of the theatre (names chosen for these
tests)."""

from __future__ import annotations

import pytest

from axiswatch.geo import Geocoder, load_geocoder


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


@pytest.mark.parametrize(("name", "country"), [
    ("Kazan", "RU"),  # not the Turkish town of that name
    ("Philadelphia", "US"),  # not an old name of Amman
    ("San Antonio", "US"),  # not the Paraguayan town
    ("Rotterdam", "NL"),  # a city of note many times the size of the town in New York State
    ("Hanover", "DE"),
])
def test_a_city_of_millions_keeps_its_name(geo: Geocoder, name: str, country: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country


def test_the_documents_country_still_picks_the_namesake(geo: Geocoder) -> None:
    place = geo.resolve("Tripoli", countries=["LB"])
    assert place is not None and place.country == "LB"
    place = geo.resolve("Kazan", countries=["TR"])
    assert place is not None and place.country == "TR"


def test_a_city_of_note_does_not_dwarf_a_town_of_note(geo: Geocoder) -> None:
    place = geo.resolve("Manchester")  # the city in New Hampshire is no small town
    assert place is not None and place.country == "US"


def test_a_dutch_plot_in_rotterdam_is_placed_in_the_netherlands() -> None:
    from axiswatch.extract.pipeline import Extractor
    from axiswatch.ids import document_id
    from axiswatch.model import Document

    text = "Dutch police foiled a plot to bomb a synagogue in Rotterdam on Wednesday."
    found = Extractor().extract(Document(id=document_id(text), text=text,
                                         published="2025-06-12")).events
    plots = [e for e in found if e.type == "plot"]
    assert plots and plots[0].country == "NL"

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
])
def test_a_city_of_millions_keeps_its_name(geo: Geocoder, name: str, country: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country


def test_the_documents_country_still_picks_the_namesake(geo: Geocoder) -> None:
    place = geo.resolve("Tripoli", countries=["LB"])
    assert place is not None and place.country == "LB"
    place = geo.resolve("Kazan", countries=["TR"])
    assert place is not None and place.country == "TR"

"""The first-level division of a place (ACLED's admin1): by the pack's links, else by
the GeoNames place nearest the point, named by the pack's divisions."""

from __future__ import annotations

import pytest

from axiswatch.geo import load_geocoder
from axiswatch.geo.admin import Admin1


@pytest.fixture(scope="module")
def admin1() -> Admin1:
    geocoder = load_geocoder()
    return Admin1(geocoder.pack, geocoder.gazetteer)


@pytest.mark.parametrize(("entity_id", "division"), [
    ("sayyida-zaynab", "Rif Dimashq Governorate"),  # a town, by its located_in link
    ("anbar-province", "Anbar Province"),  # a division is its own
])
def test_a_pack_place_lies_in_the_division_its_links_reach(
        admin1: Admin1, entity_id: str, division: str) -> None:
    assert admin1.of_entity(entity_id) == division


@pytest.mark.parametrize(("lat", "lon", "country", "division"), [
    (32.62, 44.03, "IQ", "Karbala Province"),  # a small division around its city
    (33.51, 36.29, "SY", "Damascus Governorate"),  # the city, not the countryside around it
    (33.45, 36.35, "SY", "Rif Dimashq Governorate"),
    (35.69, 51.39, "IR", "Tehran Province"),  # not the province named like a Tehran suburb
    (36.84, 54.44, "IR", "Golestan Province"),
    (48.14, 11.58, "DE", "Bavaria"),
    (33.27, 35.20, "LB", "South Governorate"),
])
def test_a_point_lies_in_the_division_of_the_nearest_place(
        admin1: Admin1, lat: float, lon: float, country: str, division: str) -> None:
    assert admin1.of_event(None, lat, lon, country) == division


def test_a_division_the_pack_does_not_name_stays_blank(admin1: Admin1) -> None:
    assert admin1.of_event(None, 38.90, -77.03, "US") == ""
    assert admin1.of_event(None, None, None, "IQ") == ""
    assert admin1.of_entity("no-such-place") is None


def test_the_links_win_over_the_point(admin1: Admin1) -> None:
    # a point on the border of two divisions: the pack's own link decides
    assert admin1.of_event("sayyida-zaynab", 33.51, 36.29, "SY") == "Rif Dimashq Governorate"

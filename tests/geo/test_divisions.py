"""First-level divisions of countries outside the theatre (states, provinces, nations,
regions), which GeoNames' populated places lack: reporting on plots and arrests abroad
names them (phrases written for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.geo import Geocoder, load_geocoder


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


@pytest.mark.parametrize(("phrase", "place_id"), [
    ("Bavaria", "bavaria"),
    ("the German state of Lower Saxony", "lower-saxony"),
    ("the state of Hesse", "hesse"),
    ("NRW", "north-rhine-westphalia"),
    ("Scotland", "scotland"),
    ("Northern Ireland", "northern-ireland"),
    ("the French region of Brittany", "brittany"),
    ("the Dutch province of Gelderland", "gelderland"),
    ("Flanders", "flanders"),
    ("southern Sweden's Skane region", "skane"),
    ("Styria", "styria"),
    ("Ontario", "ontario"),
    ("the province of Quebec", "quebec-province"),
    ("the Australian state of Victoria", "victoria-state"),
    ("Queensland", "queensland"),
    ("the province of Buenos Aires", "buenos-aires-province"),
    ("the Triple Frontier", "tri-border-area"),
    ("Pakistan's Punjab province", "punjab"),
    ("North Waziristan", "north-waziristan"),
    ("the Kurram district", "kurram"),
    ("Helmand province", "helmand"),
    ("eastern Nangarhar", "nangarhar"),
    ("Saudi Arabia's Eastern Province", "eastern-province"),
    ("the Dhofar governorate", "dhofar"),
    ("North Sinai", "north-sinai"),
    ("Nagorno-Karabakh", "karabakh"),
])
def test_a_division_resolves_to_its_pack_place(geo: Geocoder, phrase: str,
                                               place_id: str) -> None:
    place = geo.resolve(phrase)
    assert place is not None and place.id == place_id, place
    assert place.precision in ("province", "region")


def test_a_bare_shared_name_stays_the_city(geo: Geocoder) -> None:
    # "Quebec" and "Victoria" are cities too: only the feature word makes them states.
    quebec = geo.resolve("Quebec", countries=("CA",))
    assert quebec is not None and quebec.precision == "town"
    assert geo.resolve("Victoria state") is not None


def test_divisions_alone_do_not_make_a_country_part_of_the_theatre(geo: Geocoder) -> None:
    assert "DE" not in geo.theatre and "CA" not in geo.theatre
    assert {"IQ", "SY", "LB", "YE", "IR"} <= geo.theatre

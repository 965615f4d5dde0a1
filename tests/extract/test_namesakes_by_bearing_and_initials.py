"""Places told by a bearing from a known town and buildings named by a body's initials
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.geo.place import haversine_km
from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

DAMASCUS = (33.51, 36.29)


def test_a_village_told_by_its_bearing_from_a_city_is_the_namesake_near_that_city(
        extract: Run) -> None:
    # GeoNames knows an Aqraba only in the West Bank; this one lies by Damascus.
    x = extract("Warplanes hit a farmhouse on Sunday in the village of Aqraba, south-east "
                "of Damascus, the monitor said.")
    strike = one_event(x, "strike")
    assert strike.country == "SY"
    assert strike.lat is not None and strike.lon is not None
    assert haversine_km(strike.lat, strike.lon, *DAMASCUS) < 25


def test_a_distance_and_bearing_after_the_name_count_too(extract: Run) -> None:
    x = extract("Warplanes hit a farmhouse on Sunday in Aqraba, 12 km south-east of Damascus.")
    assert one_event(x, "strike").country == "SY"


def test_a_bearing_from_a_town_near_the_namesake_keeps_it(extract: Run) -> None:
    x = extract("Troops raided a house on Sunday in the village of Aqraba, south-east of "
                "Nablus.")
    assert one_event(x, "strike").country == "PS"


def test_a_building_named_by_a_bodys_initials_is_no_namesake_town_abroad(
        extract: Run) -> None:
    x = extract("In July 1994 a car bomb exploded outside the AMIA building.")
    assert one_event(x, "attack").country == "AR"

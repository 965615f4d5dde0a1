"""A compass part of a country that reporting uses for one area ("eastern Syria": the
Euphrates valley of Deir ez-Zor) places an event there rather than at the middle of the
country, while a place in it still lies in the country itself; a site the document
names for the same blow is finer still (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.geo.place import haversine_km
from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

# The middle of Deir ez-Zor province.
_DEIR_EZ_ZOR = (35.0, 40.5)


def test_a_strike_in_eastern_syria_lies_in_the_euphrates_valley(extract: Run) -> None:
    ev = one_event(extract("US jets carried out airstrikes in eastern Syria on Tuesday against "
                           "a depot used by Iran-backed groups."), "strike")
    assert ev.country == "SY"
    assert ev.lat is not None and ev.lon is not None
    assert haversine_km(ev.lat, ev.lon, *_DEIR_EZ_ZOR) <= 50


def test_a_strike_in_syria_alone_stays_at_the_country(extract: Run) -> None:
    ev = one_event(extract("US jets carried out airstrikes in Syria on Tuesday against a depot "
                           "used by Iran-backed groups."), "strike")
    assert (ev.location, ev.country) == ("syria", "SY")


def test_a_base_in_eastern_syria_lies_in_syria(extract: Run) -> None:
    x = extract("Rockets were fired on Monday at the Green Village base, a US outpost in eastern "
                "Syria, wounding a soldier.")
    found = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert ("green-village", "located_in", "syria") in found
    assert not any(r.object == "eastern-syria" for r in x.relations)


def test_the_town_told_for_a_blow_in_eastern_syria_places_it(extract: Run) -> None:
    x = extract("American warplanes bombed weapons depots used by Iraqi militias in eastern "
                "Syria on Tuesday. The depots lay near Mayadin, officials said.")
    assert one_event(x, "strike").location == "mayadin"

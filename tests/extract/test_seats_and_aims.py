"""Where a blow fell when the sentence says it through the seat it hit ("the offices of
the X Police"), the site it was aimed at ("missiles targeting X"), a facility named
after "a base", the harm a building suffered ("was destroyed in a strike"), where a
ship lay ("while moored off X") and a bearing set beside a site ("a post, east of X")
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _near(ev: Event, lat: float, lon: float, km: float = 25.0) -> bool:
    return ev.lat is not None and ev.lon is not None and \
        abs(ev.lat - lat) * 111 < km and abs(ev.lon - lon) * 95 < km


def test_a_town_modifying_the_headquarters_struck_places_it(extract: Run) -> None:
    x = extract("Militants stormed the Saravan police headquarters before dawn on Sunday.")
    assert any(e.country == "IR" and _near(e, 27.37, 62.33) for e in x.events)


def test_the_town_a_body_is_named_after_places_its_offices(extract: Run) -> None:
    x = extract("Gunmen opened fire on the offices of the Najaf Provincial Council on Friday.")
    assert any(e.country == "IQ" and _near(e, 31.99, 44.33) for e in x.events)


def test_a_member_of_a_town_council_is_attacked_at_home_there(extract: Run) -> None:
    x = extract("A bomb was thrown at the house of a member of the Kirkuk Provincial "
                "Council late on Tuesday.")
    assert any(_near(e, 35.47, 44.39) for e in x.events)


def test_a_body_speaking_is_no_place_of_the_blow(extract: Run) -> None:
    x = extract("The Diyala Operations Command said a rocket hit near Balad Air Base on "
                "Monday.")
    assert all(e.location == "balad-air-base" for e in x.events if e.type == "attack")


def test_a_site_the_strikes_targeted_is_finer_than_its_province(extract: Run) -> None:
    x = extract("Israel carried out airstrikes targeting the Shayrat air base in Homs "
                "province on Sunday, state media said.")
    ev = one_event(x, "strike")
    assert ev.location == "shayrat-air-base"


def test_a_town_missiles_targeted_places_the_attack(extract: Run) -> None:
    x = extract("The Houthis said they fired a salvo of drones targeting Haifa on "
                "Saturday.")
    assert any(e.country == "IL" and _near(e, 32.81, 35.0) for e in x.events)


def test_a_facility_named_after_a_base_is_the_site(extract: Run) -> None:
    x = extract("Militants launched drones at a base used by coalition troops in eastern "
                "Syria, the Green Village, on Wednesday.")
    assert any(e.location == "green-village" for e in x.events)


def test_a_building_destroyed_in_a_strike_is_where_it_fell(extract: Run) -> None:
    x = extract("A warehouse in Tartus was destroyed in an Israeli airstrike overnight.")
    assert any(e.country == "SY" and _near(e, 34.89, 35.89) for e in x.events)


def test_where_a_ship_lay_moored_is_where_it_was_hit(extract: Run) -> None:
    x = extract("A cargo ship was struck by a drone while moored off Mukalla, the "
                "coast guard said.")
    assert any(_near(e, 14.54, 49.12) for e in x.events)


def test_a_bearing_beside_a_site_places_the_blast(extract: Run) -> None:
    x = extract("A roadside bomb went off near an army checkpoint, south of Tikrit, "
                "killing a soldier.")
    assert any(_near(e, 34.61, 43.68, 30) for e in x.events)


def test_a_number_heading_the_killed_keeps_their_town(extract: Run) -> None:
    x = extract("An Israeli airstrike killed two of the group's fighters in Khan Younis "
                "on Monday.")
    assert any(e.country == "PS" for e in x.events if e.type in ("strike", "killing"))


def test_a_town_the_tagger_took_for_a_group_is_where_those_based_there_are_held(
        extract: Run) -> None:
    x = extract("Police detained a Zahedan-based cleric on Saturday, his family said.")
    ev = one_event(x, "arrest")
    assert ev.country == "IR" and _near(ev, 29.50, 60.86)

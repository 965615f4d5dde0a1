"""Place phrases of everyday reporting: towns the tagger misses, places told beside
another ("near the border with X", "along the X-Y road", "close to X"), a place as what
a blow hit, a person's birthplace, and the town whose police tell of an event
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _near(ev: Event, lat: float, lon: float, km: float = 25.0) -> bool:
    return ev.lat is not None and ev.lon is not None and \
        abs(ev.lat - lat) * 111 < km and abs(ev.lon - lon) * 95 < km


def test_a_town_the_tagger_took_for_a_product_is_a_place(extract: Run) -> None:
    x = extract("Separatists attacked a bus carrying engineers in Gwadar on Sunday.")
    ev = one_event(x, "attack")
    assert ev.country == "PK" and _near(ev, 25.12, 62.32)


def test_a_town_the_tagger_left_unnamed_after_near_is_a_place(extract: Run) -> None:
    x = extract("A drone struck a pickup near Hermel on Friday.")
    ev = one_event(x, "attack")
    assert ev.country == "LB" and _near(ev, 34.39, 36.38)


def test_the_name_after_the_town_of_is_a_place_whatever_its_tag(extract: Run) -> None:
    x = extract("Gunmen attacked a police post in the town of Saravan on Monday.")
    ev = one_event(x, "attack")
    assert ev.country == "IR" and _near(ev, 27.37, 62.33)


def test_a_calendar_word_after_in_is_no_town(extract: Run) -> None:
    x = extract("Militants attacked a police post in March.")
    assert all(e.location is None for e in x.events)


def test_a_town_hit_is_where_the_blow_fell(extract: Run) -> None:
    x = extract("Samarra was shelled by militants on Tuesday night.")
    ev = one_event(x, "attack")
    assert _near(ev, 34.20, 43.87)


def test_a_person_hit_is_no_town(extract: Run) -> None:
    x = extract("Ali was targeted by gunmen on Tuesday.")
    assert all(e.country != "TR" for e in x.events)


def test_the_site_a_strike_hit_is_its_place(extract: Run) -> None:
    x = extract("The overnight strike hit Aleppo airport, the ministry said.")
    ev = one_event(x, "strike")
    assert ev.location == "aleppo-international-airport"


def test_the_country_across_a_border_gives_way_to_the_town(extract: Run) -> None:
    x = extract("Soldiers killed two fighters in a raid near the border with Afghanistan "
                "in Panjgur district on Monday.")
    ev = next(e for e in x.events if e.location is not None)
    assert ev.country == "PK" and _near(ev, 26.97, 64.09)


def test_a_place_close_to_a_town_is_by_that_town(extract: Run) -> None:
    x = extract("Hezbollah fired rockets at an army post on the frontier with Lebanon, "
                "close to Metula, on Tuesday.")
    ev = one_event(x, "attack")
    assert ev.country == "IL" and _near(ev, 33.28, 35.58)


def test_the_ends_of_a_road_give_way_to_the_town_it_passes(extract: Run) -> None:
    x = extract("A roadside bomb hit a fuel truck on the Baghdad-Basra highway near "
                "Nasiriyah on Saturday.")
    ev = one_event(x, "attack")
    assert _near(ev, 31.05, 46.26)


def test_a_birthplace_is_not_where_an_arrest_happened(extract: Run) -> None:
    x = extract("Police detained a man born in Mosul on Friday.")
    assert all(e.location != "mosul" for e in x.events)


def test_the_police_of_a_town_tell_where_they_arrested(extract: Run) -> None:
    x = extract("Police in Basra said on Monday that a cell had planned bombings. "
                "They detained three suspects.")
    ev = one_event(x, "arrest")
    assert ev.location == "basra"


def test_officials_in_a_capital_do_not_place_the_event(extract: Run) -> None:
    x = extract("Officials in Baghdad said on Monday that gunmen had attacked a convoy.")
    assert all(e.location != "baghdad" for e in x.events)


def test_a_hospital_a_person_came_from_is_no_source(extract: Run) -> None:
    x = extract("A rights group reported the arrest of a doctor from a clinic in Shiraz. "
                "Critics recalled an arrest made years ago.")
    later = [e for e in x.events if "years ago" in e.evidence.text]
    assert all(e.location != "shiraz" for e in later)


def test_what_an_attack_hit_hung_on_its_date_says_where(extract: Run) -> None:
    x = extract("The rocket attack in March of coalition troops at the Erbil airport "
                "wounded two contractors.")
    ev = one_event(x, "attack")
    assert ev.location == "erbil-international-airport"


def test_a_town_owning_the_site_hit_is_its_place(extract: Run) -> None:
    x = extract("Houthi drones targeted Hodeidah's port on Tuesday.")
    ev = one_event(x, "attack")
    assert ev.country == "YE" and _near(ev, 14.8, 42.95)


def test_a_target_off_a_coast_is_by_that_coast(extract: Run) -> None:
    x = extract("The militia said it had targeted a gas platform off the coast of Ashkelon.")
    ev = one_event(x, "attack")
    assert _near(ev, 31.67, 34.57)


def test_where_an_attack_was_planned_is_not_where_it_struck(extract: Run) -> None:
    x = extract("The bombing, organized in Beirut, hit a bus station in Burgas.")
    assert all(e.location != "beirut" for e in x.events)


def test_the_entrance_to_a_town_is_by_that_town(extract: Run) -> None:
    x = extract("A car bomb exploded at the entrance to Ramadi on Sunday.")
    ev = one_event(x, "attack")
    assert _near(ev, 33.42, 43.30)


def test_a_target_placed_in_a_later_sentence(extract: Run) -> None:
    x = extract("A drone struck a warehouse on Monday night, killing two guards. "
                "The warehouse lies outside Mayadin.")
    ev = one_event(x, "attack")
    assert _near(ev, 35.02, 40.45)


def test_a_named_quarter_of_a_city_the_tagger_took_for_a_people(extract: Run) -> None:
    x = extract("An airstrike hit a flat in the Mezze neighbourhood of Damascus.")
    ev = one_event(x, "strike")
    assert ev.country == "SY" and _near(ev, 33.5, 36.25)


def test_where_the_incident_happened_places_the_event_told_before(extract: Run) -> None:
    x = extract("A mortar round hit a school on Sunday, wounding a teacher. The incident "
                "happened in the town of Metula.")
    ev = one_event(x, "attack")
    assert _near(ev, 33.28, 35.58)


def test_a_scene_set_by_the_sentence_before_places_the_event(extract: Run) -> None:
    x = extract("Fear spread across Kirkuk late on Saturday. Militants ambushed a "
                "police patrol, the army said.")
    ev = one_event(x, "attack")
    assert _near(ev, 35.47, 44.39)


def test_a_new_paragraph_does_not_inherit_the_scene(extract: Run) -> None:
    x = extract("Fear spread across Kirkuk late on Saturday.\n\nMilitants ambushed a "
                "police patrol, the army said.")
    assert all(e.location != "kirkuk" for e in x.events)


def test_where_a_group_was_founded_sets_no_scene(extract: Run) -> None:
    x = extract("The faction was formed in Najaf in 2014. Its gunmen ambushed a convoy "
                "on Sunday.")
    assert all(e.location != "najaf" for e in x.events)


def test_residents_of_a_town_tell_of_it(extract: Run) -> None:
    x = extract("According to residents of Mayadin, an airstrike hit a depot overnight.")
    ev = one_event(x, "strike")
    assert _near(ev, 35.02, 40.45)


def test_a_name_going_on_with_an_assimilated_article_is_looked_up_whole(extract: Run) -> None:
    x = extract("An airstrike hit a depot in Jurf as-Sakhar on Thursday.")
    ev = one_event(x, "strike")
    assert ev.location == "jurf-al-sakhr"


def test_a_ship_moored_off_a_port_is_by_that_port(extract: Run) -> None:
    x = extract("A drone hit a freighter moored at Hodeidah port.")
    ev = one_event(x, "attack")
    assert _near(ev, 14.8, 42.95)


def test_the_base_a_strike_hit_wins_over_the_province_it_stands_in(extract: Run) -> None:
    x = extract("A rocket attack hit Ain al-Asad air base in western Anbar on Friday.")
    ev = one_event(x, "attack")
    assert ev.location == "ain-al-asad-air-base"


def test_a_point_on_a_road_between_two_towns_is_the_first_town(extract: Run) -> None:
    x = extract("A drone hit a pickup truck on the road between Nabatieh and Marjayoun.")
    ev = one_event(x, "attack")
    assert ev.country == "LB" and _near(ev, 33.38, 35.48)


def test_a_ship_in_waters_off_a_town_is_off_that_town(extract: Run) -> None:
    x = extract("The Houthis said they attacked a container ship in waters off Mokha.")
    ev = one_event(x, "attack")
    assert ev.country == "YE" and _near(ev, 13.32, 43.25)


def test_a_state_abroad_places_an_arrest(extract: Run) -> None:
    x = extract("Police arrested two Iranian men in the German state of Hesse on Friday.")
    ev = one_event(x, "arrest")
    assert ev.country == "DE" and ev.location == "hesse"


def test_a_town_the_tagger_took_for_a_person_after_across_is_a_place(extract: Run) -> None:
    x = extract("Rocket sirens wailed across Kiryat Shmona. A drone hit a parked car.")
    ev = one_event(x, "attack")
    assert ev.country == "IL" and _near(ev, 33.21, 35.57)


def test_a_town_before_area_is_a_place_whatever_its_tag(extract: Run) -> None:
    x = extract("Gunmen shot dead a tribal elder in the Panjgur area on Sunday.")
    ev = one_event(x, "attack")
    assert ev.country == "PK" and _near(ev, 26.97, 64.09)


def test_a_town_set_off_by_a_comma_after_its_country_is_the_finer_place(extract: Run) -> None:
    x = extract("In eastern Syria, near Mayadin, a drone struck a pickup truck on Sunday.")
    ev = one_event(x, "attack")
    assert ev.country == "SY" and _near(ev, 35.02, 40.45)


def test_a_road_between_two_towns_the_tagger_misread_is_placed(extract: Run) -> None:
    x = extract("A rocket hit a bus on the road between Kiryat Shmona and Metula.")
    ev = one_event(x, "attack")
    assert ev.country == "IL" and _near(ev, 33.21, 35.57)


def test_a_dateline_town_the_tagger_took_for_an_organization_places_the_event(
        extract: Run) -> None:
    x = extract("Quetta, Pakistan — Gunmen killed four laborers at a brick kiln on Monday.")
    ev = one_event(x, "attack")
    assert ev.country == "PK" and _near(ev, 30.18, 67.00)


def test_a_comma_list_of_towns_is_no_dateline(extract: Run) -> None:
    x = extract("Quetta, Pakistan, and Karachi saw protests on Monday.")
    assert all(e.location != "quetta" for e in x.events)


def test_the_name_set_beside_a_capital_is_the_place(extract: Run) -> None:
    x = extract("A roadside bomb exploded in the Syrian capital Damascus, wounding two.")
    ev = one_event(x, "attack")
    assert ev.country == "SY" and _near(ev, 33.51, 36.29)


def test_a_ships_flag_leaves_the_blow_to_the_phrase_that_places_it(extract: Run) -> None:
    ev = one_event(extract("A Marshall Islands-flagged bulk carrier was hit by a missile "
                           "southwest of Hodeidah on Tuesday."), "attack")
    assert ev.location == "hodeidah"


def test_a_ships_port_of_registry_is_not_where_it_was_hit(extract: Run) -> None:
    ev = one_event(extract("A drone struck the Basra-registered tanker as it sailed in the "
                           "Gulf of Oman on Monday."), "attack")
    assert ev.location == "gulf-of-oman"


def test_a_run_of_strikes_is_where_its_verb_hit(extract: Run) -> None:
    for text, site in [
        ("A string of Israeli strikes hit Hezbollah positions in Nabatieh on Tuesday.",
         "nabatieh"),
        ("A wave of US strikes hit militia depots near Al-Qaim on Friday.", "al-qaim"),
    ]:
        assert one_event(extract(text), "strike").location == site, text


@pytest.mark.parametrize(("text", "place"), [
    # the tagger names no entity here, or takes the town for a person
    ("Air defences intercepted a drone approaching Ashkelon on Tuesday.", "ashkelon"),
    ("A drone was downed approaching Netivot on Friday.", "netivot"),
])
def test_a_town_a_drone_was_approaching_is_a_place_whatever_the_tagger_took_it_for(
        extract: Run, text: str, place: str) -> None:
    assert one_event(extract(text), "attack").location == place


def test_a_person_approached_is_no_place(extract: Run) -> None:
    ev = one_event(extract("Two gunmen approached Tarek Mansour outside a cafe in Sidon "
                           "on Monday and shot him dead."), "attack")
    assert ev.location == "sidon"

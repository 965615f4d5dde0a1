"""Places told as parts of a town ("the X quarter of Y", "Y's X district"), towns the
tagger mistakes, place phrases joined or set beside a kind noun, and the place an
episode's earlier event gives the events told after it (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _near(ev: Event, lat: float, lon: float, km: float = 25.0) -> bool:
    return ev.lat is not None and ev.lon is not None and \
        abs(ev.lat - lat) * 111 < km and abs(ev.lon - lon) * 95 < km


def _last(x: Extraction, event_type: str) -> Event:
    found = [e for e in x.events if e.type == event_type]
    assert found, [(e.type, e.evidence.text) for e in x.events]
    return max(found, key=lambda e: e.evidence.start)


def test_a_quarter_named_like_a_town_abroad_lies_in_its_town(extract: Run) -> None:
    x = extract("Gunmen shot dead a cleric in the Sheikh Saad quarter of Aleppo on Friday.")
    assert x.events and all(e.country == "SY" and _near(e, 36.20, 37.16) for e in x.events)


def test_a_town_the_tagger_took_for_a_plural_noun_is_a_place(extract: Run) -> None:
    x = extract("Israeli jets bombed an arms depot near Homs.")
    ev = x.events[0]
    assert ev.country == "SY" and _near(ev, 34.73, 36.71)


def test_the_town_a_quarter_lies_in_is_a_place_whatever_its_tag(extract: Run) -> None:
    x = extract("A drone killed two fighters in the Nairab area of Aleppo.")
    assert any(e.country == "SY" and _near(e, 36.20, 37.16) for e in x.events)


def test_a_quarter_named_after_a_saint_leaves_its_town(extract: Run) -> None:
    x = extract("Missiles hit a warehouse in the Imam Ali district of Homs on Monday.")
    assert any(e.country == "SY" and _near(e, 34.73, 36.71) for e in x.events)


def test_an_aden_district_is_placed_in_aden(extract: Run) -> None:
    x = extract("A bomb killed a security official in Aden's Tawahi district on Sunday.")
    assert any(e.country == "YE" and _near(e, 12.79, 45.03) for e in x.events)


def test_the_old_name_of_a_baghdad_district_is_that_district(extract: Run) -> None:
    x = extract("Gunmen killed a shopkeeper in Saddam City on Wednesday, police said.")
    assert x.events and all(e.location == "sadr-city" for e in x.events)


def test_a_place_after_joined_prepositions_is_where(extract: Run) -> None:
    x = extract("US jets struck militia targets in and around the Syrian town of Albu Kamal "
                "on Sunday.")
    ev = one_event(x, "strike")
    assert _near(ev, 34.45, 40.92)


def test_the_name_beside_a_capital_noun_is_the_town(extract: Run) -> None:
    x = extract("Militiamen raided the studio of a TV channel in Anbar's capital, Ramadi, "
                "on Friday.")
    assert any(e.country == "IQ" and _near(e, 33.42, 43.30) for e in x.events)


def test_where_a_vehicle_hit_was_going_is_where(extract: Run) -> None:
    x = extract("A bomb exploded near a van carrying soldiers in the Iraqi city of Samarra, "
                "wounding five.")
    assert x.events and all(_near(e, 34.20, 43.87) for e in x.events)


def test_a_town_that_was_the_target_of_an_attack_is_its_place(extract: Run) -> None:
    x = extract("Kirkuk was the target of a rocket attack early on Sunday.")
    assert x.events and all(_near(e, 35.47, 44.39) for e in x.events)


def test_an_episode_goes_on_where_its_first_strike_was(extract: Run) -> None:
    x = extract("Israeli jets pounded Nabatieh on Tuesday. Jets also struck a car, killing "
                "a Hezbollah fighter.", published="2024-05-22")
    ev = _last(x, "strike")
    assert ev.country == "LB" and _near(ev, 33.38, 35.48)


def test_an_earlier_episode_keeps_no_later_place(extract: Run) -> None:
    x = extract("Israeli jets struck Baalbek on Tuesday. Last year, an Israeli strike killed "
                "a Hezbollah commander.", published="2024-05-22")
    assert not any(_near(e, 34.01, 36.21) for e in x.events
                   if "Last year" in e.evidence.text)


def test_the_other_side_s_act_keeps_no_place_of_the_first(extract: Run) -> None:
    x = extract("US jets struck Qaim on Monday. Militias fired rockets at a US base on "
                "Monday night.", published="2024-05-22")
    later = [e for e in x.events if "Militias" in e.evidence.text]
    assert later and not any(_near(e, 34.39, 40.99) for e in later)


def test_a_dateline_beats_the_nationality_of_whom_a_strike_killed(extract: Run) -> None:
    x = extract("DAMASCUS (AP) — An Israeli missile killed an Iranian colonel on Sunday.")
    ev = one_event(x, "killing")
    assert ev.country == "SY" and _near(ev, 33.51, 36.29)


def test_a_dateline_in_the_striker_s_capital_places_nothing(extract: Run) -> None:
    x = extract("JERUSALEM (AP) — An Israeli missile killed an Iranian colonel on Sunday.")
    ev = one_event(x, "killing")
    assert ev.country != "IL" and not _near(ev, 31.77, 35.21)


def test_a_reply_keeps_no_place_of_the_blow_it_answers(extract: Run) -> None:
    x = extract("Rockets hit a US base at the Conoco gas field on Monday. US troops retaliated "
                "with artillery fire at the launch sites.", published="2024-05-22")
    later = [e for e in x.events if "retaliated" in e.evidence.text]
    assert not any(e.location == "mission-support-site-conoco" for e in later)


def test_what_a_detainee_did_elsewhere_is_not_where_he_was_held(extract: Run) -> None:
    x = extract("Dutch police detained a man who had trained with a militia in Baghdad, "
                "prosecutors said.")
    ev = one_event(x, "arrest")
    assert ev.country != "IQ" and not _near(ev, 33.31, 44.36)


def test_a_detainee_s_past_leaves_the_local_police_their_town(extract: Run) -> None:
    x = extract("Police in Irbid arrested three men who had fought in Syria.")
    ev = one_event(x, "arrest")
    assert ev.country == "JO" and _near(ev, 32.56, 35.85)


def test_the_town_after_a_resort_noun_is_where(extract: Run) -> None:
    x = extract("The Houthis said they fired drones at the Red Sea resort of Eilat.")
    assert any(_near(e, 29.56, 34.95) for e in x.events)


def test_where_the_convoy_hit_was_crossing_is_where(extract: Run) -> None:
    x = extract("A blast hit a fuel convoy as it crossed into Iraq at the al-Qaim crossing "
                "on Friday.")
    assert any(_near(e, 34.39, 40.99) for e in x.events)


def test_another_act_told_in_a_clause_of_time_is_not_where(extract: Run) -> None:
    x = extract("The strike came as the Iranian foreign minister visited Beirut.")
    assert not any(_near(e, 33.89, 35.50) for e in x.events if e.type == "strike")


def test_those_arrested_are_held_in_the_town_they_are_based_in(extract: Run) -> None:
    x = extract("Security forces arrested four Basra-based members of a smuggling ring on "
                "Tuesday.")
    ev = one_event(x, "arrest")
    assert _near(ev, 30.51, 47.78)


def test_a_town_and_its_country_before_a_colon_place_the_entry(extract: Run) -> None:
    x = extract("Saada, Yemen: US aircraft destroyed two Houthi radar sites on Wednesday.")
    ev = one_event(x, "strike")
    assert ev.country == "YE" and _near(ev, 16.94, 43.76)


def test_a_country_before_a_colon_is_no_dateline_town(extract: Run) -> None:
    x = extract("Syria: militias claimed a rocket attack on a US base on Monday.")
    assert all(e.geo_precision != "town" for e in x.events)

"""Where an event happened when its own sentence does not say: the heading it is filed
under, the craft it hit, the places its paragraph tells of (documents written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_a_heading_of_places_files_the_events_under_it(extract: Run) -> None:
    x = extract("Weekly Security Digest\n\nSyria\n\nGunmen ambushed an army patrol on Tuesday, "
                "killing four soldiers.\n\nYemen\n\nAmerican warplanes bombed two radar sites "
                "on Monday night.\n")
    assert one_event(x, "attack").country == "SY"
    strike = one_event(x, "strike")
    assert strike.country == "YE"
    assert strike.geo_precision == "country"  # a strike is coded at its country's level


def test_a_heading_ends_at_the_next_heading(extract: Run) -> None:
    x = extract("Syria\n\nGunmen ambushed an army patrol on Tuesday.\n\nAnalysis\n\n"
                "Gunmen ambushed a police patrol on Monday.\n")
    by_day = {e.date: e for e in x.events if e.type == "attack"}
    assert by_day["2024-02-06"].country == "SY"
    assert by_day["2024-02-05"].country is None


def test_a_statement_is_not_filed_under_a_heading(extract: Run) -> None:
    x = extract("Lebanon\n\nThe Iranian foreign ministry condemned the sanctions on Tuesday.\n")
    assert all(e.country != "LB" for e in x.events if e.type == "statement")


def test_an_attack_on_a_craft_is_at_sea_in_no_country(extract: Run) -> None:
    x = extract("The Houthis fired a missile at a Panama-flagged bulk carrier on Tuesday, "
                "the group said.")
    attack = one_event(x, "attack")
    assert attack.country is None
    assert attack.location is None


def test_a_craft_under_a_heading_that_names_a_sea_is_in_that_sea(extract: Run) -> None:
    x = extract("Yemen and the Red Sea\n\nThe Houthis launched three drones at a merchant "
                "vessel on Tuesday.\n")
    attack = one_event(x, "attack")
    assert attack.location == "red-sea"
    assert attack.country is None


def test_the_paragraph_places_a_militia_s_attack_abroad(extract: Run) -> None:
    x = extract("Tension remains high in eastern Syria this month. On Tuesday, "
                "Kataib Hezbollah fired rockets at a US base. Nobody was hurt.")
    attack = one_event(x, "attack")
    assert attack.country == "SY"  # not the militia's country, nor the base's owner
    assert attack.location is None


def test_nothing_says_where_no_country_is_guessed(extract: Run) -> None:
    x = extract("Hezbollah fired a volley of rockets at Israeli army posts on Tuesday, the "
                "group said.")
    assert one_event(x, "attack").country is None


def test_a_doer_in_its_own_country_keeps_it(extract: Run) -> None:
    x = extract("Militias have grown bolder across Iraq this year. On Tuesday, Kataib "
                "Hezbollah fired rockets at American troops, officials said.")
    assert one_event(x, "attack").country == "IQ"


def test_a_plot_aimed_at_foreigners_stays_where_its_paragraph_is(extract: Run) -> None:
    x = extract("Two men were detained in Baku on Monday. Azerbaijani security services said "
                "they had foiled an IRGC plot to kill Israeli diplomats.\n")
    assert one_event(x, "plot").country == "AZ"


def test_there_points_to_the_place_named_just_before(extract: Run) -> None:
    x = extract("Residents of Kfar Kila have fled for weeks. On Sunday a drone hit a shop "
                "there, wounding its owner.")
    ev = one_event(x, "attack")
    assert ev.country == "LB" and ev.location_name is not None and "Kila" in ev.location_name


def test_there_does_not_reach_into_another_paragraph(extract: Run) -> None:
    x = extract("Life in Kfar Kila has changed.\n\nGunmen shot a guard there on Monday.")
    assert all(e.location is None for e in x.events if e.type == "attack")


def test_there_were_is_no_place(extract: Run) -> None:
    x = extract("Officials visited Kfar Kila last month. There were gunmen who shot a guard.")
    assert all(e.location is None for e in x.events if e.type == "attack")


def test_a_towns_governor_telling_of_an_attack_places_it(extract: Run) -> None:
    x = extract("The governor of Najaf said on Friday that gunmen had shot dead a cleric.")
    ev = one_event(x, "killing")  # a cleric shot dead: a targeted killing
    assert ev.country == "IQ" and ev.lat is not None and abs(ev.lat - 32.0) < 0.3


def test_a_towns_police_chief_named_before_the_title_places_the_event(extract: Run) -> None:
    x = extract("Mosul police chief Khalid Aziz said a car bomb had killed three people.")
    ev = one_event(x, "attack")
    assert ev.country == "IQ" and ev.lat is not None and abs(ev.lat - 36.34) < 0.3


def test_a_fronted_town_before_police_said_places_the_arrests(extract: Run) -> None:
    x = extract("In Lahore, police said on Sunday they had broken up a cell. Four men were "
                "arrested with weapons.")
    ev = one_event(x, "arrest")
    assert ev.country == "PK" and ev.lat is not None and abs(ev.lat - 31.55) < 0.3


def test_a_national_police_chief_sets_no_town(extract: Run) -> None:
    x = extract("Iraq's police chief said gunmen had killed two guards.")
    assert all(e.geo_precision in (None, "country") for e in x.events)


def test_a_participle_of_placing_beside_the_target_places_the_event(extract: Run) -> None:
    x = extract("Rockets hit a compound on Sunday. The compound, located near Baiji, "
                "houses militiamen.")
    ev = one_event(x, "attack")
    assert ev.country == "IQ" and ev.lat is not None and abs(ev.lat - 34.93) < 0.3


@pytest.mark.parametrize(("text", "country"), [
    ("Pressure is mounting on armed factions in Iraq.\n\nThe factions have received Iranian "
     "cruise missiles, officials said.", "IQ"),
    ("Pressure is mounting on the rebels in Yemen.\n\nThe rebels reportedly received Iranian "
     "anti-ship missiles in 2021.", "YE"),
])
def test_a_delivery_no_side_places_is_in_the_country_reported_on(
        extract: Run, text: str, country: str) -> None:
    assert one_event(extract(text), "transfer").country == country


def test_moves_across_a_region_are_in_no_one_country(extract: Run) -> None:
    x = extract("Pressure is mounting on armed factions in Iraq.\n\nThose groups reportedly "
                "moved Iranian attack drones around the region in 2022.")
    assert one_event(x, "transfer").country is None

"""Where an event happened when a wire dateline, a town named on a site, a relative
clause or a speaker's occasion stands around it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _near(ev: Event, lat: float, lon: float, km: float = 25.0) -> bool:
    return ev.lat is not None and ev.lon is not None and \
        abs(ev.lat - lat) * 111 < km and abs(ev.lon - lon) * 95 < km


@pytest.mark.parametrize(("text", "etype", "lat", "lon", "country"), [
    # A wire dateline the parser splits off as a sentence of its own.
    ("MOSUL (Reuters) - Gunmen killed three shepherds on Thursday, police said.",
     "attack", 36.34, 43.13, "IQ"),
    ("SIDON, Lebanon, May 2 (Reuters) - An Israeli drone struck a car on Friday.",
     "strike", 33.56, 35.37, "LB"),
    ("KIRKUK, Feb 9 (Reuters) - A roadside bomb wounded two soldiers overnight.",
     "attack", 35.47, 44.39, "IQ"),
])
def test_a_wire_dateline_places_the_opening_event(extract: Run, text: str, etype: str,
                                                  lat: float, lon: float,
                                                  country: str) -> None:
    ev = one_event(extract(text), etype)
    assert ev.country == country and _near(ev, lat, lon)


def test_a_dateline_on_another_line_places_nothing(extract: Run) -> None:
    x = extract("MOSUL (Reuters)\n\nSecurity forces detained four men in Basra on Monday.")
    ev = one_event(x, "arrest")
    assert _near(ev, 30.51, 47.78)


@pytest.mark.parametrize(("text", "lat", "lon", "country"), [
    # A town's name on a site noun, which the tagger may take for a people's adjective.
    ("A suicide bomber attacked mourners at the Kerman cemetery on Wednesday.", 30.28, 57.08,
     "IR"),
    ("Gunmen opened fire at the Shiraz shrine on Sunday evening.", 29.61, 52.54, "IR"),
])
def test_a_town_named_on_a_site_places_the_event(extract: Run, text: str, lat: float,
                                                 lon: float, country: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.country == country and _near(ev, lat, lon)


def test_a_relative_clause_after_a_town_is_no_part_of_its_name(extract: Run) -> None:
    x = extract("A bomb exploded at a market in Kerman where pilgrims had gathered.")
    ev = one_event(x, "attack")
    assert ev.country == "IR" and _near(ev, 30.28, 57.08)


def test_there_hung_on_the_object_still_points_back(extract: Run) -> None:
    x = extract("Fighting flared in the town of Mayadin on Monday. Militiamen shelled an "
                "army post there with mortars.")
    ev = one_event(x, "attack")
    assert ev.country == "SY" and _near(ev, 35.02, 40.45)


@pytest.mark.parametrize("text", [
    "Speaking in Vienna, the foreign minister condemned the killing of the commander.",
    "Talking to reporters in Ankara, the envoy denounced the assassination of the cleric.",
])
def test_where_a_speaker_spoke_is_not_where_the_killing_happened(extract: Run,
                                                                 text: str) -> None:
    x = extract(text)
    assert all(e.location not in ("vienna", "ankara") and
               not _near(e, 48.21, 16.37) and not _near(e, 39.93, 32.86) for e in x.events)


def test_a_summit_city_of_millions_beats_a_village_of_the_theatre(extract: Run) -> None:
    x = extract("Putin and Erdogan met in Kazan on Thursday.")
    ev = one_event(x, "meeting")
    assert ev.country == "RU" and _near(ev, 55.79, 49.12)


@pytest.mark.parametrize(("text", "lat", "lon", "country"), [
    ("A drone hit a fuel tank at the port of Shuaiba on Monday.", 29.04, 48.16, "KW"),
    ("Rockets were fired at Ali Al Salem Air Base overnight.", 29.35, 47.52, "KW"),
    ("A suicide bomber struck the gate of Bagram airbase on Tuesday.", 34.95, 69.27, "AF"),
    ("An Israeli strike hit an apartment in Jnah on Sunday.", 33.86, 35.49, "LB"),
    ("A car bomb exploded in Baghdad's Mansour district on Friday.", 33.32, 44.35, "IQ"),
    ("Unknown gunmen shot a lawyer dead in Zayouna on Saturday.", 33.33, 44.45, "IQ"),
    ("An airstrike hit a research centre in Barzeh on Monday.", 33.55, 36.32, "SY"),
])
def test_ports_bases_and_quarters_of_the_theatre(extract: Run, text: str, lat: float,
                                                 lon: float, country: str) -> None:
    x = extract(text)
    assert any(e.country == country and _near(e, lat, lon) for e in x.events)


@pytest.mark.parametrize(("text", "lat", "lon", "country"), [
    # What came under an attack is where it happened, though no preposition says so.
    ("Harir air base came under drone attack late on Saturday.", 36.54, 44.35, "IQ"),
    ("The Union III base in Baghdad came under rocket fire on Monday night.", 33.31, 44.39,
     "IQ"),
    ("The village of Aitaroun came under heavy shelling on Thursday.", 33.12, 35.47, "LB"),
])
def test_what_came_under_attack_is_the_place(extract: Run, text: str, lat: float,
                                             lon: float, country: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.country == country and _near(ev, lat, lon)


def test_in_front_of_a_building_is_at_the_building(extract: Run) -> None:
    x = extract("Hundreds rallied in front of the Turkish embassy in Baghdad on Friday.")
    ev = one_event(x, "protest")
    assert ev.country == "IQ" and _near(ev, 33.31, 44.37)


@pytest.mark.parametrize("text", [
    "Thousands marched in Sanaa on Friday against the American air strikes.",
    "Crowds gathered in Tehran after the Israeli strikes to mourn the dead.",
])
def test_an_event_told_as_a_rally_s_cause_is_not_placed_at_the_rally(extract: Run,
                                                                     text: str) -> None:
    x = extract(text)
    assert all(not (_near(e, 15.35, 44.21) or _near(e, 35.69, 51.39))
               for e in x.events if e.type == "strike")



@pytest.mark.parametrize(("text", "lat", "lon", "country"), [
    # Where a vehicle on its way was hit: the place its participle tells.
    ("An Israeli drone struck a van carrying fighters near Nabatieh on Sunday.", 33.38, 35.48,
     "LB"),
    ("Jets bombed lorries transporting rockets near Qusayr overnight.", 34.51, 36.58, "SY"),
])
def test_a_vehicle_hit_on_its_way_is_placed_where_it_went(extract: Run, text: str,
                                                          lat: float, lon: float,
                                                          country: str) -> None:
    x = extract(text)
    assert any(e.country == country and _near(e, lat, lon) for e in x.events)

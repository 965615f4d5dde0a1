"""Where a blow aimed at a town, a munition stopped on its course and a crowd chanting
against a state are placed (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "location", "country"), [
    # a city the tagger takes for an organization after "toward" is still a place
    ("Militants fired rockets toward Sharjah on Sunday.", "sharjah", "AE"),
    ("The Houthis said they fired missiles toward Riyadh on Sunday.", "riyadh", "SA"),
    # "intercepted approaching X", parsed as a complement of the stopping verb
    ("Two missiles were intercepted approaching Jizan on Sunday.", "jizan", "SA"),
    ("The militia launched a rocket salvo on Sunday. Four rockets were intercepted "
     "approaching Tiberias.", "tiberias", "IL"),
])
def test_a_blow_is_placed_where_it_was_aimed(
        extract: Run, text: str, location: str, country: str) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert [(e.location, e.country) for e in events] == [(location, country)]


@pytest.mark.parametrize(("text", "country"), [
    # a people's adjective opening the sentence, which the tagger may take for a noun
    ("Emirati air defences intercepted two drones on Monday.", "AE"),
    ("On Monday, Emirati air defences intercepted two drones.", "AE"),
    # fighters told as a side's own are that side's
    ("Hezbollah said its fighters shot down an Israeli drone on Friday.", "LB"),
    ("The Houthis said their air defences shot down an American drone on Friday.", "YE"),
    # ... the sayer's, not those of the side that launched what was stopped
    ("Israel said its air defences intercepted a drone launched by Hezbollah on Monday.",
     "IL"),
    ("Jordan said its air force shot down two drones fired by Kataib Hezbollah on Tuesday.",
     "JO"),
])
def test_a_stopped_blow_fell_in_the_interceptors_country(
        extract: Run, text: str, country: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "attack"]
    assert event.country == country


def test_a_side_named_for_its_fighters_gives_way_to_the_place_told(extract: Run) -> None:
    [event] = [e for e in extract("Kata'ib Hezbollah said its fighters shot down a US drone "
                                  "over Syria on Friday.").events if e.type == "attack"]
    assert event.country == "SY"


def test_a_word_opening_a_sentence_is_still_no_name(extract: Run) -> None:
    x = extract("Supreme efforts were made to stop the drones on Monday.")
    assert not [m for m in x.mentions if m.text == "Supreme"]


@pytest.mark.parametrize("text", [
    "Mourners chanted slogans against the United States on Friday.",
    "Demonstrators rallied against Israel on Friday.",
])
def test_a_crowd_is_not_placed_in_the_state_it_chants_against(extract: Run, text: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "protest"]
    assert (event.location, event.country) == (None, None)


@pytest.mark.parametrize(("text", "location", "country"), [
    ("Iraqi mourners chanted slogans against the United States on Friday.", "iraq", "IQ"),
    ("Protesters in Tehran chanted slogans against Israel on Friday.", "tehran", "IR"),
    ("Crowds gathered in Basra on Friday. Mourners chanted slogans against the United "
     "States.", "basra", "IQ"),
])
def test_a_crowd_told_where_or_by_its_people_keeps_its_place(
        extract: Run, text: str, location: str, country: str) -> None:
    events = [e for e in extract(text).events if e.type == "protest"]
    assert events and all((e.location, e.country) == (location, country) for e in events)


@pytest.mark.parametrize(("text", "location", "country"), [
    # a state's embassy with no town named stands in the capital of the country the
    # paragraph tells of
    ("Rockets hit Baghdad's Green Zone on Monday. Another rocket landed near the US embassy "
     "on Tuesday.", "baghdad", "IQ"),
    ("Gunmen fired at a checkpoint in Sidon on Monday. On Tuesday a grenade exploded near "
     "the French embassy.", "beirut", "LB"),
])
def test_an_embassy_abroad_stands_in_the_capital_of_the_country_told(
        extract: Run, text: str, location: str, country: str) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert (events[-1].location, events[-1].country) == (location, country)


@pytest.mark.parametrize("text", [
    "A rocket landed near the US embassy on Tuesday.",  # no country told
    "Fighting flared in Syria and Iraq. A rocket landed near the US embassy on Tuesday.",
])
def test_an_embassy_in_no_one_country_told_is_left_unplaced(extract: Run, text: str) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert events and events[-1].location is None

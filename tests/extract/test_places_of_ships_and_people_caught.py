"""Where a blow on a ship sailing off a town fell, and where a person arrested was caught
when the sentence tells it in an aside naming him or in what he was doing (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]

# "off" after a verb of a craft at sea is where the craft was, not the verb's particle.
OFFSHORE = [
    ("The Houthis said they attacked a cargo ship sailing off Mukalla on Monday.", "mukalla"),
    ("A tanker sailing off Mukalla was hit by a drone on Monday.", "mukalla"),
    ("Rebel fighters fired a missile at a freighter that was sailing off Mukalla on "
     "Monday.", "mukalla"),
    ("A drone struck a bulk carrier that was cruising off Hodeidah on Sunday.", "hodeidah"),
]


@pytest.mark.parametrize(("text", "place"), OFFSHORE)
def test_a_ship_sailing_off_a_town_is_placed_there(extract: Run, text: str,
                                                   place: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.location == place


def test_a_particle_off_is_no_place(extract: Run) -> None:
    ev = one_event(extract("Israeli forces cut off Rafah on Monday after militants fired "
                           "rockets at Ashkelon."), "attack")
    assert ev.location == "ashkelon"


# An aside that names the person arrested may carry the place of the arrest.
ASIDES = [
    ("Police detained a Danish national, identified only as Ali S., in Aarhus on Monday.",
     "Aarhus", "DK"),
    ("Officers arrested a Swedish woman, named only as Sara K. under privacy rules, in "
     "Malmo on Friday.", "Malmo", "SE"),
    ("Police in Denmark said they had detained an Iraqi man, identified as Omar H., in "
     "Odense.", "Odense", "DK"),
]


@pytest.mark.parametrize(("text", "town", "country"), ASIDES)
def test_the_place_after_a_naming_aside_is_the_arrests(extract: Run, text: str, town: str,
                                                       country: str) -> None:
    ev = one_event(extract(text), "arrest")
    assert (ev.location_name or "").lower() == town.lower()
    assert ev.country == country


# What a person arrested was doing when caught places the arrest; what he had done or
# where he lived does not, and his nationality is no place of it.
CAUGHT = [
    ("Police arrested an Austrian man who had been filming the outside of the channel's "
     "offices in Chiswick.", "chiswick", "GB"),
    ("Police detained a Belgian man who was photographing a military base near Odense on "
     "Sunday.", "odense", "DK"),
    ("Officers arrested a Dutch woman taking pictures of the embassy in Fulham on Sunday.",
     "fulham", "GB"),
]


@pytest.mark.parametrize(("text", "town", "country"), CAUGHT)
def test_what_a_person_was_doing_when_caught_places_the_arrest(
        extract: Run, text: str, town: str, country: str) -> None:
    ev = one_event(extract(text), "arrest")
    assert (ev.location_name or "").lower() == town
    assert ev.country == country


NOT_CAUGHT = [
    "Police in Germany arrested a man who was living in Denmark on Monday.",
    "Police in Germany arrested a man who had been working in Denmark on Monday.",
]


@pytest.mark.parametrize("text", NOT_CAUGHT)
def test_where_a_person_lived_or_worked_is_not_where_he_was_caught(extract: Run,
                                                                   text: str) -> None:
    ev = one_event(extract(text), "arrest")
    assert ev.country == "DE"


# A town's name before an event's noun places the event; a state's name there names a side.
NAMED_ON_NOUN = [
    ("The Hamburg arrest follows a string of detentions across Europe, officials said on "
     "Tuesday.", "arrest", "hamburg"),
    ("The Odense arrest follows a run of cases in other European countries.", "arrest",
     "odense"),
    ("The Aarhus arrests drew an angry protest from Tehran on Tuesday.", "arrest",
     "aarhus"),
]


@pytest.mark.parametrize(("text", "kind", "place"), NAMED_ON_NOUN)
def test_a_town_named_on_the_events_noun_places_it(extract: Run, text: str, kind: str,
                                                   place: str) -> None:
    ev = one_event(extract(text), kind)
    assert ev.location == place


def test_an_arrest_told_again_by_its_town_is_the_same_arrest(extract: Run) -> None:
    x = extract("Police detained a Danish national, identified only as Ali S., in Aarhus on "
                "Monday. The Aarhus arrest follows a string of similar cases across Europe.")
    ev = one_event(x, "arrest")
    assert ev.location == "aarhus"


def test_a_states_name_on_the_events_noun_is_no_place(extract: Run) -> None:
    ev = one_event(extract("The Iran arrests follow a wave of protests, officials said on "
                           "Tuesday."), "arrest")
    assert ev.location != "iran"

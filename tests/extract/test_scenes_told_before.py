"""Events whose town is told in a sentence before their own: a site noun told again
beside a weapon, a paragraph that opens "In X," and a sentence setting the scene before
one that tells the event by its country (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _places(extraction: Extraction, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.country) for e in extraction.events if e.type == event_type]


@pytest.mark.parametrize(("text", "location"), [
    # "the missile hit the base": the site noun, not the weapon's, is the one told again
    ("The militia was blamed for firing a rocket at Camp Taji, a large base north of "
     "Baghdad. The rocket hit the base on Tuesday evening, causing several injuries.",
     "camp-taji"),
    ("Gunmen were blamed for firing a missile at Camp Taji, a base where US troops are "
     "stationed.\n\nOn Tuesday the missile struck the base, wounding two contractors.",
     "camp-taji"),
])
def test_a_site_named_before_is_told_again_beside_the_weapon(
        extract: Run, text: str, location: str) -> None:
    assert (location, "IQ") in _places(extract(text), "attack")


@pytest.mark.parametrize(("text", "event_type", "location", "country"), [
    ("In Basra, hundreds of protesters blocked roads on Monday. Police arrested twenty "
     "people, officials said.", "arrest", "basra", "IQ"),
    ("In Nasiriyah, crowds burned tyres outside the governor's office on Sunday. Security "
     "forces detained a dozen men in Iraq, a police officer said.", "arrest", "nasiriyah",
     "IQ"),
    ("In Tyre, residents gathered on the seafront on Sunday. Hours later, Israeli jets "
     "struck a house, killing three people.", "strike", "tyre", "LB"),
])
def test_a_paragraph_opening_in_a_town_places_its_later_events(
        extract: Run, text: str, event_type: str, location: str, country: str) -> None:
    assert _places(extract(text), event_type) == [(location, country)]


@pytest.mark.parametrize(("text", "event_type"), [
    # a town of another paragraph
    ("In Basra, hundreds of protesters blocked roads on Monday.\n\nPolice arrested twenty "
     "people, officials said.", "arrest"),
    # a sentence between moves the scene
    ("In Basra, hundreds of protesters blocked roads on Monday. Later, in Nasiriyah, "
     "crowds burned tyres. Police arrested twenty people.", "arrest"),
    # an earlier deed the sentence only recalls
    ("In Basra, hundreds of protesters blocked roads on Monday. Police arrested twenty "
     "people in Iraq. The arrests came a year after gunmen attacked a police station, "
     "killing two officers.", "attack"),
    # a deed told years apart from the opening one
    ("In Basra, hundreds of protesters blocked roads on Monday. In 2019, police arrested "
     "twenty activists in Iraq.", "arrest"),
])
def test_a_paragraph_opening_does_not_place_other_scenes(
        extract: Run, text: str, event_type: str) -> None:
    assert ("basra", "IQ") not in _places(extract(text), event_type)


@pytest.mark.parametrize(("text", "event_type", "location", "country"), [
    ("Tensions ran high in Kirkuk on Monday. Gunmen attacked a police checkpoint in "
     "northern Iraq, killing two officers.", "attack", "kirkuk", "IQ"),
    ("Sirens wailed across Haifa on Sunday night. Rockets slammed into homes in northern "
     "Israel, wounding four people.", "attack", "haifa", "IL"),
    # a state's adjective beside the target is no place told
    ("Fighters of the militia have been massing around Deir ez-Zor for days. On Sunday they "
     "fired mortars at a US outpost in eastern Syria.", "attack", "deir-ez-zor", "SY"),
])
def test_a_scene_set_before_places_an_event_told_by_its_country(
        extract: Run, text: str, event_type: str, location: str, country: str) -> None:
    assert _places(extract(text), event_type) == [(location, country)]


@pytest.mark.parametrize(("text", "event_type", "location"), [
    # a country aimed at is no scene of a town named before
    ("Sirens sounded across Haifa on Tuesday. Hezbollah fired dozens of rockets at Israel.",
     "attack", "haifa"),
    # a sentence that tells its own event tells of that one
    ("Gunmen attacked a bank in Kirkuk on Sunday. On Monday a roadside bomb hit a convoy in "
     "northern Iraq.", "attack", None),
])
def test_a_scene_set_before_does_not_place_other_events(
        extract: Run, text: str, event_type: str, location: str | None) -> None:
    places = _places(extract(text), event_type)
    if location is None:
        assert places.count(("kirkuk", "IQ")) == 1
    else:
        assert (location, "IL") not in places


@pytest.mark.parametrize(("text", "location"), [
    ("Thousands of mourners filled the streets of Najaf on Friday. Security forces arrested "
     "two men carrying pistols.", "najaf"),
    ("Gunmen attacked a checkpoint in Kirkuk on Monday. Police detained three suspects.",
     "kirkuk"),
])
def test_an_arrest_follows_the_scene_told_just_before(
        extract: Run, text: str, location: str) -> None:
    assert _places(extract(text), "arrest") == [(location, "IQ")]


@pytest.mark.parametrize("text", [
    # days apart
    "Gunmen attacked a checkpoint in Kirkuk in 2019. Police arrested three suspects on Monday.",
    # its own sentence names another town
    "Crowds marched in Kirkuk on Monday. In Baghdad, police arrested three activists.",
])
def test_an_arrest_keeps_away_from_other_scenes(extract: Run, text: str) -> None:
    assert ("kirkuk", "IQ") not in _places(extract(text), "arrest")


def test_a_dated_heading_places_the_entry_under_it(extract: Run) -> None:
    text = ("Daily update\n\nMosul, March 3\n\nPolice detained twelve protesters outside "
            "the governor's office.\n\nKirkuk\n\nGunmen attacked a police checkpoint on "
            "Monday, killing two officers.")
    extraction = extract(text)
    assert _places(extraction, "arrest") == [("mosul", "IQ")]
    assert _places(extraction, "attack") == [("kirkuk", "IQ")]

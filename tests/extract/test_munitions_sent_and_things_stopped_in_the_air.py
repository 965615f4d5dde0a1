"""Munitions "sent against" a place are launched at it, not delivered; words given are no
arms handed over; an untold thing in the air that air defences stop is an attack
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return [e.type for e in x.events]


@pytest.mark.parametrize("text", [
    "A little-known faction said it had sent drones against the oil terminal at Ras Tanura "
    "on Monday.",
    "The militia said on Monday that it had sent explosive drones at the airport in Erbil.",
    "The group sent a swarm of drones towards the port of Haifa on Sunday.",
    "The movement said it had fired rockets at two army posts and had then sent waves of "
    "drones deeper into Jordan on Monday.",
])
def test_munitions_sent_at_a_place_are_an_attack(extract: Run, text: str) -> None:
    x = extract(text)
    assert "attack" in _types(x)
    assert "transfer" not in _types(x)


@pytest.mark.parametrize("text", [
    "Iran has sent drones to the Houthis, officials said.",
    "The Quds Force sent missiles to Kataib Hezbollah last year, according to US officials.",
])
def test_munitions_sent_to_a_holder_stay_a_transfer(extract: Run, text: str) -> None:
    assert _types(extract(text)) == ["transfer"]


@pytest.mark.parametrize("text", [
    "The coalition gave no details of what kind of missile had been fired at the port.",
    "Officials offered no explanation of where the drones had come from.",
    "The ministry gave no indication of who had supplied the rockets.",
])
def test_words_given_about_arms_are_no_transfer(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract(text))


@pytest.mark.parametrize(("text", "place"), [
    ("A second aerial object was intercepted over Dammam on Tuesday, state television "
     "reported, without saying who launched it.", "dammam"),
    ("Air defences intercepted a hostile aerial target over Jeddah on Saturday.", "jeddah"),
    ("The navy intercepted an air target over the Gulf of Aden on Sunday.", "gulf-of-aden"),
])
def test_a_thing_stopped_in_the_air_is_an_attack(extract: Run, text: str,
                                                 place: str) -> None:
    x = extract(text)
    assert [(e.type, e.location) for e in x.events] == [("attack", place)]


@pytest.mark.parametrize("text", [
    "Police intercepted a target list drawn up by the cell in Hamburg on Monday.",
    "Customs officers intercepted an object in a parcel at the airport on Monday.",
])
def test_other_things_intercepted_are_no_attack(extract: Run, text: str) -> None:
    assert "attack" not in _types(extract(text))


@pytest.mark.parametrize("text", [
    "The salvo that came out of southern Lebanon on Monday was the heaviest since the 2019 "
    "war. According to the army, 28 rockets were launched towards the Upper Galilee.",
    "The barrage fired from Syria on Monday was the largest since 2014. According to the "
    "military, 15 rockets were fired towards the Golan Heights.",
])
def test_a_year_compared_since_dates_nothing_after_it(extract: Run, text: str) -> None:
    # "the heaviest since the 2019 war": the start of a comparison, not the time the next
    # sentence goes on telling
    x = extract(text)
    attacks = [e for e in x.events if e.type == "attack"]
    assert attacks
    assert all(e.date == "2024-02-05" for e in attacks)


def test_a_blow_told_on_the_same_night_keeps_the_paragraphs_day(extract: Run) -> None:
    x = extract("Militants fired a salvo of rockets towards the Upper Galilee on Monday.\n\n"
                "Police stormed a mosque in Hebron early on Sunday and detained 40 people, and "
                "rockets were fired from Gaza at Ashkelon the same night.")
    days = sorted((e.location, e.date) for e in x.events if e.type == "attack")
    assert days == [("ashkelon", "2024-02-04"), ("galilee", "2024-02-05")]

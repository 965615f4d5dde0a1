"""A territory held by one state and recognised as another's is placed in the state that
holds it only when the report calls it held, controlled or annexed by that state ("the
Israeli-held Golan Heights"); named bare or called occupied, it lies in the state it
belongs to (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "place"), [
    ("Hezbollah fired rockets at a military base in the Golan Heights on Tuesday.",
     "golan-heights"),
    ("Hezbollah fired rockets at an army position in the occupied Golan Heights on "
     "Tuesday.", "golan-heights"),
    ("A rocket hit a football pitch in Majdal Shams on Saturday, killing twelve children.",
     "majdal-shams"),
])
def test_held_territory_named_bare_or_occupied_is_its_own_states(
        extract: Run, text: str, place: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 1
    assert (attacks[0].location, attacks[0].country) == (place, "SY")


@pytest.mark.parametrize(("text", "place"), [
    ("Hezbollah fired rockets at a military base in the Israeli-held Golan Heights on "
     "Tuesday.", "golan-heights"),
    ("A rocket hit a football pitch in Majdal Shams, a Druze town in the "
     "Israeli-controlled Golan Heights, on Saturday.", "majdal-shams"),
    ("The Golan Heights were annexed by Israel in 1981. Hezbollah fired rockets at a base "
     "in the Golan Heights on Tuesday.", "golan-heights"),
])
def test_held_territory_called_held_by_a_state_is_placed_in_it(
        extract: Run, text: str, place: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 1
    assert (attacks[0].location, attacks[0].country) == (place, "IL")


@pytest.mark.parametrize("text", [
    "Iraqi militias claimed a drone attack on Eilat on Tuesday. The Israeli-held Golan "
    "Heights have also come under fire.",
    "Hezbollah fired rockets at Kiryat Shmona on Tuesday; the Houthi-controlled port of "
    "Hodeidah was struck days later.",
])
def test_places_of_a_state_keep_their_country(extract: Run, text: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert attacks and attacks[0].country == "IL"

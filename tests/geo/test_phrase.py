"""parse_phrase: the name, feature word, nearness and owners of a location phrase."""

from __future__ import annotations

import pytest

from axiswatch.geo.phrase import parse_phrase
from axiswatch.geo.place import location_note

TABLE = [
    ("western Anbar province", "Anbar", "province", False, []),
    ("near Baghdad International Airport", "Baghdad International Airport", None, True, []),
    ("west of Deir ez-Zor", "Deir ez-Zor", None, True, []),
    ("some 10 km west of Deir ez-Zor", "Deir ez-Zor", None, True, []),
    ("15 kilometers north-east of Erbil", "Erbil", None, True, []),
    ("Iraq's Kurdistan region", "Kurdistan", "region", False, ["Iraq"]),
    ("Baghdad, Iraq", "Baghdad", None, False, ["Iraq"]),
    ("the Red Sea", "Red Sea", None, False, []),
    ("in the Gulf of Aden", "Gulf of Aden", None, False, []),
    ("the outskirts of Mosul", "Mosul", None, True, []),
    ("Hama countryside", "Hama", "countryside", True, []),
    ("Mosul city", "Mosul", "city", False, []),
    ("the southern Lebanese town of Khiam", "Khiam", None, False, ["Lebanese"]),
    ("the Lebanese capital Beirut", "Beirut", None, False, ["Lebanese"]),
    ("the town of Tyre, in southern Lebanon", "Tyre", None, False, ["in southern Lebanon"]),
    ("the Tal Afar district of Nineveh", "Tal Afar", None, False, ["Nineveh"]),
    ("the Dora neighbourhood of southern Baghdad", "Dora", None, False, ["southern Baghdad"]),
]


@pytest.mark.parametrize(("text", "core", "feature", "near", "owners"), TABLE)
def test_parse_phrase(text: str, core: str, feature: str | None, near: bool,
                      owners: list[str]) -> None:
    parsed = parse_phrase(text)
    assert (parsed.core, parsed.feature, parsed.near, parsed.owners) == (
        core, feature, near, owners)
    assert parsed.candidates
    if feature != "province":
        assert core in parsed.candidates


@pytest.mark.parametrize(
    ("text", "within"),
    [("Norway's embassy in Tehran", "Tehran"), ("a parked car in western Mosul", "western Mosul"),
     ("a clinic in the town of Tyre", "the town of Tyre"), ("the outskirts of Mosul", None),
     ("a house in the area of Jisr", None)],
)
def test_a_thing_in_a_place_stands_there(text: str, within: str | None) -> None:
    assert parse_phrase(text).within == within


def test_province_phrases_try_both_feature_words() -> None:
    parsed = parse_phrase("Salahuddin province")
    assert parsed.candidates[:3] == ["Salahuddin province", "Salahuddin Province",
                                     "Salahuddin Governorate"]


@pytest.mark.parametrize(("event", "note"), [
    ({"location_name": "Tower 22", "lat": 33.3, "lon": 38.7, "geo_precision": "facility"},
     "placed at Tower 22 (facility precision)"),
    ({"location_name": "Wadi Nowhere", "lat": None, "lon": None, "country": "IQ"},
     "not on the map: the report names Wadi Nowhere, which no gazetteer entry places"),
    ({"country": "IQ"}, "not on the map: the report names only the country"),
    ({}, "not on the map: the report names no place for it"),
])
def test_an_event_is_placed_or_says_why_not(event: dict[str, object], note: str) -> None:
    assert location_note(event) == note

"""parse_phrase: the name, feature word, nearness and owners of a location phrase."""

from __future__ import annotations

import pytest

from axiswatch.geo.phrase import parse_phrase

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

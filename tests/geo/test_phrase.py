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


def test_province_phrases_try_both_feature_words() -> None:
    parsed = parse_phrase("Salahuddin province")
    assert parsed.candidates[:3] == ["Salahuddin province", "Salahuddin Province",
                                     "Salahuddin Governorate"]

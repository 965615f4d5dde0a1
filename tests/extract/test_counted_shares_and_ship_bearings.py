"""Where those arrested were, counted by place after the verb's object ("arrested four
men, three in X and one in Y"), and where a ship was hit when the bearing that places it
follows the ship's apposition after the verb ("a drone struck the X, a Greek-owned
tanker, southeast of Aden") (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "first"), [
    ("Police arrested four suspected members of Hamas, three in Berlin and one in "
     "Rotterdam, on Thursday.", "berlin"),
    ("Federal prosecutors said police had arrested five suspected members of the cell, "
     "four in Hamburg and one in Vienna.", "hamburg"),
])
def test_first_share_counted_by_place_is_where_they_were_arrested(
        extract: Run, text: str, first: str) -> None:
    arrests = [e for e in extract(text).events if e.type == "arrest"]
    assert arrests and arrests[0].location == first


@pytest.mark.parametrize("text", [
    "Police arrested four suspected members of Hamas on Thursday.",
    "Police arrested two men, both in their twenties, on Thursday.",
])
def test_no_share_counted_by_place_places_nothing(extract: Run, text: str) -> None:
    arrests = [e for e in extract(text).events if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].location is None


@pytest.mark.parametrize("text", [
    "Two days later a drone struck the Genco Orion, another US-owned ship, southeast of "
    "Aden.",
    "A drone struck the tanker, a Greek-owned vessel, southeast of Aden on Monday.",
])
def test_bearing_after_a_ships_apposition_places_the_blow(extract: Run, text: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].location == "aden"


def test_bearing_told_of_the_doer_before_the_verb_places_nothing(extract: Run) -> None:
    text = "A drone, launched from a site south of Sanaa, struck a tanker in the Red Sea."
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].location == "red-sea"

"""A site a blow's verb hits, added after the first target's own clause ("struck the port
of A, through which most fuel passes, and a plant at B", "as well as the C power
station"), is hit in a blow of its own; words after the joining word that tell a clause
of their own or name no place add nothing. A killing told as the toll of a state's
strikes is that strike, not an attack (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _strike_sites(x: Extraction) -> list[str]:
    return sorted(e.location or "" for e in x.events if e.type == "strike")


@pytest.mark.parametrize(("text", "expected"), [
    # the second object follows a relative clause of the first
    ("Israeli jets struck the port of Aden, through which most of the country's fuel "
     "passes, and a steel plant at Lahij, north of the city.", ["aden", "lahij"]),
    # "as well as" after the day of the blow
    ("Israeli aircraft struck the port of Hodeidah on Monday, as well as a power station "
     "in Sanaa, the army said.", ["hodeidah-port", "sanaa"]),
])
def test_a_site_added_after_a_clause_is_hit_too(extract: Run, text: str,
                                                 expected: list[str]) -> None:
    x = extract(text)
    assert _strike_sites(x) == expected
    assert {e.actors[0] for e in x.events} == {"israel"}


@pytest.mark.parametrize("text", [
    # a clause of its own after the comma
    "Israeli aircraft struck the port of Hodeidah on Monday, and Sanaa residents said "
    "the blasts shook their homes.",
    # an added site named by no place
    "Israeli aircraft struck the port of Hodeidah on Monday, as well as power stations "
    "around the capital.",
])
def test_no_site_is_added_by_a_clause_or_an_unnamed_site(extract: Run, text: str) -> None:
    assert _strike_sites(extract(text)) == ["hodeidah-port"]


def test_the_last_name_of_a_list_adds_no_site(extract: Run) -> None:
    x = extract("US aircraft struck militia targets in Iraq, Syria, and Yemen on Friday.")
    assert _strike_sites(x) == ["iraq"]


def test_a_killing_by_a_states_strikes_is_the_strike(extract: Run) -> None:
    x = extract("US strikes in Syria on Friday hit militia depots and killed a Kataib "
                "Hezbollah commander in Deir ez-Zor.")
    assert [(e.type, e.actors) for e in x.events] == [("strike", ["united-states"])]


def test_a_killing_by_gunmen_storming_a_site_stays_their_attack(extract: Run) -> None:
    x = extract("Gunmen stormed the consulate in Basra and killed a guard.")
    assert [e.type for e in x.events] == ["attack"]


def test_a_place_told_by_a_noun_adds_no_site(extract: Run) -> None:
    x = extract("Israeli jets struck targets in Sanaa on Monday. On Tuesday, Israeli jets hit "
                "Sanaa International Airport, wrecking its runway and two aircraft, as well "
                "as fuel depots around the capital.")
    assert _strike_sites(x) == ["sanaa", "sanaa-international-airport"]

"""Acts told as stopped, failed or imminent, and blows told in other words (sentences
written for these tests).

Men caught "before they could" act foiled a plot; an act one "failed to" do or did "in a
bid to" do was attempted; what men "were going to" do was planned; "an attack" police
"stopped" and "an assassination attempt" one survived are plots; explosives "intended for
an attack" tell a planned one. Grenades lobbed, a bomb set off, a car sprayed with bullets
and a target blown up are attacks; a counted target in as many places, or a second one
told by "another", is one attack each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, plots

Run = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return sorted(e.type for e in x.events)


@pytest.mark.parametrize(
    "text",
    [
        "The men were arrested before they could carry out an attack on a synagogue in "
        "Vienna.",
        "Police detained the cell before it could attack the Israeli embassy in Baku on "
        "Monday.",
        "The suspects were caught before they could kill the journalist.",
    ],
)
def test_men_caught_before_they_could_act_foiled_a_plot(extract: Run, text: str) -> None:
    x = extract(text)
    assert _types(x) == ["arrest", "plot"]
    assert one_event(x, "plot").subtype == "foiled"


@pytest.mark.parametrize(
    "text",
    [
        "The men fled before police could arrest them.",
        "The militants were killed before they could escape.",
    ],
)
def test_a_flight_before_an_arrest_is_no_plot(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("The gunmen failed to kill the journalist, who escaped unhurt.", "attempted"),
        ("In a bid to kill the former official, the agents hired a Colombian gang.",
         "attempted"),
        ("The suspects were going to attack a US base in Erbil, officials said.", "planned"),
        ("The dissident survived an assassination attempt in Istanbul last month.",
         "attempted"),
        ("Police stopped a car bomb attack on the Israeli embassy in Nicosia.", "foiled"),
        ("Police seized explosives intended for an attack on the Israeli embassy in "
         "Stockholm.", "planned"),
        ("The suspects planned to blow up the Israeli embassy in Bangkok, police said.",
         "planned"),
    ],
)
def test_acts_failed_stopped_or_meant_are_plots(extract: Run, text: str,
                                               subtype: str) -> None:
    x = extract(text)
    assert one_event(x, "plot").subtype == subtype
    assert not [e for e in x.events if e.type in ("attack", "killing")]


@pytest.mark.parametrize(
    "text",
    [
        "The army failed to prevent the attack on the base, which killed three soldiers.",
        "The Houthis stopped their attacks on shipping in January.",
        "The group stopped attacks on US forces after the truce.",
        "The children were going to school in Baghdad when the rockets hit.",
        "The dissident escaped from prison in 2019.",
    ],
)
def test_acts_done_or_halted_are_no_plots(extract: Run, text: str) -> None:
    assert plots(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Militants lobbed grenades at a police post in Kirkuk on Monday.", "grenade"),
        ("Militants set off a bomb near a checkpoint in Diyala on Monday.", "bomb"),
        ("Gunmen sprayed a car with bullets in Basra on Monday, killing the driver.",
         "gunfire"),
    ],
)
def test_blows_in_other_words_are_attacks(extract: Run, text: str, weapon: str) -> None:
    ev = one_event(extract(text), "attack")
    assert ev.weapon == weapon
    assert ev.date == "2024-02-05"


@pytest.mark.parametrize(
    "text",
    [
        "The convoy set off from Baghdad on Monday.",
        "Fans sprayed champagne in Basra on Monday.",
        "The reporter lobbed questions at the minister in Baghdad on Monday.",
    ],
)
def test_the_same_verbs_without_arms_are_no_attacks(extract: Run, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Islamic Resistance in Iraq attacked two US bases in Syria and Iraq on Sunday.",
         ["iraq", "syria"]),
        ("The Islamic Resistance in Iraq claimed attacks on Sunday on two US bases in Syria "
         "and Iraq.", ["iraq", "syria"]),
        ("The group claimed drone attacks on Sunday on a US base in Syria and another in "
         "Iraq.", ["iraq", "syria"]),
        ("Militants fired rockets at two bases in Anbar and Erbil on Monday.",
         ["anbar-province", "erbil"]),
    ],
)
def test_targets_in_several_places_are_one_attack_each(extract: Run, text: str,
                                                        places: list[str]) -> None:
    x = extract(text)
    assert _types(x) == ["attack", "attack"]
    assert sorted(str(e.location) for e in x.events) == places
    assert len({e.date for e in x.events}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked two bases in Syria on Sunday.",
        "Militants attacked US forces in Syria and Iraq on Sunday.",
        "Militants attacked a base in Syria and another in Syria on Sunday.",
    ],
)
def test_targets_in_one_place_or_a_force_in_two_are_one_attack(extract: Run,
                                                               text: str) -> None:
    assert _types(extract(text)) == ["attack"]

"""A possessive on the blows a named subject deals is that subject's, a state included:
"Israel expanded its strikes" after a sentence about a group is Israel's strike, not the
group's attack; what a blow hits ("struck its launchers") stays the other side's
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _last(x: Extraction) -> Event:
    return max(x.events, key=lambda e: e.evidence.start)


@pytest.mark.parametrize(("text", "state"), [
    ("Hezbollah fired rockets at Metula on Monday. Israel expanded its strikes on southern "
     "Lebanon on Tuesday.", "israel"),
    ("Kataib Hezbollah fired rockets at the base on Monday. Turkey resumed its shelling of "
     "PKK positions in Duhok on Tuesday.", "turkey"),
    ("Hamas has kept quiet so far. Other factions have held their fire since the United "
     "States began its strikes on Yemen on January 12.", "united-states"),
    ("Hezbollah warned on Monday that its fighters were ready. Other factions have largely "
     "held their fire since Israel began its strikes on Gaza on October 8.", "israel"),
])
def test_a_states_own_strikes_are_its_strike(extract: Run, text: str, state: str) -> None:
    last = _last(extract(text))
    assert (last.type, last.actors) == ("strike", [state])


@pytest.mark.parametrize("text", [
    "Hezbollah fired rockets at Metula on Monday. Israel struck its launchers in southern "
    "Lebanon in response.",
    "Kataib Hezbollah attacked a US base on Sunday. The US struck its headquarters in Jurf "
    "al-Sakhar on Tuesday.",
])
def test_what_a_blow_hits_stays_the_other_sides(extract: Run, text: str) -> None:
    last = _last(extract(text))
    assert last.type == "strike"
    assert last.actors in (["israel"], ["united-states"])


def test_a_groups_own_attacks_stay_its_attack(extract: Run) -> None:
    last = _last(extract("Israel struck Gaza on Monday. Hezbollah resumed its attacks on "
                         "northern Israel on Tuesday."))
    assert (last.type, last.actors) == ("attack", ["hezbollah"])

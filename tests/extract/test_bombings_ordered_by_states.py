"""A bombing a state is said to have ordered is an attack held against that state, not a
strike it dealt; a group's order, or a state's order of a strike, reads as before
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_a_bombing_a_state_ordered_is_an_attack_laid_at_its_door(extract: Run) -> None:
    x = extract("Judges found that Iran ordered the 1996 bombing of a bus station in Nairobi.")
    attack = one_event(x, "attack")
    assert attack.actors == []
    assert attack.attributed_to == ["iran"]
    assert attack.date == "1996"


def test_a_groups_commander_ordering_a_bombing_is_its_doer(extract: Run) -> None:
    x = extract("Hezbollah's commander ordered the bombing of the bus in 2012.")
    assert one_event(x, "attack").actors == ["hezbollah"]


def test_a_state_ordering_a_strike_is_not_moved(extract: Run) -> None:
    x = extract("The president ordered the strike on the convoy in January.")
    assert not x.events or all(e.type == "strike" for e in x.events)

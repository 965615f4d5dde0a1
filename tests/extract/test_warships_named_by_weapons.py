"""A warship whose name holds a weapon's word ("aircraft carrier", "guided-missile
destroyer") is what was struck, not what struck it: the weapon stays untold unless the
text names one. A drone boat, a missile fired at the ship, stay weapons."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[tuple[str | None, str | None]]:
    return [(e.weapon, e.subtype) for e in x.events if e.type == "attack"]


@pytest.mark.parametrize("text", [
    "The Houthis said on Friday they had targeted the US aircraft carrier Dwight D. "
    "Eisenhower in the Red Sea.",
    "Houthi forces fired at the guided-missile destroyer USS Gravely on Tuesday.",
    "The group claimed an attack on a British frigate and an aircraft carrier in the Gulf "
    "of Aden.",
])
def test_a_warships_name_is_no_weapon(extract: Extract, text: str) -> None:
    found = _attacks(extract(text))
    assert found and all(weapon is None for weapon, _sub in found)


@pytest.mark.parametrize(("text", "weapon"), [
    ("The Houthis fired two anti-ship missiles at the guided-missile destroyer USS Mason.",
     "anti-ship missile"),
    ("A drone boat struck the aircraft carrier's escort on Monday.", "unmanned surface vessel"),
    ("Israeli aircraft struck a weapons depot near Homs on Sunday.", "airstrike"),
])
def test_weapons_beside_warships_stay_weapons(extract: Extract, text: str,
                                              weapon: str) -> None:
    x = extract(text)
    assert weapon in [e.weapon for e in x.events]

"""An accusation of launching, carrying out or staging an attack, with no place or day
of its own, names the attack the report has told, not another; a blame after one deed
told at two sites reaches both, when they had the same parties (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]

TOLD = ("Drones struck the Abqaiq plant and the Khurais oil field on Saturday. The "
        "Houthis claimed responsibility. ")


@pytest.mark.parametrize(
    "accusation",
    [
        "Washington accused Iran of launching an unprecedented attack on the world's oil "
        "supply.",
        "The minister accused Iran of carrying out the attack.",
    ],
)
def test_an_accused_launch_is_the_attack_told(extract: Run, accusation: str) -> None:
    events = extract(TOLD + accusation, published="2024-05-12").events
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 2 and all("iran" in e.attributed_to for e in attacks)
    assert not [e for e in events if e.type == "strike"]


def test_an_accused_launch_with_a_day_of_its_own_is_another_deed(extract: Run) -> None:
    text = TOLD + ("Washington accused Iran of launching an attack on a tanker in the Gulf of "
                   "Oman on May 2.")
    blows = [e for e in extract(text, published="2024-05-12").events
             if e.type in ("attack", "strike")]
    assert len(blows) == 3

"""A device set off on purpose by those who found it ("destroyed the grenade in a
controlled explosion") is made safe, not used in an attack; an explosion told plainly
still tells one (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import attacks

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Last March, police found a pipe bomb outside the consulate in Oslo and destroyed it "
    "in a controlled explosion.",
    "A bomb squad carried out a controlled detonation of the device near the embassy.",
])
def test_a_controlled_blast_is_no_attack(extract: Run, text: str) -> None:
    assert attacks(extract(text)) == []


def test_a_blast_told_plainly_is_an_attack(extract: Run) -> None:
    x = extract("An explosion near the consulate in Oslo wounded two guards on Monday.")
    assert [e.location for e in attacks(x)] == ["oslo"]

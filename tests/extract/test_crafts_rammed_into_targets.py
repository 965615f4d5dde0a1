"""A laden craft driven into its target is an attack ("an explosive-laden boat rammed a
tanker", "a drone boat rammed the bulk carrier"); ramming with no weapon, or a bill
"rammed through" a parliament, is none (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "weapon"), [
    ("An explosive-laden boat rammed a Greek-owned tanker in the Red Sea on Wednesday, "
     "the UKMTO said.", "unmanned surface vessel"),
    ("A Houthi drone boat rammed the bulk carrier off Hodeidah on Monday.",
     "unmanned surface vessel"),
])
def test_laden_craft_rammed_into_a_ship(extract: Run, text: str, weapon: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert attacks and attacks[0].weapon == weapon


@pytest.mark.parametrize("text", [
    "The trawler rammed a fishing boat in the harbour.",
    "Lawmakers rammed the bill through parliament on Monday.",
])
def test_ramming_with_no_weapon(extract: Run, text: str) -> None:
    assert not extract(text).events

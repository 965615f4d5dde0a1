"""A party said to stand behind the event just told, named by a definite word for it that
names no kind of blow ("behind the rocket fire", "behind the barrage", "behind the
incident"), is held responsible for it; a fire with no arms named, or a denial, blames no
one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]

SHELLING = "Three mortar rounds landed near the Turkish base at Bashiqa on Tuesday. "


def _attack(ex: Extraction) -> Event:
    found = [e for e in ex.events if e.type == "attack"]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in ex.events]
    return found[0]


@pytest.mark.parametrize(
    "blame",
    [
        "Turkish officials said the PKK was behind the mortar fire.",
        "Officials said they believed the PKK was behind the barrage.",
        "Ankara said the PKK was behind the incident.",
    ],
)
def test_behind_a_word_for_the_event(extract: Run, blame: str) -> None:
    assert _attack(extract(SHELLING + blame)).attributed_to == ["kurdistan-workers-party"]


@pytest.mark.parametrize(
    "blame",
    [
        "Officials said the PKK was behind the fire at a depot in Mosul.",
        "Officials said the PKK was not behind the barrage.",
    ],
)
def test_no_blame_for_a_blaze_or_a_denial(extract: Run, blame: str) -> None:
    assert parties(_attack(extract(SHELLING + blame))) == set()

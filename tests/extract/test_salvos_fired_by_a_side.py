"""A salvo a side fires (sentences written for these tests).

"Hezbollah fired a heavy barrage at Safed" tells who fired it: the subject of a verb of
firing whose object is the salvo noun; a salvo fired with no side named has no doer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Hezbollah fired a heavy barrage at Safed on Tuesday evening.", "hezbollah"),
        ("Hezbollah fired heavy barrages at Nahariya and Acre on Tuesday.", "hezbollah"),
        ("Palestinian Islamic Jihad fired a barrage at Sderot on Sunday.",
         "palestinian-islamic-jihad"),
    ],
)
def test_who_fires_a_salvo_does_it(extract: Run, text: str, doer: str) -> None:
    assert one_event(extract(text), "attack").actors == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "A heavy barrage was fired at Safed on Tuesday evening.",
        "Sirens sounded as a barrage fired from Lebanon hit Safed on Tuesday evening.",
    ],
)
def test_a_salvo_fired_by_no_side_named_has_no_doer(extract: Run, text: str) -> None:
    assert one_event(extract(text), "attack").actors == []

"""Incendiary devices, petrol bombs and Molotov cocktails thrown at a building are arson
attacks, dated and placed like any other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "On 3 May 2023 a man threw an incendiary device at the door of the synagogue in Essen.",
    "Two men hurled petrol bombs at the Israeli embassy in Stockholm on 3 May 2023.",
    "An incendiary bomb was thrown at a Jewish school in Hamburg on 3 May 2023.",
])
def test_thrown_incendiaries_are_arson(extract: Extract, text: str) -> None:
    x = extract(text)
    assert [(e.type, e.subtype, e.date) for e in x.events] == [
        ("attack", "arson", "2023-05-03")]

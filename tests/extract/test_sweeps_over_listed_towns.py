"""Arrests in raids over a list of towns are one sweep, one arrest ("arrested six men in
raids in A, B and C"); detainees counted town by town are arrests at each ("three men
in A and two in B"), as are detentions told place by place (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _arrest_places(run: Run, text: str) -> list[str | None]:
    return [e.location for e in run(text).events if e.type == "arrest"]


@pytest.mark.parametrize("text", [
    "Counter-terrorism police arrested six men in raids in Manchester, Leeds and Bristol "
    "on Saturday.",
    "German police detained four suspects in searches in Berlin, Hamburg and Munich on "
    "Tuesday.",
])
def test_one_sweep_over_listed_towns(extract: Run, text: str) -> None:
    assert len(_arrest_places(extract, text)) == 1


@pytest.mark.parametrize(("text", "places"), [
    ("Turkish police arrested three men in Istanbul and two in Ankara on Monday.",
     {"istanbul", "ankara"}),
    ("Police detained suspects in Basra and in Nasiriyah on Sunday.", {"basra", "nasiriyah"}),
])
def test_arrests_told_place_by_place(extract: Run, text: str, places: set[str]) -> None:
    assert set(_arrest_places(extract, text)) == places

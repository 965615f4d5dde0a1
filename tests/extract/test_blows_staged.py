"""Blows a group "staged" or is "staging": the lemmatizer reads the verb as a form of
"stag", yet it is a verb of doing like "launched" or "mounted" (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "place"), [
    ("Militants staged attacks on army checkpoints near Samarra.", "samarra"),
    ("Gunmen staged attacks on police posts near Baqubah.", "baqubah"),
    ("Insurgents staged raids on army outposts near Kirkuk.", "kirkuk"),
])
def test_staged_blows_on_a_named_place_are_an_attack(extract: Run, text: str,
                                                     place: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert [e.location for e in attacks] == [place]


@pytest.mark.parametrize("text", [
    "Israel said Hezbollah was staging fighters near the border.",
    "The group used the village as a staging area for attacks.",
    "Militants have staged attacks in the province for years.",
])
def test_staging_men_or_a_habit_is_no_attack(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "attack"] == []

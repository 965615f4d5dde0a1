"""Shots or rounds fired at a force, a post, a ship or a mission are gunfire, though no
gun is named; shots fired into the air, warning shots and jibes are no attack (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _attacks(extract: Run, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in extract(text).events if e.type == "attack"]


@pytest.mark.parametrize("text", [
    "Shots were fired at a US patrol near Qaim on Monday.",
    "Shots were fired at the US embassy in Baghdad on Tuesday.",
    "Several shots were fired at the consulate in Erbil on Tuesday.",
    "Unknown assailants fired several rounds at a police checkpoint in Basra on Monday.",
    "Shots were fired at a tanker off Hodeidah on Monday.",
])
def test_shots_fired_at_a_target_are_gunfire(extract: Run, text: str) -> None:
    assert _attacks(extract, text) == [("attack", "gunfire")]


@pytest.mark.parametrize("text", [
    "Shots were fired into the air at the wedding on Tuesday.",
    "Warning shots were fired at a boat on Tuesday.",
    "The coach fired a shot at the referee after the match on Sunday.",
    "Critics fired shots at the government's plan on Tuesday.",
    "Shots were fired on Tuesday.",
])
def test_shots_at_no_one_or_in_words_are_no_attack(extract: Run, text: str) -> None:
    assert _attacks(extract, text) == []

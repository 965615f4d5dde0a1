"""Detainees counted by what a crackdown did, people locked up, sentences upheld, rifles
moved, and names that do not run on into the words after them (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2025-06-10").events]


@pytest.mark.parametrize("text", [
    "Kuwaiti authorities cracked down on the rallies, arresting dozens of students in Kuwait "
    "City.",
    "Security forces broke up the sit-in, arresting dozens of teachers in Zarqa.",
])
def test_roundup_told_by_what_a_crackdown_did(extract: Run, text: str) -> None:
    assert "arrest" in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Police have been cracking down on dissent for years, arresting hundreds of activists.",
    "Police routinely break up such rallies, arresting dozens.",
])
def test_crackdowns_as_a_habit(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Authorities locked up three bloggers in Salalah on Monday.",
    "Three activists were locked up in Sohar on Monday.",
    "The appeals court upheld the death sentences of two men on Sunday.",
    "The supreme court on Sunday upheld prison terms against six members of a cell.",
])
def test_locked_up_and_sentences_upheld(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["arrest"]


@pytest.mark.parametrize("text", [
    "He locked up the shop on Monday and left.",
    "A court upheld the acquittal of the mayor on Monday.",
    "The ruling upheld the ban on the party on Monday.",
])
def test_other_lockings_and_rulings(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The navy seized 3,000 rifles from a skiff in the Arabian Sea on May 2.",
    "Coast guards seized a boat carrying assault rifles off Mukalla on Friday.",
])
def test_rifles_moved_are_rifles(extract: Run, text: str) -> None:
    ev = one_event(extract(text, published="2025-06-10"), "transfer")
    assert ev.weapon == "rifle"


def test_rifles_fired_are_gunfire(extract: Run) -> None:
    ev = one_event(extract("Gunmen opened fire with rifles on a checkpoint in Kirkuk on "
                           "Monday, killing two guards.", published="2025-06-10"), "attack")
    assert ev.weapon == "gunfire"


def test_name_does_not_run_on_into_a_preposition(extract: Run) -> None:
    x = extract("The detentions were announced by the ministry on Sunday.",
                published="2025-06-10")
    assert not any(e.id.endswith("-on") for e in x.entities)
    assert not any(a.endswith("-on") for ev in x.events for a in ev.all_actors())


@pytest.mark.parametrize("text", [
    "Marines intercepted a dhow carrying missile parts off Salalah on March 4.",
    "A dhow carrying rifles was seized by the coast guard on Friday.",
])
def test_craft_word_read_as_a_modifier_still_carries(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "A dhow carrying fishermen sank off Socotra on Friday.",
    "A dhow carrying tourists was stopped by the coast guard on Friday.",
])
def test_craft_carrying_no_arms(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)

"""The toll a sentence states belongs to the blow whose clause states it (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Hezbollah fired 150 rockets at northern Israel on Wednesday, a day after an "
         "Israeli strike killed one of its commanders.", 1),
        ("Hezbollah fired rockets at northern Israel on Wednesday in response to an Israeli "
         "strike that killed three of its fighters.", 3),
        ("The Houthis launched missiles at a tanker on Friday, two days after US air strikes "
         "killed 12 people in Sanaa.", 12),
    ],
)
def test_toll_of_the_blow_answered_is_not_the_answer(extract: Run, text: str,
                                                     killed: int) -> None:
    x = extract(text, "2024-06-13")
    [attack] = [e for e in x.events if e.type == "attack"]
    [strike] = [e for e in x.events if e.type == "strike"]
    assert attack.killed is None
    assert strike.killed == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants fired rockets at a base near Erbil on Monday, killing two soldiers.", 2),
        ("A drone strike killed three militants in Qaim on Monday.", 3),
        ("Two rockets struck the Green Zone on Monday and killed a guard.", 1),
    ],
)
def test_own_toll_kept(extract: Run, text: str, killed: int) -> None:
    [ev] = extract(text, "2024-06-13").events
    assert ev.killed == killed


def test_toll_of_a_named_target_told_later(extract: Run) -> None:
    text = ("The Houthis attacked two bulk carriers, the Magic Seas and the Eternity C, in the "
            "Red Sea earlier this month, sinking both ships. At least four crew members of the "
            "Eternity C were killed and several others were abducted, according to the EU "
            "naval mission.")
    x = extract(text, "2025-07-16")
    by_target = {e.target: e.killed for e in x.events if e.type == "attack"}
    assert by_target == {"Magic Seas": None, "Eternity C": 4}


def test_toll_of_people_of_a_named_unit() -> None:
    from axiswatch.nlp.numbers import killed_count

    assert killed_count("Three members of the Quds Force were killed in the strike.") == 3
    assert killed_count("Two of the rockets hit the base, where soldiers were killed.") is None

"""Others told killed in the same blow after the first telling add to its dead (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "count"), [
    ("An Israeli strike killed senior Hezbollah commander Wissam Nasr on Tuesday. Three "
     "other fighters were also killed in the strike.", 4),
    ("A drone strike killed two militia commanders near Qaim on Tuesday. Two other "
     "fighters were also killed in the strike.", 4),
])
def test_others_also_killed_add_to_the_dead(extract: Run, text: str, count: int) -> None:
    blows = [e for e in extract(text, published="2024-06-12").events
             if e.type in ("killing", "strike")]
    assert [e.killed for e in blows] == [count]


def test_a_toll_told_again_is_not_added(extract: Run) -> None:
    text = ("A drone strike killed two militia commanders near Qaim on Tuesday. Two fighters "
            "were killed in the strike, officials said.")
    blows = [e for e in extract(text, published="2024-06-12").events
             if e.type in ("killing", "strike")]
    assert [e.killed for e in blows] == [2]

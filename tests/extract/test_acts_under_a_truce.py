"""The acts a truce or ceasefire is on are the ones it stops, not acts done; an act
told after a truce, as what broke it, is still done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, the factions announced a truce on attacks against Turkish troops.",
        "The militias ended their truce on attacks on the coalition on Sunday.",
        "The rebels agreed to a ceasefire on strikes against Emirati oil sites.",
    ],
)
def test_acts_a_truce_is_on_are_not_done(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "strike")] == []


def test_an_act_after_a_truce_is_done(extract: Run) -> None:
    events = extract("The truce collapsed after a rocket attack on the airport on Monday.").events
    assert [e.type for e in events] == ["attack"]

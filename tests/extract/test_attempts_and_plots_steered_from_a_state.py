"""A plot told again as "the attempt", and a plot steered from a state (sentences written
for these tests).

"Prosecutors said Iran was behind the attempt", "the attempt had been ordered by Iran",
"the failed assassination attempt": an attempt told again with "the" (bare, or by the
deed it tried or how it ended) is the plot told before, and whom the sentence puts
behind it is held responsible for it. "The plot was directed from Iran", "orchestrated
from Tehran": the state it was steered from (a country, or its capital) is held
responsible. An attempt at something told after it ("the attempt to link it to the
plot"), a plot said not to have been steered from a state, and a man who came from a
state hold no one responsible."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]

HELD = "Belgian police arrested a man suspected of trying to kill the blogger in Antwerp."


@pytest.mark.parametrize(
    ("after", "sender"),
    [
        ("Prosecutors said Iran was behind the attempt.", "iran"),
        ("Prosecutors said the attempt had been ordered by Iran.", "iran"),
        ("Investigators said the plot was directed from Iran.", "iran"),
        ("Investigators said the plot was orchestrated from Tehran.", "iran"),
    ],
)
def test_whom_a_later_sentence_puts_behind_the_attempt(extract: Run, after: str,
                                                      sender: str) -> None:
    plot = one_event(extract(f"{HELD} {after}"), "plot")
    assert parties(plot) == {sender}


def test_the_failed_assassination_attempt_is_the_attempt_told(extract: Run) -> None:
    plot = one_event(extract("A gunman tried to kill the blogger in Antwerp in May."
                             " Prosecutors said Iran was behind the failed assassination"
                             " attempt."), "plot")
    assert parties(plot) == {"iran"}


@pytest.mark.parametrize(
    "after",
    [
        "Iran said the attempt to link it to the plot was baseless.",
        "Investigators said the plot was not directed from Iran.",
        "Investigators said the man had flown in from Iran.",
    ],
)
def test_no_one_is_put_behind_the_attempt(extract: Run, after: str) -> None:
    plot = one_event(extract(f"{HELD} {after}"), "plot")
    assert parties(plot) == set()

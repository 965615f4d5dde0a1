"""One sent to do a deed told by a light verb is its doer: "X was recruited by Y to carry
out the attack" (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Rezaei was recruited by the Quds Force to carry out the attack, officials said.",
        "Ali Rezaei was hired by the Quds Force to carry out a bombing in Paris, police said.",
    ],
)
def test_the_one_sent_is_a_plotter_and_the_sender_too(extract: Run, text: str) -> None:
    (plot,) = [e for e in extract(text).events if e.type == "plot"]
    assert "ali-rezaei" in plot.actors
    assert "quds-force" in [*plot.actors, *plot.attributed_to]

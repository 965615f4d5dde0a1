"""A side's own word on its deed: a group that says it carried out an attack claims it;
a state's military that says it struck targets reports its operation as done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said it carried out a rocket attack on Metula on Monday.",
        "Hezbollah said it planned and carried out the rocket attack on Metula on Monday.",
        "Hezbollah said its fighters carried out a drone attack on Metula on Monday.",
    ],
)
def test_a_group_that_says_it_carried_out_an_attack_claims_it(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "attack")
    assert (ev.actors, ev.claimed_by, ev.certainty) == ([], ["hezbollah"], "claimed")


def test_an_attack_told_by_others_is_no_claim(extract: Run) -> None:
    ev = one_event(extract("Officials said Hezbollah carried out a rocket attack on Metula "
                           "on Monday."), "attack")
    assert (ev.actors, ev.claimed_by, ev.certainty) == (["hezbollah"], [], "confirmed")


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it carried out a strike on a Hezbollah depot in Nabatieh "
        "on Monday.",
        "The Israeli military said it struck a Hezbollah depot in Nabatieh on Monday.",
    ],
)
def test_a_military_that_says_it_struck_reports_its_strike(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "strike")
    assert (ev.actors, ev.certainty) == (["israel-defense-forces"], "confirmed")

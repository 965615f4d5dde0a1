"""A state body that tells of "the militia's drone" tells of another's blow, not its own
claim; a group that tells of "the group's fighters" claims its deed (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "The militia's drone hit a US base in Syria, wounding four soldiers, the Pentagon said.",
    "The group's drone hit a US base in Syria, the Pentagon said.",
])
def test_a_state_body_on_a_groups_drone_claims_nothing(extract: Run, text: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.claimed_by, ev.certainty) == ("attack", [], "confirmed")


def test_a_group_on_the_groups_fighters_claims_the_deed(extract: Run) -> None:
    [ev] = extract("Hezbollah said the group's fighters had fired rockets at an Israeli "
                   "base.").events
    assert (ev.type, ev.claimed_by) == ("attack", ["hezbollah"])

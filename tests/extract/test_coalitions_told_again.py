"""A coalition named in full and then told again as "the coalition" is the one named, not
whatever coalition the bare word names in the pack (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_the_coalition_told_again_is_the_one_named_before(extract: Run) -> None:
    x = extract("The Saudi-led coalition said a fuel depot in Jizan was hit on Friday. "
                "The coalition answered within hours: on Saturday its warplanes bombed "
                "targets in Saada.")
    assert one_event(x, "strike").actors == ["saudi-led-coalition"]


def test_a_coalition_named_with_its_leader_keeps_its_own_name(extract: Run) -> None:
    x = extract("On Saturday the US-led coalition bombed targets near Raqqa.")
    assert one_event(x, "strike").actors == ["combined-joint-task-force-operation-inherent-resolve"]

"""A blow told in the past progressive on a bare plural of places, with no day ("within
days the drones were hitting cities far from the front"), tells a course of days, not one
blow; the same verb with a day, a counted or named target ("were striking villages in
the south on Monday", "hit two cities", "were hitting the port of Eilat") stays a blow."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Within days the drones were hitting cities far from the front.",
        "By the summer the militia's rockets were striking towns across the north.",
    ],
)
def test_a_course_of_blows_is_no_one_blow(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Israeli jets were striking villages in southern Lebanon on Monday.", "strike"),
        ("Russian drones hit two cities in the east on Monday.", "strike"),
        ("Rockets were hitting the port of Eilat on Monday.", "attack"),
    ],
)
def test_blows_with_a_day_or_a_named_target_stay(extract: Run, text: str,
                                                 etype: str) -> None:
    assert [e.type for e in extract(text).events] == [etype]

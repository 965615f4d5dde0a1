"""'Demonstrate' with an object or a clause, and 'a demonstration of force', show
something; only people who demonstrate, or a crowd, hold a protest."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Israel has demonstrated its ability to strike deep inside Iran.",
        "Tehran demonstrated its resolve by test-firing a new cruise missile.",
        "The naval drill demonstrated the fleet's readiness, the admiral said.",
        "The drone flight demonstrated that the group could reach Haifa.",
        "The satellite launch was a demonstration of Iran's growing reach.",
        "The parade in Sanaa was a demonstration of strength by the Houthis.",
    ],
)
def test_a_thing_or_fact_shown_is_no_protest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type == "protest"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people demonstrated outside the Turkish embassy in Baghdad on Sunday.",
        "Students demonstrated against the power cuts in Nasiriyah.",
        "Hundreds demonstrated their support for the prisoners in Amman on Friday.",
        "Residents demonstrated their anger outside the governor's office in Basra on Sunday.",
        "Farmers demonstrated their opposition to the dam in Hilla on Monday.",
        "Thousands joined a demonstration of support for Gaza in Rabat on Friday.",
    ],
)
def test_people_who_demonstrate_hold_a_protest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["protest"]

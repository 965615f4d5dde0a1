"""A date the parse hangs on the noun of answering a deed ("a response to the strike on
the port last month") dates the deed, not the threat told on another day; and a measure
told in the present progressive ("the Department is also designating X") is taken on
the day of the release that tells it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _dated(x: Extraction, etype: str) -> list[str | None]:
    return [e.date for e in x.events if e.type == etype]


@pytest.mark.parametrize(("text", "day"), [
    ("Abdul Malik al-Houthi said on Thursday that a response to the Israeli strike on the "
     "port last month was still coming.", "2024-08-29"),
    ("Naim Qassem said on Tuesday that the reply to the assassination in Beirut last month "
     "was inevitable.", "2024-08-27"),
])
def test_a_month_told_after_the_deed_answered_dates_the_deed(extract: Extract, text: str,
                                                             day: str) -> None:
    x = extract(text, published="2024-08-29")
    assert _dated(x, "statement") == [day]


@pytest.mark.parametrize("text", [
    "The Department of State is also designating the group's leader as a Specially "
    "Designated Global Terrorist.",
    "The Treasury is sanctioning six Houthi financiers and two exchange houses.",
])
def test_a_measure_told_in_the_present_progressive_takes_the_release_day(
        extract: Extract, text: str) -> None:
    assert _dated(extract(text, published="2023-11-17"), "sanction") == ["2023-11-17"]


def test_a_measure_only_considered_is_none(extract: Extract) -> None:
    x = extract("The Treasury is considering sanctions on six Houthi financiers.",
                published="2023-11-17")
    assert _dated(x, "sanction") == []

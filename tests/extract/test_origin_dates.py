"""The year a body was founded or formed tells who acts, not when: it dates neither an
event told beside it nor one told in the next sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

# Published Thursday 2024-02-08 (see conftest): "on Tuesday" is 2024-02-06.


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a participle set off by commas
    ("The Tigris Vanguard militia, founded in 2011, fired rockets at a base near Kirkuk.",
     "The Tigris Vanguard", "2024-02"),
    ("The Sabereen Brigades, formed in 2019 by former Badr fighters, claimed a drone attack "
     "on a base in Syria on Tuesday.", "The Sabereen", "2024-02-06"),
    # a founding told in the sentence before
    ("The Tigris Vanguard militia was founded in 2011 by veterans of the Badr Organization. "
     "Iran denied arming the group.", "Iran denied", "2024-02"),
    ("The Sabereen Brigades were established in 2019. They fired rockets at a base near "
     "Kirkuk.", "They fired", "2024-02"),
])
def test_a_founding_year_dates_no_event(extract: Callable[..., Extraction], text: str,
                                        evidence: str, value: str) -> None:
    [event] = [e for e in extract(text).events if e.evidence.text.startswith(evidence)]
    assert event.date == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a year that dates a deed still carries to the next sentence
    ("In 2019, the militia fired rockets at the embassy in Baghdad. Iran denied arming the "
     "group.", "Iran denied", "2019"),
    # a deed of a body told with the year of its founding is dated by the deed's own day
    ("The Sabereen Brigades, formed in 2019, attacked a checkpoint near Mosul in March 2021.",
     "The Sabereen", "2021-03"),
])
def test_other_years_still_date(extract: Callable[..., Extraction], text: str,
                                evidence: str, value: str) -> None:
    [event] = [e for e in extract(text).events if e.evidence.text.startswith(evidence)]
    assert event.date == value

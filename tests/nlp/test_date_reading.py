"""Which day a relative date names: a weekday with its calendar day, a dateline."""

from __future__ import annotations

import pytest

from axiswatch.nlp.dates import dateline_day, find_dates


def test_a_calendar_day_says_which_weekday() -> None:
    # published on a Thursday: "Tuesday" alone would be two days before
    found = find_dates("Crowds marched in Basra on Tuesday, January 30, against the strikes.",
                       "2024-02-08")
    assert [d.value for d in found] == ["2024-01-30"]
    assert [d.value for d in find_dates("on Tuesday (6 February)", "2024-02-08")] == \
        ["2024-02-06"]


def test_a_weekday_apart_from_a_calendar_day_keeps_its_own() -> None:
    found = find_dates("Rockets hit the base on Tuesday after the March 2 raid.", "2024-03-15")
    assert [d.value for d in found] == ["2024-03-12", "2024-03-02"]


@pytest.mark.parametrize(("text", "reference", "day"), [
    ("ERBIL, Iraq, Feb. 3 (AP) -- Drones struck a base.", "2024-02-08", "2024-02-03"),
    ("SANAA, December 30 (Reuters) - A missile hit a tanker.", "2024-01-04", "2023-12-30"),
    ("Beirut, 2 March 2024 — Shelling resumed.", "2024-03", "2024-03-02"),
])
def test_a_dateline_gives_the_day_a_report_is_told_from(text: str, reference: str,
                                                        day: str) -> None:
    found = dateline_day(text, 0, reference)
    assert found is not None and found[2] == day


@pytest.mark.parametrize(("text", "reference"), [
    ("Officials said on March 3 that the base was hit.", "2024-03-15"),  # no dateline
    ("DAMASCUS, June 4 (Reuters) - Jets struck a depot.", "2024-03-15"),  # months away
])
def test_not_datelines(text: str, reference: str) -> None:
    assert dateline_day(text, 0, reference) is None

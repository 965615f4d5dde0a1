"""Undated events told as the news of the report or as who someone is: the day of the
news for a report in the present perfect, no day for an aside."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

# Published Thursday 2024-02-08 (see conftest): "on Tuesday" is 2024-02-06.


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # a lead in the present perfect that names no day: the day the next sentence names
    ("Prosecutors in Oslo have charged a Norwegian man with spying on exiles for Iran.\n\n"
     "The indictment, unsealed on Tuesday, says he photographed their homes.",
     "Prosecutors in Oslo", "2024-02-06"),
    # after the news of a day in the month of the report: that day
    ("Gunmen attacked a checkpoint near Mosul on Tuesday. Iraqi police have arrested three "
     "suspects, a spokesman said.", "Iraqi police", "2024-02-06"),
    # a day of another month, or none to be found, leaves the month of the report
    ("Gunmen attacked a checkpoint near Mosul on January 25. Iraqi police have arrested "
     "three suspects, a spokesman said.", "Iraqi police", "2024-02"),
    ("Prosecutors in Oslo have charged a Norwegian man with spying on exiles for Iran.\n\n"
     "He faces ten years in prison.", "Prosecutors in Oslo", "2024-02"),
])
def test_a_report_in_the_perfect_takes_the_day_of_the_news(
        extract: Callable[..., Extraction], text: str, evidence: str, value: str) -> None:
    [event] = [e for e in extract(text).events if e.evidence.text.startswith(evidence)]
    assert event.date == value


@pytest.mark.parametrize("text", [
    "The Sabereen Brigades, which Washington designated a terrorist group, said on Monday "
    "that it would halt its attacks.",
    "The Sabereen Brigades, which the Treasury sanctioned, said on Monday that it would halt "
    "its attacks.",
])
def test_a_listing_told_in_an_aside_takes_no_day(extract: Callable[..., Extraction],
                                                   text: str) -> None:
    [listing] = [e for e in extract(text).events if e.type == "sanction"]
    assert listing.date is None


def test_a_listing_told_as_news_keeps_the_day(extract: Callable[..., Extraction]) -> None:
    text = "The Treasury sanctioned the Sabereen Brigades, which said on Monday that it " \
        "would halt its attacks."
    [listing] = [e for e in extract(text).events if e.type == "sanction"]
    assert listing.date == "2024-02-05"

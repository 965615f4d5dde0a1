"""Crowds the parse reads as a participle: "thousands of supporters of X protested near
Y, demanding ..." is a protest even when the parse leaves the sentence a noun for its
root; one near a border of the country whose people protest lies on that country's side
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of supporters of Iraqi militias protested near the Jordanian border on "
        "Friday, demanding that Amman open the crossing so they could reach Gaza.",
        "Hundreds of followers of the Sadrist movement rallied outside the parliament in "
        "Baghdad on Friday, demanding that the cabinet resign.",
    ],
)
def test_a_crowd_read_as_a_participle_still_protests(extract: Run, text: str) -> None:
    ev = one_event(extract(text, published="2023-10-21"), "protest")
    assert ev.country == "IQ" and ev.date == "2023-10-20"


def test_a_border_of_the_protesters_own_country(extract: Run) -> None:
    text = "Iraqi protesters gathered near the Jordanian border on Friday."
    ev = one_event(extract(text, published="2023-10-21"), "protest")
    assert ev.location == "iraq-jordan-border" and ev.country == "IQ"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of documents gathered by investigators were released on Friday.",
        "Dozens of weapons gathered from the depot were destroyed on Friday.",
    ],
)
def test_things_gathered_or_men_marched_off_are_no_protest(extract: Run, text: str) -> None:
    assert not [e for e in extract(text, published="2023-10-21").events
                if e.type == "protest"]

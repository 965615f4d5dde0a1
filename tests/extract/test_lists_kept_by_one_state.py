"""A listing that names no one who makes it but names a list only the United States
keeps (a Foreign Terrorist Organization, a Specially Designated Global Terrorist) is the
United States' (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _listings(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "sanction"]


@pytest.mark.parametrize("text", [
    "Kataib Hezbollah was designated a Foreign Terrorist Organization in 2009.",
    "The Houthis were redesignated as a Specially Designated Global Terrorist group on "
    "January 17.",
    "The group was added to the list of foreign terrorist organizations in 2019.",
])
def test_a_listing_on_a_us_list_is_the_united_states(extract: Run, text: str) -> None:
    assert _listings(extract(text)) == [["united-states"]]


@pytest.mark.parametrize(("text", "actors"), [
    ("Kataib Hezbollah was designated a terrorist organization in 2009.", []),
    ("Britain designated the group a terrorist organization on Monday.", ["united-kingdom"]),
])
def test_a_listing_on_another_list_keeps_its_own_maker(extract: Run, text: str,
                                                       actors: list[str]) -> None:
    assert _listings(extract(text)) == [actors]

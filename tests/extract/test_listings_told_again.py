"""Listings told after another: a dated placing on a list is its own listing, a
designation told by a dated participle is one made, and a listing that names no one who
makes it is made by the body of the one told before (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


def _sanctions(run: Run, text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, e.actors) for e in run(text, published="2024-06-10").events
            if e.type == "sanction"]


def test_dated_placing_on_a_list_is_its_own_listing(extract: Run) -> None:
    text = ("On Monday, the Treasury sanctioned 30 firms tied to Karim Haddad, a Beirut "
            "money changer. Haddad was placed on the blacklist by Washington as early as March "
            "2017.")
    assert [d for d, _a in _sanctions(extract, text)] == ["2024-06-10", "2017-03"]


@pytest.mark.parametrize("text", [
    "Aid groups still remember the terrorist designation imposed on the movement by a "
    "former cabinet and withdrawn in June 2019.",
    "The designation announced on Monday covers three of the group's commanders.",
])
def test_designation_told_by_a_dated_participle(extract: Run, text: str) -> None:
    assert len(_sanctions(extract, text)) == 1


@pytest.mark.parametrize("text", [
    "The designation imposed on the group has been debated for years.",
    "The sanctions imposed on Iran have hurt its economy.",
])
def test_designation_told_by_an_undated_participle(extract: Run, text: str) -> None:
    assert _sanctions(extract, text) == []


def test_unnamed_designator_is_the_one_told_before(extract: Run) -> None:
    text = ("The United States designated the Ridge Movement in 2015. The Foreign Terrorist "
            "Organization designation announced on Monday covers three of its commanders.")
    x = extract(text, published="2024-06-10")
    later = [e for e in x.events if e.type == "sanction" and e.date == "2024-06-10"]
    assert [e.actors for e in later] == [["united-states"]]
    assert later[0].country == "US"


def test_named_designator_is_kept(extract: Run) -> None:
    text = ("The United States designated the Ridge Movement in 2015. Britain added its "
            "leader to the sanctions list in 2018.")
    assert _sanctions(extract, text) == [("2015", ["united-states"]),
                                         ("2018", ["united-kingdom"])]


def test_listing_with_no_designator_anywhere(extract: Run) -> None:
    x = extract("Karim Haddad was placed on the sanctions list in March 2017.",
                published="2024-06-10")
    assert one_event(x, "sanction").actors == []

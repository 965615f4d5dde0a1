"""A wing or an office told with a possessive: "its armed wing, the X Brigades", "the
group's security director, Y", "the command's commander, General Y" (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in extraction.relations}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hamas said its armed wing, the Izz ad-Din al-Qassam Brigades, fired rockets.",
         ("izz-ad-din-al-qassam-brigades", "part_of", "hamas")),
        ("Palestinian Islamic Jihad said on Friday that its military wing, the Al-Quds "
         "Brigades, had shelled two towns.",
         ("al-quds-brigades", "part_of", "palestinian-islamic-jihad")),
    ],
)
def test_wing_of_what_its_stands_for(extract: Run, text: str,
                                     triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


def test_its_ally_is_no_wing(extract: Run) -> None:
    found = _triples(extract("Hamas said its ally, Hezbollah, fired rockets at a base."))
    assert ("hezbollah", "part_of", "hamas") not in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hezbollah's security chief, Ali Musa, spoke on Monday.",
         ("ali-musa", "member_of", "hezbollah")),
        ("Kataib Hezbollah's media director, Ali Musa, was arrested in Basra.",
         ("ali-musa", "member_of", "kataib-hezbollah")),
        ("The Treasury sanctioned two brothers and the PMF's security director, Ali Musa.",
         ("ali-musa", "member_of", "popular-mobilization-forces")),
    ],
)
def test_office_head_serves_the_group(extract: Run, text: str,
                                      triple: tuple[str, str, str]) -> None:
    found = _triples(extract(text))
    assert triple in found
    assert (triple[0], "leader_of", triple[2]) not in found


def test_possessed_commander_leads(extract: Run) -> None:
    found = _triples(extract("CENTCOM's commander, General Ali Musa, said the ship was seized."))
    assert ("ali-musa", "leader_of", "us-central-command") in found
    assert ("ali-musa", "member_of", "us-central-command") not in found


def test_possessed_deputy_commander_serves(extract: Run) -> None:
    found = _triples(extract("CENTCOM's deputy commander, General Ali Musa, spoke on Monday."))
    assert ("ali-musa", "member_of", "us-central-command") in found
    assert ("ali-musa", "leader_of", "us-central-command") not in found

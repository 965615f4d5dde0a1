"""A name qualified by "X-funded" and a sanctioned unit owned by another (sentences
written for these tests)."""

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
        ("Ali Musa, who works for the US-funded Voice of America, said she would not be "
         "silenced.", ("ali-musa", "member_of", "voice-of-america")),
        ("Ali Musa, who works for the British-funded Radio Zamaneh, spoke on Monday.",
         ("ali-musa", "member_of", "radio-zamaneh")),
        ("Ali Musa, who works for the Iranian-run Press TV, spoke on Monday.",
         ("ali-musa", "member_of", "press-tv")),
    ],
)
def test_hyphened_sponsor_does_not_block_the_employer(extract: Run, text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


def test_state_funded_broadcaster_is_no_sponsored_group(extract: Run) -> None:
    found = _triples(extract("Ali Musa, who works for the US-funded Voice of America, "
                             "spoke on Monday."))
    assert ("voice-of-america", "sponsored_by", "united-states") not in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kataib Hezbollah, an Iran-funded group, fired missiles.",
         ("kataib-hezbollah", "sponsored_by", "iran")),
        ("The Iran-funded Kataib Sayyid al-Shuhada fired rockets at the base.",
         ("kataib-sayyid-al-shuhada", "sponsored_by", "iran")),
    ],
)
def test_funded_militia_stays_sponsored(extract: Run, text: str,
                                        triple: tuple[str, str, str]) -> None:
    assert triple in _triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury imposed sanctions on the Revolutionary Guards' Housing Fund and several "
        "senior IRGC commanders over the crackdown.",
        "The Treasury imposed sanctions on the Revolutionary Guards' Housing Fund on Monday.",
    ],
)
def test_owner_of_a_sanctioned_unit_is_not_designated(extract: Run, text: str) -> None:
    found = _triples(extract(text))
    assert ("housing-fund", "designated_by", "us-treasury") in found
    assert ("islamic-revolutionary-guard-corps", "designated_by", "us-treasury") not in found


def test_owner_named_on_its_own_is_designated(extract: Run) -> None:
    found = _triples(extract("Britain sanctioned the IRGC's Quds Force and the IRGC on Monday."))
    assert ("quds-force", "designated_by", "united-kingdom") in found
    assert ("islamic-revolutionary-guard-corps", "designated_by", "united-kingdom") in found

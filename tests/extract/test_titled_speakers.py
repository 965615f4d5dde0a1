"""An unnamed holder of a body's leading title who speaks ("the commander of X vowed
revenge") speaks for the body; one who is acted on ("killed the commander of X") is a
man, not the body (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Extract = Callable[..., Extraction]


def _statement_parties(x: Extraction) -> list[set[str]]:
    return [parties(e) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "body"), [
    ("The commander of the Quds Force vowed on Thursday to avenge the slain general.",
     "quds-force"),
    ("The leader of Hezbollah warned that the group would answer any incursion.",
     "hezbollah"),
    ("The commander of the IRGC navy denied any role in the seizure of the tanker.",
     "irgc-navy"),
])
def test_unnamed_title_holder_speaks_for_the_body(extract: Extract, text: str,
                                                  body: str) -> None:
    assert {body} in _statement_parties(extract(text))


def test_body_of_a_leaders_title_speaks_instead_of_its_state(extract: Extract) -> None:
    x = extract("The head of the Revolutionary Guards' aerospace force said Iran would "
                "respond to the raid.")
    found = _statement_parties(x)
    assert any("islamic-revolutionary-guard-corps" in a for a in found)
    assert not any("iran" in a for a in found)


@pytest.mark.parametrize("text", [
    "Israeli jets killed the commander of the Quds Force in Damascus on Monday.",
    "The commander of Kataib Hezbollah was killed in a drone strike near Baghdad on "
    "Friday.",
])
def test_title_holder_acted_on_is_no_actor(extract: Extract, text: str) -> None:
    x = extract(text)
    assert x.events
    assert not any(parties(e) & {"quds-force", "kataib-hezbollah"} for e in x.events)


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry spokesman Esmaeil Baghaei said on Monday that Tehran had no "
    "role in the bombing.",
    "Iranian foreign ministry spokesman Esmaeil Baghaei denied that Tehran had any part "
    "in the bombing.",
])
def test_named_spokesman_declares_with_the_ministry_he_speaks_for(
        extract: Extract, text: str) -> None:
    assert {"esmaeil-baghaei", "iranian-foreign-ministry"} in _statement_parties(
        extract(text))


@pytest.mark.parametrize(("text", "speakers"), [
    ("A Pentagon spokesman said US forces would respond at a time of their choosing.",
     {"pentagon"}),
    ("Pentagon spokesman Pat Ryder said US forces would retaliate at a moment of their "
     "choosing.", {"pat-ryder", "pentagon"}),
])
def test_forces_told_in_what_a_spokesman_says_are_not_a_second_speaker(
        extract: Extract, text: str, speakers: set[str]) -> None:
    assert speakers in _statement_parties(extract(text))

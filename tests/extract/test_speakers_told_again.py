"""Speakers told again in the next sentence: "he" after an unnamed spokesman or
official is the body his title names; "the government" and the "it" it says are the
state the sentence before has as its main subject, not a state named inside what was
said there (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Extract = Callable[..., Extraction]


def _statement_parties(x: Extraction) -> list[set[str]]:
    return [parties(e) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "body"), [
    ("A spokesman for Kataib Hezbollah spoke to reporters on Monday. He denied any role "
     "in the drone attack.", "kataib-hezbollah"),
    ("A Hezbollah official spoke to a news agency on Tuesday. He denied that the group "
     "had fired the rocket.", "hezbollah"),
])
def test_he_after_an_unnamed_title_holder_is_his_body(extract: Extract, text: str,
                                                     body: str) -> None:
    assert {body} in _statement_parties(extract(text))


def test_he_after_a_named_speaker_stays_the_person(extract: Extract) -> None:
    x = extract("Naim Qassem spoke at a memorial on Sunday. He denied any role in the "
                "drone attack.")
    assert any("naim-qassem" in a for a in _statement_parties(x))


@pytest.mark.parametrize("text", [
    "Officials in Yerevan said Iran had ignored warnings. The government said it would "
    "withdraw its diplomats from Tehran.",
    "Armenia's foreign ministry said Iran had ignored warnings about the mission. The "
    "government said it would withdraw its diplomats from Tehran.",
])
def test_the_government_is_the_state_of_the_main_clause_before(extract: Extract,
                                                               text: str) -> None:
    found = _statement_parties(extract(text))
    assert {"armenia"} in found
    assert not any("iran" in a for a in found)

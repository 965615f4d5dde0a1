"""A group's spokesman or leader who tells of an attack tells of his group's deed: "they",
"its fighters" or unnamed forces in his words are the group's men, and the group claims
the attack, not the man (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _attack(extraction: Extraction) -> Event:
    found = [e for e in extraction.events if e.type == "attack"]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in extraction.events]
    return found[0]


@pytest.mark.parametrize("text", [
    "Yahya Saree said on Monday that its fighters had fired two missiles at a tanker in the "
    "Gulf of Aden.",
    "Yahya Saree said on Monday that they had fired two missiles at a tanker in the Gulf of "
    "Aden.",
    "Yahya Saree said on Monday that naval forces had fired two missiles at a tanker in the "
    "Gulf of Aden.",
    "Two missiles hit a tanker in the Gulf of Aden on Monday, Yahya Saree said.",
])
def test_the_spokesmans_group_claims_the_attack(extract: Run, text: str) -> None:
    ev = _attack(extract(text))
    assert ev.claimed_by == ["houthis"]
    assert ev.actors == []


def test_a_state_leader_telling_of_an_attack_claims_nothing(extract: Run) -> None:
    text = "Two missiles hit a tanker in the Gulf of Aden on Monday, Benjamin Netanyahu said."
    ev = _attack(extract(text))
    assert ev.claimed_by == []


def test_a_spokesman_named_as_the_doer_stays_the_doer(extract: Run) -> None:
    text = ("Yahya Saree said on Monday that he had fired the first missile at a tanker in "
            "the Gulf of Aden himself.")
    ev = _attack(extract(text))
    assert "yahya-saree" in ev.actors

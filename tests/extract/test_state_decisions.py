"""Decisions of a state or a group told by their verb and its object: a proposal or a
resignation accepted, diplomats evacuated, an office holder dismissed, war declared, a
pact to be reconsidered; and decisions only expected (hedged, or told by analysts),
which no one declared."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "subtype", "actor"), [
    ("Hamas said it had accepted the Qatari truce proposal.", "decision", "hamas"),
    ("The Lebanese cabinet accepted the resignation of the army chief on Monday.",
     "decision", "lebanon"),
    ("The Kuwaiti government evacuated its diplomats from Aden on Monday.", "decision",
     "kuwait"),
    ("Britain said it would evacuate its embassy staff from Amman.", "decision",
     "united-kingdom"),
    ("The Iraqi prime minister dismissed the commander of the border guards on Sunday.",
     "decision", "iraq"),
    ("Israel declared war on Hamas on Saturday.", "decision", "israel"),
    ("Iran's foreign ministry said Tehran would reconsider its cooperation with the IAEA.",
     "review", "iranian-foreign-ministry"),
])
def test_a_decision_told_by_its_object_is_a_statement(extract: Extract, text: str,
                                                      subtype: str, actor: str) -> None:
    assert (subtype, [actor]) in _statements(extract(text))


@pytest.mark.parametrize("text", [
    "Hamas accepted an invitation to visit Ankara.",  # no decision of war or peace
    "Aid agencies evacuated their staff from Khan Younis on Monday.",  # no named party
    "A Hezbollah official dismissed the minister's remarks.",  # words brushed aside
    "Israel has not accepted the proposal.",
    "Analysts said Hamas would likely accept the proposal.",
    "Analysts said Iraq would recall its ambassador from Ankara.",
    "Experts said the Houthis would probably resume their attacks.",
    "The Houthis will likely resume their attacks after the holiday.",
])
def test_no_decision_or_only_an_expected_one_is_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


def test_a_charge_dismissed_stays_a_denial(extract: Extract) -> None:
    x = extract("The Iraqi army chief dismissed the report as baseless.")
    assert [s for s, _a in _statements(x)] == ["denial"]

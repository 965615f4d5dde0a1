"""The entry schema: what a YAML entry may say, and the messages when it says it wrong."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from axiswatch.kb.schema import AliasEntry, Entry, brigade_names, ordinal

BASE: dict[str, Any] = {"id": "x", "name": "X", "type": "armed_group", "source": "note"}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"died": "2020-1-3"}, "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"leader_of": [{"id": "y", "from": "20x"}]}, "is not YYYY"),
        ({"wikidata": "12345"}, "is not a Q-id"),
        ({"type": "militia"}, "Input should be"),
        ({"lat": 33.0}, "lat and lon go together"),
        ({"type": "place", "precision": "town"}, "place needs lat/lon"),
        ({"type": "facility", "lat": 1.0, "lon": 1.0}, "facility needs a precision"),
        ({"nickname": "Y"}, "Extra inputs are not permitted"),
        ({"part_of": [{"id": "y", "certainty": "maybe"}]}, "Input should be"),
        ({"described_as": {"phrases": ["the kingdom"], "source": "s"}}, "not a bare noun"),
        ({"described_as": {"phrases": [], "source": "s"}}, "at least 1 item"),
        ({"described_as": {"phrases": ["kingdom"]}}, "Field required"),
    ],
)
def test_invalid_entries_say_why(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Entry.model_validate({**BASE, **extra})
    assert message in str(info.value)


def test_short_forms_expand() -> None:
    entry = Entry.model_validate({**BASE, "aliases": ["Y", {"text": "Zed", "ambiguous": True}],
                                  "part_of": "parent", "sponsored_by": [{"id": "s", "from": 2007}],
                                  "brigades": [45], "died": "2020-01-03"})
    assert [a.text for a in entry.aliases] == ["Y", "Zed"] and entry.aliases[1].ambiguous
    assert entry.part_of[0].id == "parent" and entry.sponsored_by[0].from_ == "2007"
    assert "45th PMF Brigade" in [a.text for a in entry.all_aliases()]
    assert [p for p, _ in entry.links()] == ["part_of", "sponsored_by"]


@pytest.mark.parametrize(("text", "exact"), [("KH", True), ("PMF", True), ("the US", True),
                                             ("DoD", True), ("Xi", False), ("Hezbollah", False),
                                             ("U.S.", True), ("IRGC-QF", False)])
def test_acronyms_are_exact_case_by_default(text: str, exact: bool) -> None:
    assert AliasEntry(text=text).exact_case is exact
    assert AliasEntry(text=text, case_sensitive=not exact).exact_case is not exact


@pytest.mark.parametrize(("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"),
                                         (12, "12th"), (13, "13th"), (21, "21st"), (45, "45th"),
                                         (313, "313th")])
def test_ordinals(n: int, text: str) -> None:
    assert ordinal(n) == text
    assert f"{text} PMF Brigade" in brigade_names(n)

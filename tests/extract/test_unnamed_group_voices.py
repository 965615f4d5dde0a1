"""Voices of a group told without its name: "group officials" after a sentence about
the group, and "the statement" when no statement was told before (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Extract = Callable[..., Extraction]


def _statement_parties(x: Extraction) -> list[set[str]]:
    return [parties(e) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "group"), [
    ("Asaib Ahl al-Haq fired rockets at an airbase near Balad on Sunday. Group officials "
     "warned that the militia would target US bases.", "asaib-ahl-al-haq"),
    ("The Houthis seized a cargo ship off Hodeidah on Friday. Movement leaders vowed to "
     "seize more vessels.", "houthis"),
])
def test_officials_of_the_group_told_before(extract: Extract, text: str, group: str) -> None:
    assert any(group in a for a in _statement_parties(extract(text)))


def test_officials_of_another_kind_of_group_are_not_its(extract: Extract) -> None:
    x = extract("Asaib Ahl al-Haq fired rockets at an airbase near Balad on Sunday. Aid "
                "group officials warned that the militia would target US bases.")
    assert not any("asaib-ahl-al-haq" in a for a in _statement_parties(x))


def test_the_statement_with_none_told_before_is_the_groups(extract: Extract) -> None:
    x = extract("The Houthis seized a cargo ship off Hodeidah on Friday. The statement "
                "warned that any vessel trading with Israel would be seized.")
    assert any("houthis" in a for a in _statement_parties(x))


def test_the_statement_of_a_named_author_is_the_authors(extract: Extract) -> None:
    x = extract("The Houthis seized a cargo ship off Hodeidah on Friday. The statement by "
                "CENTCOM warned that any vessel would be protected.")
    assert not any("houthis" in a for a in _statement_parties(x))


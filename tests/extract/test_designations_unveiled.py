"""Designations unveiled or issued ("the new designations, unveiled on Monday, cover six
firms", "the Treasury issued new designations on Monday") are sanctions, like
designations announced or imposed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "day"), [
    ("The new designations, unveiled on Monday, cover six shipping firms in Dubai.",
     "2024-02-05"),
    ("The Treasury issued new designations on Monday against two exchange houses in Erbil.",
     "2024-02-05"),
])
def test_designations_unveiled_or_issued_are_sanctions(extract: Extract, text: str,
                                                       day: str) -> None:
    x = extract(text)
    assert [(e.type, e.subtype, e.date) for e in x.events] == [("sanction", "designation", day)]


def test_a_designation_discussed_is_none(extract: Extract) -> None:
    x = extract("Lawmakers discussed the designation of the group on Monday.")
    assert [e.type for e in x.events] == []

"""Speakers whose words name no body: a spokesman for no one named speaks for the
subject of the sentence before (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Extract = Callable[..., Extraction]


def _statement_parties(x: Extraction) -> list[set[str]]:
    return [parties(e) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "body"), [
    ("Kataib Hezbollah fired rockets at a base near Tikrit on Sunday. A spokesman warned "
     "on Monday that the attacks would go on until the troops leave.", "kataib-hezbollah"),
    ("The Houthis seized a tanker off Hodeidah on Friday. The spokesman vowed that more "
     "ships would be seized.", "houthis"),
    ("The Pentagon confirmed on Sunday that three soldiers were hurt. A spokesman warned "
     "that Washington would respond at a time of its choosing.", "pentagon"),
])
def test_a_spokesman_for_no_one_named_speaks_for_the_subject_before(
        extract: Extract, text: str, body: str) -> None:
    assert {body} in _statement_parties(extract(text))


@pytest.mark.parametrize("text", [
    # a spokesman of another body, or no deed declared
    "Kataib Hezbollah fired rockets at a base near Tikrit on Sunday. A police spokesman "
    "said two guards were hurt.",
    "A spokesman warned that the storm would reach the coast by Friday.",
    "Kataib Hezbollah fired rockets at a base near Tikrit on Sunday. A spokesman said the "
    "base had been hit twice before.",
])
def test_an_unowned_spokesman_declares_nothing_else(extract: Extract, text: str) -> None:
    assert _statement_parties(extract(text)) == []

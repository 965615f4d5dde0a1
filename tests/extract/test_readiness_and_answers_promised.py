"""A speaker's own side declared prepared for war, however the parse reads "was prepared"
("Qassem said the group was prepared for a long war"), and a blow promised as the answer
to a deed ("said any attack on Beirut would be met with a strike on Tel Aviv") are
threats; a budget prepared for a vote, or a raid that was met with gunfire, are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _threats(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "threat"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Naim Qassem said the group was prepared for a long war.", "naim-qassem"),
    ("Hezbollah said any attack on Beirut would be met with a strike on Haifa.", "hezbollah"),
    ("The IRGC warned that any aggression would be answered with a crushing strike.",
     "islamic-revolutionary-guard-corps"),
])
def test_readiness_and_promised_answers_are_threats(extract: Extract, text: str,
                                                    actor: str) -> None:
    assert _threats(extract(text)) == [[actor]]


@pytest.mark.parametrize("text", [
    "The minister said the budget was prepared for the vote.",
    "Analysts said Hezbollah was prepared for a long war.",
    "Residents said the raid was met with gunfire.",
])
def test_no_threat_without_a_side_declaring_it(extract: Extract, text: str) -> None:
    assert _threats(extract(text)) == []

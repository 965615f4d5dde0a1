"""Talks a party declares or decides it will open are a decision ("agreed to resume
negotiations", "the ministry said the two would begin talks"); talks held are a meeting,
talks an analyst expects are a forecast, and talks that fall apart or are refused are
no decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _decisions(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "decision"]


@pytest.mark.parametrize(("text", "actors"), [
    ("Ankara and Damascus agreed on Tuesday to resume negotiations on the border.",
     ["turkey", "syria"]),
    ("Qatar and Bahrain decided on Monday to open talks on their maritime dispute.",
     ["qatar", "bahrain"]),
    ("The Lebanese government said on Sunday it would start talks with Syria on the "
     "border crossings.", ["lebanese-government"]),
])
def test_talks_a_party_declares_it_will_open_are_a_decision(
        extract: Extract, text: str, actors: list[str]) -> None:
    assert _decisions(extract(text)) == [actors]


@pytest.mark.parametrize("text", [
    "Analysts said Ankara and Damascus would likely resume negotiations next year.",
    "The negotiations collapsed on Monday after the delegation walked out.",
    "Ankara said on Sunday it would not hold talks with Damascus under pressure.",
    "Turkish and Syrian envoys resumed negotiations in Muscat on Saturday.",
    "The two sides held talks in Doha on Saturday.",
])
def test_talks_held_expected_or_refused_are_no_decision(extract: Extract, text: str) -> None:
    assert _decisions(extract(text)) == []

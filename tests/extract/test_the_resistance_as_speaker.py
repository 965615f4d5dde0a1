""""The resistance" speaking after a group is named is that group ("X fired rockets at a
base. The resistance vowed to continue its operations"); with no group named before,
or with a state named before, it names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _speakers(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kataib Hezbollah fired rockets at a US base on Saturday. The resistance vowed on "
     "Sunday to continue its operations.", "kataib-hezbollah"),
    ("The Houthis attacked a ship in the Red Sea. The resistance said it would not stop "
     "until the siege ends.", "houthis"),
    ("Hezbollah launched drones at a military post. The resistance warned that it would "
     "expand its strikes.", "hezbollah"),
])
def test_the_resistance_is_the_group_named_before(extract: Extract, text: str,
                                                  speaker: str) -> None:
    assert _speakers(extract(text)) == [[speaker]]


@pytest.mark.parametrize("text", [
    "Israel struck targets in Lebanon on Sunday. The resistance vowed to respond.",
    "The resistance vowed to respond.",
])
def test_the_resistance_with_no_group_before(extract: Extract, text: str) -> None:
    assert _speakers(extract(text)) == []

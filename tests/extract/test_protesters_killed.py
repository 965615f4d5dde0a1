"""Protesters killed: the protest is the occurrence, with its toll (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "killed", "place"),
    [
        ("Security forces killed 25 protesters in Baghdad on Friday.", 25, "baghdad"),
        ("Police shot dead three demonstrators in Basra on Sunday.", 3, "basra"),
        ("Six demonstrators were killed by security forces in Basra on Friday.", 6, "basra"),
    ],
)
def test_protesters_killed_tell_a_protest(extract: Run, text: str, killed: int,
                                          place: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["protest"]
    assert events[0].killed == killed
    assert events[0].location == place


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed two gunmen in Baghdad on Friday.",
        "Gunmen killed a protest leader in Karbala.",
    ],
)
def test_others_killed_tell_no_protest(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "protest"]


@pytest.mark.parametrize("text", [
    "Iran executed a protester on Monday.",
    "Iran hanged two protesters on Saturday.",
])
def test_a_protester_executed_is_an_execution(extract: Run, text: str) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == [("killing", "execution")]

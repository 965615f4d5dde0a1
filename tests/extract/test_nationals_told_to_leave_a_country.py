"""A state that tells its own people to leave a country takes them out of it, a decision
as "evacuated its diplomats" is ("Britain urged its nationals to leave Iran", "Canada
called on its citizens to leave Lebanon", "Iran told its diplomats to leave Baku"); an
envoy of another state told to leave is still expelled. Residents asked to leave their
homes, players to leave a city or a group's supporters to leave one are no such
decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Britain urged its nationals on Monday to leave Iran.", "united-kingdom"),
    ("Canada called on its citizens on Monday to leave Lebanon.", "canada"),
    ("Canada told its citizens on Monday to leave Lebanon while commercial flights are "
     "available.", "canada"),
    ("The US embassy in Beirut urged American citizens on Monday to leave Lebanon "
     "immediately.", "united-states"),
    ("Iran told its diplomats on Monday to leave Baku.", "iran"),
])
def test_own_people_told_to_leave(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("decision", [actor])]


def test_foreign_envoy_told_to_leave_is_expelled(extract: Extract) -> None:
    x = extract("Bahrain told the Iranian envoy on Monday to leave the country.")
    assert _statements(x) == [("expulsion", ["bahrain"])]


@pytest.mark.parametrize("text", [
    "The mayor urged residents on Monday to leave their homes.",
    "The coach urged his players on Monday to leave Madrid early.",
    "Hezbollah urged its supporters on Monday to leave Beirut.",
])
def test_no_one_taken_out_of_a_country(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []

"""A closure of a mission told in the passive, by the state named after "by", is that
state's decision ("the Iraqi embassy in Manama was closed by Bahrain"), as the active
form is; a ban or an embargo declared on a foe's ships or ports is a declared decision
("the Houthis declared a ban on Israeli-linked ships"). A road closed by the police, an
embassy closed for a holiday or a goal declared invalid decide nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Iraqi embassy in Manama was closed by Bahrain on Monday.", "bahrain"),
    ("The Kuwaiti consulate in Basra was shut by Kuwait on Monday.", "kuwait"),
    ("On Monday the Iranian embassy in Baku was closed by Azerbaijan.", "azerbaijan"),
])
def test_mission_closed_by_a_state(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("suspension", [actor])]


@pytest.mark.parametrize("text", [
    "The road was closed by the police on Monday.",
    "The embassy was closed on Monday for the holiday.",
])
def test_no_mission_closed_by_a_state(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "The Houthis declared a ban on Israeli-linked ships on Monday.",
    "The Houthis declared an embargo on Israeli ports on Monday.",
    "The Houthis declared on Monday a ban on all ships heading to Israel.",
])
def test_ban_declared(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == [("decision", ["houthis"])]


def test_goal_declared_invalid_is_no_decision(extract: Extract) -> None:
    assert _statements(extract("The referee declared the goal invalid on Monday.")) == []

"""Statements of a readiness to strike told with a bare force verb ("expressed its
readiness to strike Israel"), and a new stage of a fight whose opening is declared
("declared the start of a new phase of its campaign"). And what looks like them but is
none: a readiness to strike a deal or the ball, the start of a stage of a building work.
A sea or strait declared closed to a foe is a threat ("declared the Red Sea closed to
Israeli shipping"); a beach or a session declared closed is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import statements as _statements

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Hezbollah expressed its readiness to strike Israel on Thursday.", "hezbollah",
     "2024-02-08"),
    ("The Houthis declared their readiness to hit American warships.", "houthis", "2024-02"),
    ("Kataib Hezbollah reiterated its readiness to strike US bases on Monday.",
     "kataib-hezbollah", "2024-02-05"),
])
def test_a_declared_readiness_to_strike_is_a_threat(extract: Extract, text: str,
                                                    actor: str, date: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("threat", [actor], date)]


@pytest.mark.parametrize("text", [
    "Hezbollah expressed its readiness to strike a deal with the government.",
    "The striker expressed his readiness to strike the ball.",
    "The teachers union expressed its readiness to strike next month.",
])
def test_a_readiness_to_strike_no_foe_threatens_nothing(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text).events if e.subtype == "threat"]


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("The Houthis declared the start of a new phase of their campaign against Israel on "
     "Wednesday.", "houthis", "2024-02-07"),
    ("Hezbollah announced the beginning of the second stage of its operations against "
     "Israel.", "hezbollah", "2024-02"),
])
def test_the_declared_start_of_a_new_stage_is_announced(extract: Extract, text: str,
                                                        actor: str, date: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("announcement", [actor], date)]


@pytest.mark.parametrize("text", [
    "The ministry announced the start of the second phase of the road project.",
    "Analysts expected the start of a new phase of the war.",
])
def test_the_start_of_a_stage_of_works_or_foreseen_is_none(extract: Extract,
                                                          text: str) -> None:
    assert not _statements(extract(text))


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("The Houthis declared the Red Sea closed to Israeli shipping on Monday.", "houthis",
     "2024-02-05"),
    ("The Houthis declared the Gulf of Aden closed to British vessels on Tuesday.",
     "houthis", "2024-02-06"),
    ("The Houthis said they would close the Red Sea to American ships.", "houthis",
     "2024-02"),
])
def test_a_sea_declared_closed_to_a_foe_is_a_threat(extract: Extract, text: str,
                                                    actor: str, date: str) -> None:
    found = _statements(extract(text))
    assert [(e.subtype, e.actors, e.date) for e in found] == [("threat", [actor], date)]


@pytest.mark.parametrize("text", [
    "The mayor declared the beach closed to swimmers on Monday.",
    "The Houthis declared the session closed on Monday.",
    "The Houthis declared that the Red Sea had been closed by storms.",
])
def test_a_session_or_beach_declared_closed_threatens_nothing(extract: Extract,
                                                             text: str) -> None:
    assert not [e for e in extract(text).events if e.subtype == "threat"]

"""What is no blow told: a clause that describes who the doers are by their record, a
course set out as a risk or a fear."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(x: Extraction, etype: str) -> list[Event]:
    return [e for e in x.events if e.type == etype]


def test_doers_described_by_their_record_tell_no_blow(extract: Run) -> None:
    x = extract("The envoy pressed the prime minister to rein in the militias that have"
                " attacked American troops in Iraq since October.")
    assert _of(x, "attack") == []


def test_doers_described_by_a_blow_of_a_day_tell_it(extract: Run) -> None:
    x = extract("Militias attacked American troops at a base in western Iraq on Monday.")
    assert len(_of(x, "attack")) == 1


def test_a_course_set_out_as_a_risk_is_no_blow(extract: Run) -> None:
    for text in ("The risk is that a single lucky strike pushes both sides into a wider war.",
                 "The fear is that the militias attack the base again."):
        x = extract(text)
        assert [e for e in x.events if e.type in ("attack", "strike")] == [], text

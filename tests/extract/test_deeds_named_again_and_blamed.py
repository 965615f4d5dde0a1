"""A deed named again beside its clause ("an operation attributed to X") lays the deed at
X's door (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_an_operation_attributed_to_a_state_beside_a_killing(extract: Run) -> None:
    x = extract("A militia commander was killed by a roadside bomb in Homs in May 2011, an "
                "operation widely attributed to Israel.")
    assert one_event(x, "killing").attributed_to == ["israel"]


def test_an_operation_blamed_on_a_state_beside_a_killing(extract: Run) -> None:
    x = extract("A sniper killed a militia commander in Deir ez-Zor on Monday, an operation "
                "the group blamed on Israel.")
    assert one_event(x, "killing").attributed_to == ["israel"]


def test_a_person_described_as_linked_to_a_state_is_no_blame(extract: Run) -> None:
    x = extract("The commander, an operative long linked to Iran, was killed in a blast on "
                "Monday.")
    assert one_event(x, "killing").attributed_to == []

"""An attack someone gathers means "in preparation for" is planned, not done; one who
"prepares for an attack" braces for another's."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def test_arms_gathered_in_preparation_for_an_attack(extract: Run) -> None:
    x = extract("Police said the suspects had bought drones in preparation for an attack "
                "on a Jewish school in Antwerp.")
    ev = one_event(x, "plot")
    assert ev.subtype == "planned" and ev.location == "antwerp"
    assert [e for e in x.events if e.type == "attack"] == []


def test_a_flat_rented_in_preparation_for_attacks(extract: Run) -> None:
    x = extract("The cell rented a flat in Nicosia in preparation for attacks on Israeli "
                "targets, officials said.")
    assert [e.type for e in x.events if e.type in ("plot", "attack")] == ["plot"]


def test_bracing_for_an_attack_is_no_plot(extract: Run) -> None:
    x = extract("Jordan has been preparing for a drone attack by Iraqi militias for days.")
    assert [e for e in x.events if e.type in ("plot", "attack")] == []

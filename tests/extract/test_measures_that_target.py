"""A financial measure told by the verb "target": the Treasury and its sanctions office
target only by measures, any state body targets by sanctions when it says so, and a
measure named by its day targets as the measure itself (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _types(x: Extraction) -> list[str]:
    return [e.type for e in x.events]


@pytest.mark.parametrize(("text", "actors"), [
    ("The US Treasury on Tuesday targeted a network that smuggles Iranian oil for the "
     "Quds Force.", ["us-treasury"]),
    ("The State Department also targeted two Houthi officials with sanctions on Monday.",
     ["us-state-department"]),
    ("Today's action targets six people and two companies that finance Kataib "
     "Hezbollah, the Treasury said.", []),
    ("Thursday's action targeted a network of Houthi procurement agents.", []),
])
def test_a_measure_that_targets_is_a_sanction(extract: Extract, text: str,
                                              actors: list[str]) -> None:
    (event,) = extract(text).events
    assert (event.type, event.subtype) == ("sanction", "sanctions")
    assert event.actors == actors


@pytest.mark.parametrize("text", [
    "US action targeted militia depots near Qaim on Friday.",
    "Israel's action targeted Hamas leaders in Doha on Tuesday.",
    "Israeli military action targeted Hezbollah sites in southern Lebanon.",
    "The Pentagon targeted a network of tunnels near Gaza on Sunday.",
    "US warplanes targeted Houthi radar sites with precision munitions on Friday.",
])
def test_force_that_targets_stays_a_blow(extract: Extract, text: str) -> None:
    assert _types(extract(text)) == ["strike"]

"""Two blows of one day, one in a town and one in a region or province hundreds of
kilometres from it, are two occurrences: the region cannot hold the town. One told in
a town inside the region, or in the same town, is still the blow told before
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _attacks(x: Extraction) -> list[Event]:
    return sorted((e for e in x.events if e.type == "attack"), key=lambda e: e.evidence.start)


@pytest.mark.parametrize(("text", "places"), [
    ("The Islamic Resistance in Iraq claimed a drone attack on Eilat on Thursday. It also "
     "claimed an attack on a military base in the Golan Heights.",
     ["eilat", "golan-heights"]),
    ("Kataib Hezbollah claimed a drone attack on Eilat on Thursday. Later that day, the "
     "group claimed an attack on a military base in the Golan Heights.",
     ["eilat", "golan-heights"]),
    ("Hezbollah said it fired rockets at an army post in the Galilee on Monday. The group "
     "also said it had hit a military site in Eilat.", ["galilee", "eilat"]),
])
def test_a_blow_far_from_a_region_is_another(extract: Run, text: str,
                                             places: list[str]) -> None:
    assert [e.location for e in _attacks(extract(text))] == places


@pytest.mark.parametrize("text", [
    "Hezbollah fired rockets at the Galilee on Monday. The rockets hit Safed, the army said.",
    "The Islamic Resistance in Iraq claimed a drone attack on a base in the Golan Heights "
    "on Thursday. The group said the drones hit the base at Katzrin.",
])
def test_a_blow_in_a_town_of_the_region_is_the_same(extract: Run, text: str) -> None:
    assert len(_attacks(extract(text))) == 1

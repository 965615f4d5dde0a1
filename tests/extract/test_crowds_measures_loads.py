"""A crowd surrounding a building, sanctions told by what they came after, a designation
reversed, loads stopped on their way, arms made for a named receiver, and words
delivered that are no cargo (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2023-09-20").events]


@pytest.mark.parametrize("text", [
    "Hundreds of protesters surrounded the Swedish embassy in Baghdad on Friday.",
    "A crowd of militia supporters besieged the Kuwaiti consulate in Basra on Saturday.",
])
def test_crowd_around_a_building_protests(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["protest"]


@pytest.mark.parametrize("text", [
    "Troops surrounded the village near Tubas on Tuesday.",
    "Israeli forces besieged the hospital in Khan Younis for two weeks.",
    "Controversy surrounded the decision to expel the envoy.",
])
def test_forces_around_a_place_no_protest(extract: Run, text: str) -> None:
    assert "protest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The sanctions came after the Houthis attacked ships in the Gulf of Aden.",
    "New British sanctions on Hamas came two days after the rocket attack on Ashkelon.",
    "The State Department reversed the designation of the Houthis on March 16.",
    "Canada revoked the group's terrorist designation in 2019.",
])
def test_measures_taken(extract: Run, text: str) -> None:
    assert "sanction" in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The sanctions have come under criticism from aid groups.",
    "Sanctions follow a pattern of defiance, analysts said.",
    "The designation has long been debated in parliament.",
    "The court reversed the ruling on Monday.",
])
def test_measures_only_talked_of(extract: Run, text: str) -> None:
    assert "sanction" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The Saudi navy stopped a dhow carrying Iranian rifles to the Houthis in the Red Sea.",
    "A shipment of Iranian rockets bound for Hezbollah was stopped by Cypriot police on "
    "January 11.",
    "The drone engines were made for the Houthis by a firm in Shiraz.",
    "The missiles were manufactured in Iran for Hezbollah, investigators said.",
])
def test_loads_stopped_and_arms_made_for_a_receiver(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "Israeli forces stopped the rocket fire from Lebanon.",
    "Washington vowed to stop any shipment of weapons to the Houthis.",
    "The navy did not stop the shipment of rifles to the militia.",
    "Iran makes its own drones at a plant near Shiraz.",
    "Hezbollah has built a vast arsenal of rockets since 2006.",
    "IRGC commander Hossein Salami delivered a warning to US forces on Monday.",
    "The envoy delivered a message from Tehran to the Houthis on Monday.",
])
def test_no_transfer(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)

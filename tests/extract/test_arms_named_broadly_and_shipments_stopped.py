"""Arms named by a broad word or by a military modifier, and shipments of arms stopped on
their way (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2024-06-10").events]


@pytest.mark.parametrize("text", [
    "Tehran sent advanced weaponry to the militia in March.",
    "Iran provided the rebels with military equipment in March.",
    "The Quds Force gave the group firearms and ordnance in April.",
    "The militia received armaments from Iran in May.",
    "Iran provided Hamas with military aid in 2023.",
    "The IRGC sent military supplies to the Houthis in January.",
    "Iran provided the group with military technology in January.",
    "Iran provided the Houthis with military support and expertise in 2023.",
    "Russia gave the Syrian army defence support in March.",
])
def test_arms_named_broadly(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "Iran sent humanitarian aid to Lebanon in January.",
    "The EU approved financial assistance to Lebanon's army on Monday.",
    "Qatar provided the hospital with medical equipment in March.",
    "The United States provided political support to Israel in March.",
    "The hunters fired their guns into the air on Monday.",
])
def test_goods_that_are_no_arms(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Jordanian forces stopped a shipment of weapons from Syria on Monday.",
    "US forces captured a shipment of Iranian missile parts on Monday.",
    "Customs officers stopped a consignment of rifles at the port on Sunday.",
])
def test_shipment_of_arms_stopped(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


def test_arms_bound_somewhere_intercepted_by_their_origin(extract: Run) -> None:
    x = extract("The navy intercepted Iranian weapons bound for Yemen on Monday.",
                published="2024-06-10")
    assert one_event(x, "transfer").actors == ["iran"]


@pytest.mark.parametrize("text", [
    "Police stopped a shipment of medicine on Monday.",
    "The navy stopped a delivery of fuel to Syria on Monday.",
    "The army captured a cache of weapons in a house in Jenin on Monday.",
])
def test_other_loads_stopped(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)

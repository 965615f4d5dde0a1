"""Supplies told as done in a perfect form ("is believed to have supplied", "had been
smuggled to X by Y") and sites scouted for a plot (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2023-09-20").events]


@pytest.mark.parametrize("text", [
    "Iran is believed to have supplied the drones to the Houthis.",
    "Iran is said to have sent fighters to Syria.",
    "The rockets had been smuggled to Hamas by the Quds Force.",
    "The Houthis had been given cruise missiles by Iran before the war.",
])
def test_supplies_told_done(extract: Run, text: str) -> None:
    assert "transfer" in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Iran is believed to have long supplied the group.",
    "Analysts think Iran will have supplied the drones by then.",
    "Iran had long funded Hamas.",
    # a supply that is not believed or said to have been made
    "Iran is not believed to have supplied the drones to the Houthis.",
    "Iran was never thought to have shipped rifles to the Houthis.",
])
def test_supplies_of_no_time(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


def test_sites_scouted_for_a_plot(extract: Run) -> None:
    text = "Police said the suspects had posed as tourists while scouting Jewish sites in Rome."
    assert _types(extract, text) == ["plot"]

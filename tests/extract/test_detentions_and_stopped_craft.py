"""Craft stopped with arms aboard and detentions told in other tenses (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2024-06-10").events]


@pytest.mark.parametrize("text", [
    "The frigate intercepted a boat carrying weapons in the Gulf of Aden on 12 March.",
    "Coastguards stopped a skiff carrying rifles off Mukalla on 3 April.",
    "The patrol stopped a trawler laden with mortar rounds near Assab on Sunday.",
])
def test_craft_with_arms_stopped(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "Police stopped a truck near the border crossing on Friday.",
    "Police stopped a truck carrying vegetables near the border crossing on Friday.",
    "The navy intercepted a boat carrying migrants off Zuwara on Friday.",
    "Police stopped a lorry laden with melons near the border crossing on Friday.",
])
def test_other_craft_stopped(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)

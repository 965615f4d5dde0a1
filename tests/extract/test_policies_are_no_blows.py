"""A law, a decision or a drive that "targets" people deals no blow (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "The new law targeted foreign-funded charities.",
        "The campaign targeted young voters.",
        "The decision targeted migrants.",
    ],
)
def test_a_policy_targeting_people_is_no_attack(extract: Run, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        "The drone campaign targeted US bases in Syria.",
        "The attack targeted a US base in Syria.",
    ],
)
def test_a_blow_targeting_a_base_stays(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["attack"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The decision designated Kataib Hezbollah a terrorist group.", "sanction"),
        ("The order froze the assets of three Iranian banks.", "sanction"),
    ],
)
def test_a_policy_may_still_sanction(extract: Run, text: str, etype: str) -> None:
    assert [e.type for e in extract(text).events] == [etype]

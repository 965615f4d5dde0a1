"""Sanctions told as just taken ("new US sanctions target three firms"), makers a measure
reaches, groups added to a terrorism list, and training given to a named receiver
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2023-09-20").events]


@pytest.mark.parametrize("text", [
    "New US sanctions target three Lebanese money exchangers.",
    "Fresh Canadian sanctions target two Syrian shipping firms.",
    "Fresh EU sanctions target two Iranian drone makers on Tuesday.",
    "Australia added the Houthis to its terrorism list on Monday.",
])
def test_measures_just_taken(extract: Run, text: str) -> None:
    assert "sanction" in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The new sanctions target the network that Ottawa described last month.",
    "These fresh sanctions target the oil trade, economists said.",
    "US sanctions target three Lebanese companies.",
    "New sanctions on the oil sector could come next month.",
    "Australia is considering adding the Houthis to its terrorism list.",
])
def test_measures_not_taken_here(extract: Run, text: str) -> None:
    assert "sanction" not in _types(extract, text)


@pytest.mark.parametrize(("text", "giver", "taker"), [
    ("The IRGC provided training to Iraqi militiamen in 2021.",
     "islamic-revolutionary-guard-corps", "iran-aligned-militias-in-iraq"),
    ("Iran provided military training to Hezbollah fighters last year.", "iran", "hezbollah"),
])
def test_training_given(extract: Run, text: str, giver: str, taker: str) -> None:
    ev = one_event(extract(text, published="2023-09-20"), "transfer")
    assert giver in ev.actors
    assert taker in ev.target_actors


@pytest.mark.parametrize("text", [
    "Iran provides training to the Houthis.",
    "The ministry provided training to teachers in 2021.",
])
def test_training_not_given_here(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Qatar funded the militia with $30 million in 2019.",
    "Tehran bankrolled the group with $15 million last year.",
])
def test_sum_given_to_an_unnamed_group(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


def test_sum_paid_to_hired_men_is_no_funding(extract: Run) -> None:
    assert "transfer" not in _types(
        extract, "The gang paid two men $4,000 to set fire to the warehouse.")

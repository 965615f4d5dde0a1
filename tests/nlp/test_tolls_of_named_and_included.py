"""Tolls told as the one named and the others, or with a remark on who was among the dead
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.nlp.numbers import injured_count, killed_count


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An Israeli drone strike killed Saleh al-Arouri and six others in Beirut.", 7),
        ("The strike killed Sayyed Razi Mousavi and two of his bodyguards.", 3),
        ("The drone strike in Baghdad killed Abu Baqir al-Saadi and two others.", 3),
        ("Seven people, including senior IRGC commander Mohammad Reza Zahedi, were killed "
         "in the Israeli strike on the consulate in Damascus.", 7),
        ("Three IRGC officers, among them a general, were killed.", 3),
    ],
)
def test_the_named_and_the_others_all_count(text: str, killed: int) -> None:
    assert killed_count(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed Ali Hassan and two others were wounded.",
        "The strike, including two missiles, hit the base.",
    ],
)
def test_no_toll_beyond_what_is_told(text: str) -> None:
    assert killed_count(text) is None


def test_a_remark_on_the_wounded_keeps_their_count() -> None:
    assert injured_count("Twelve people, including three children, were wounded.") == 12

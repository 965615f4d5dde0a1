"""A site told again by its bare noun after the text named it with its town: "near the
consulate in Oslo ... a man threw a firebomb at the consulate again" (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("In February, officers found a pipe bomb near the consulate in Oslo. In late "
         "March, a man threw a firebomb at the consulate again.", "oslo"),
        ("Last month, guards found a hand grenade outside the embassy in Helsinki. On "
         "Monday, shots were fired at the embassy.", "helsinki"),
        ("In May, a parcel bomb was found near the consulate in Antwerp, and in early July "
         "a man threw petrol bombs at the consulate.", "antwerp"),
        ("A crowd gathered outside the synagogue in Leipzig on Friday. On Saturday, a man "
         "set fire to the door of the synagogue.", "leipzig"),
    ],
)
def test_the_site_stands_where_it_was_named(extract: Run, text: str, where: str) -> None:
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert [e.location for e in attacks][-1:] == [where]


def test_another_site_noun_takes_no_town(extract: Run) -> None:
    text = ("In February, officers found a pipe bomb near the consulate in Oslo. In late "
            "March, a man threw a firebomb at the school.")
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert attacks and attacks[-1].location != "oslo"

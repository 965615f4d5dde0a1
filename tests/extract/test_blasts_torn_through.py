"""Blasts told by what they tore through or by a participle in a sentence the parser
left without a verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("A car bomb ripped through a market in Kirkuk on Thursday, killing six people.",
         "kirkuk"),
        ("A suicide car bomb tore through a checkpoint in Mogadishu on Friday.", "mogadishu"),
        ("An improvised explosive device detonated next to a supply convoy near Tikrit on "
         "Sunday.", "tikrit"),
    ],
)
def test_a_blast_that_tears_through_a_place_is_an_attack(extract: Run, text: str,
                                                         location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("attack", location)


@pytest.mark.parametrize(
    "text",
    [
        "Rumours ripped through the town on Thursday.",
        "The storm tore through the coastal villages on Friday.",
    ],
)
def test_what_tears_through_a_place_must_be_a_weapon(extract: Run, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Two loud explosions were heard near the Harir air base on Wednesday night.",
         "harir-air-base"),
        ("An explosion was reported at Baghdad airport early on Saturday.",
         "baghdad-international-airport"),
    ],
)
def test_a_blast_heard_at_a_site_is_an_attack(extract: Run, text: str,
                                              location: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.location) == ("attack", location)


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard in the city on Wednesday night.",
        "Explosions have been heard near the air base for weeks.",
        "An explosion was heard at the refinery after a gas leak on Saturday.",
        "No explosion was reported at the air base on Saturday.",
    ],
)
def test_a_heard_blast_needs_a_site_a_day_and_no_accident(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "attack"] == []

"""Three wordings: a crowd's storming attempt, an official received or hosted, and an
explosion told by what it rocked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators tried to storm the Danish embassy in Tehran after a book burning.",
        "Hundreds of protesters attempted to break into the French consulate in Basra.",
    ],
)
def test_a_crowds_storming_attempt_is_a_protest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["protest"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Marines stormed the cargo ship off the coast of Oman.", "attack"),
        ("Gunmen tried to storm a police station in Zahedan.", "plot"),
        ("A mob ransacked the Kuwaiti consulate in Mashhad.", "attack"),
    ],
)
def test_force_by_others_or_done_stays_what_it_is(extract: Run, text: str, etype: str) -> None:
    assert [e.type for e in extract(text).events] == [etype]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthi leader received an Iraqi delegation in Sanaa on Monday.",
        "The Hezbollah chief received the Iranian foreign minister in Beirut.",
        "Iran hosted a Hamas delegation in Tehran on Monday.",
    ],
)
def test_receiving_or_hosting_officials_is_a_meeting(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia received funds from Tehran.",
        "The group received praise from its allies.",
    ],
)
def test_receiving_things_is_no_meeting(extract: Run, text: str) -> None:
    assert "meeting" not in [e.type for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Explosions rocked an arms depot of the Houthis near Sanaa overnight.",
        "A powerful blast tore through a Hezbollah warehouse in Tyre on Friday.",
    ],
)
def test_an_explosion_that_rocked_a_site_is_an_attack(extract: Run, text: str) -> None:
    assert [(e.type, e.actors) for e in extract(text).events] == [("attack", [])]


@pytest.mark.parametrize(
    "text",
    [
        "The disclosures rocked the cabinet in Baghdad.",
        "An explosion rocked a refinery in Abadan after a gas leak.",
        "An explosion of anger rocked Tehran.",
        "An explosion at a chemical plant caused by a leak killed two workers.",
    ],
)
def test_figurative_or_accidental_explosions_are_no_event(extract: Run, text: str) -> None:
    assert extract(text).events == []

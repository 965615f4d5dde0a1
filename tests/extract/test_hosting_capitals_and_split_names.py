"""Meetings whose host is a capital standing for its state ("Tehran hosted X"), and
meetings of parties whose names the parse tears in two (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _meetings(run: Run, text: str) -> list[tuple[list[str], str | None]]:
    return [(e.actors, e.location) for e in run(text).events if e.type == "meeting"]


@pytest.mark.parametrize(("text", "state", "guest", "city"), [
    ("Tehran hosted Hamas leader Ismail Haniyeh on Tuesday.", "iran", "ismail-haniyeh",
     "tehran"),
    ("Damascus received a Hezbollah delegation on Sunday.", "syria", "hezbollah", "damascus"),
    ("Damascus on Sunday hosted a delegation from Hamas.", "syria", "hamas", "damascus"),
    ("Baghdad hosted a Houthi delegation last week.", "iraq", "houthis", "baghdad"),
])
def test_a_capital_that_receives_guests_stands_for_its_state(
        extract: Run, text: str, state: str, guest: str, city: str) -> None:
    found = _meetings(extract, text)
    assert any(state in actors and guest in actors and where == city
               for actors, where in found), found


@pytest.mark.parametrize("text", [
    "The base outside Baghdad hosts American troops.",
    "Tehran hosted a football match on Tuesday.",
    "Hezbollah officials met in Beirut on Monday.",
])
def test_a_capital_hosting_no_officials_is_no_party(extract: Run, text: str) -> None:
    found = _meetings(extract, text)
    assert not any(s in actors for actors, _w in found for s in ("iran", "iraq", "lebanon")), \
        found


@pytest.mark.parametrize(("text", "parties"), [
    ("Kataib Hezbollah and Asaib Ahl al-Haq met in Baghdad on Monday.",
     {"kataib-hezbollah", "asaib-ahl-al-haq"}),
    ("Leaders of Hamas and Asaib Ahl al-Haq met in Beirut last week.",
     {"hamas", "asaib-ahl-al-haq"}),
])
def test_a_name_split_by_the_parse_keeps_both_parties(extract: Run, text: str,
                                                      parties: set[str]) -> None:
    found = _meetings(extract, text)
    assert any(parties <= set(actors) for actors, _w in found), found

"""Blows told in a list: a "strike" listed with or among a group's attacks, with no
doer named for it, is one of those attacks; listed with a state's attacks, or done by a
named state, it stays a strike."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Since March, the militias have used rockets in several attacks on US troops in "
         "Syria, including an attack on the Conoco field in March and a strike on the "
         "al-Tanf garrison in April.", "al-tanf-garrison"),
        ("Gunmen have hit coalition bases in Syria with rockets, including a strike on the "
         "al-Tanf garrison in June and an attack on the Conoco field in July.",
         "al-tanf-garrison"),
    ],
)
def test_a_strike_listed_with_attacks_is_an_attack(extract: Run, text: str,
                                                   site: str) -> None:
    found = [e for e in extract(text).events if e.location == site]
    assert [e.type for e in found] == ["attack"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Israeli attacks on southern Lebanon, including a strike on Tyre on Monday, "
         "killed five people.", "tyre"),
        ("Israel carried out an attack on a Hezbollah depot and a strike on a truck near "
         "Nabatieh on Monday.", "nabatieh"),
    ],
)
def test_a_strike_listed_with_a_states_attacks_stays_a_strike(extract: Run, text: str,
                                                              site: str) -> None:
    found = [e for e in extract(text).events if e.location == site]
    assert found
    assert {e.type for e in found} == {"strike"}

"""An attack whose doers only its claimants name is known by their word (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _attack(extraction: Extraction) -> Event:
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    return attack


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic Resistance in Iraq said in a statement that it had attacked a vital "
        "target in Eilat.",
        "Kataib Hezbollah claimed it in a statement.",
    ],
)
def test_an_attack_claimed_by_its_only_named_doers_is_claimed(extract: Run,
                                                             claim: str) -> None:
    attack = _attack(extract("A drone struck the Israeli port of Eilat on Sunday. " + claim))
    assert attack.claimed_by
    assert attack.certainty == "claimed"


def test_an_attack_told_with_its_doers_stays_confirmed(extract: Run) -> None:
    attack = _attack(extract("Kataib Hezbollah fired rockets at Ain al-Asad air base on "
                             "Monday. The Islamic Resistance in Iraq later claimed "
                             "responsibility."))
    assert attack.certainty == "confirmed"


def test_an_attack_reported_by_a_source_stays_reported(extract: Run) -> None:
    attack = _attack(extract("Two rockets struck near Ain al-Asad air base on Tuesday, "
                             "Iraqi security sources said. The Islamic Resistance in Iraq "
                             "later said it had targeted the base with rockets."))
    assert attack.certainty == "reported"

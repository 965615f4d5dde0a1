"""A vow or threat told beside the mourning of the dead ("buried the commander, vowing
revenge", "held a funeral for him, threatening to strike US bases") is the mourners'
own declaration; beside a deed ("struck X, vowing more strikes") it is not, and a vow
of no deed to come ("vowing to seek justice in court") threatens no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _threats(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "threat"]


@pytest.mark.parametrize(("text", "actors"), [
    ("Hamas and Islamic Jihad mourned the two commanders on Tuesday, vowing to avenge "
     "their deaths.", ["hamas", "palestinian-islamic-jihad"]),
    ("Hezbollah held a funeral for the slain commander in Dahiyeh on Friday, vowing revenge.",
     ["hezbollah"]),
    ("Asaib Ahl al-Haq buried three of its men in Najaf on Sunday, threatening to hit US "
     "bases in Iraq.", ["asaib-ahl-al-haq"]),
])
def test_a_vow_beside_mourning_is_a_threat(extract: Extract, text: str,
                                           actors: list[str]) -> None:
    assert _threats(extract(text)) == [actors]


@pytest.mark.parametrize("text", [
    "Israeli jets pounded Khiam on Sunday, vowing more strikes.",
    "The family mourned the victim on Monday, vowing to seek justice in court.",
])
def test_no_threat_beside_a_deed_or_without_one(extract: Extract, text: str) -> None:
    assert _threats(extract(text)) == []

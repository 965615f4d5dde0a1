"""An urging read as a call is: on one's own people or a people to take up arms, to
take to the streets or to stop, or on anyone to break with a foe; other urgings
("urged restraint", "urged shippers to avoid the sea") declare nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _statements(x: Extraction) -> list[tuple[str | None, list[str]]]:
    return [(e.subtype, e.actors) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Houthis urged Muslim states to sever ties with Washington.", "houthis"),
    ("Muqtada al-Sadr urged his followers to take to the streets of Basra.",
     "muqtada-al-sadr"),
    ("Hezbollah urged Lebanese citizens to resist the occupation.", "hezbollah"),
    ("The Iraqi parliament urged the government to expel US troops.", "iraqi-parliament"),
])
def test_an_urging_to_act_is_a_call(extract: Extract, text: str, actor: str) -> None:
    assert _statements(extract(text)) == [("call", [actor])]


@pytest.mark.parametrize("text", [
    "The Houthis urged shipping companies to avoid the Red Sea.",
    "The UN urged both sides to show restraint.",
    "Iran urged the international community to condemn the strike.",
    "Qatar urged Hamas to accept the proposal.",
])
def test_other_urgings_are_none(extract: Extract, text: str) -> None:
    assert _statements(extract(text)) == []

"""A call on states told by their people's name to back a fight ("called on Arab
countries to support the resistance", "on Islamic nations to back the resistance"), and
a call on a people to unite or stand against a foe ("urged Muslims to unite against the
occupation", "to stand against the aggression"). A call to back a peace plan or a
people's cause, or to unite against hatred, asks for no fight."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _calls(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "call"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ismail Haniyeh called on Arab countries to support the resistance on Sunday.",
     "ismail-haniyeh"),
    ("Khamenei called on Islamic nations to back the resistance against Israel.",
     "ali-khamenei"),
    ("Hezbollah urged Muslims to unite against the occupation on Monday.", "hezbollah"),
    ("The Houthis urged Yemenis to stand against the aggression.", "houthis"),
    ("Kataib Hezbollah called on its supporters to unite against the American occupiers.",
     "kataib-hezbollah"),
])
def test_call_to_back_or_join_a_fight(extract: Extract, text: str, actor: str) -> None:
    assert _calls(extract(text)) == [[actor]]


@pytest.mark.parametrize("text", [
    "The mayor urged residents to unite against hatred.",
    "The minister called on Arab countries to support the peace plan.",
    "Nasrallah called on Arab states to support the Palestinian people.",
    "The coach urged his players to stand against the wall.",
])
def test_no_fight_called_for(extract: Extract, text: str) -> None:
    assert _calls(extract(text)) == []

"""A country named as the owner of factions or militias ("Iraq's armed factions") says
where they are, as its adjective does: when they speak, with no group named before,
they are the label the pack keeps for that country's armed groups, and the state itself
is never among them, whether they speak or act. A country's army or government is the
state's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _speakers(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "Iraq's armed factions warned on Sunday that they would target US forces.",
    "Iraq's militias vowed to continue their attacks on the coalition.",
    "Iraq's factions threatened to resume their attacks on American bases.",
])
def test_owned_factions_speak_as_the_collective(extract: Extract, text: str) -> None:
    assert _speakers(extract(text)) == [["iran-aligned-militias-in-iraq"]]


@pytest.mark.parametrize(("text", "state"), [
    ("Lebanon's armed factions warned that they would respond to any incursion.", "lebanon"),
    ("Syria's militias attacked the town on Monday.", "syria"),
    ("Kataib Hezbollah fired rockets at a US base. Iraq's factions warned that they would "
     "target US forces.", "iraq"),
])
def test_owner_country_is_no_actor(extract: Extract, text: str, state: str) -> None:
    assert not any(state in e.actors for e in extract(text).events)


def test_a_countrys_government_still_speaks_for_it(extract: Extract) -> None:
    found = _speakers(extract("Iraq's government warned that it would expel the ambassador."))
    assert found == [["iraqi-government"]]

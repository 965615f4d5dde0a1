""""The army" named by its noun alone in a report filed from a capital ("BEIRUT, May 2
- ... The army said it had detained ...") is the army of that capital's state, when no
body of another state was named before; without a dateline, or after another state's
forces, it reads as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _arrest_actors(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "arrest"]


@pytest.mark.parametrize("text", [
    "BEIRUT, May 2 (Harbour Wire) - Armed men fired on a march by supporters of Hezbollah "
    "near a roundabout. The army, which deployed armoured vehicles in the district, said "
    "on Sunday it had detained six people.",
    "BEIRUT, May 2 - The army said on Sunday it had detained six men after a night of "
    "clashes.",
])
def test_the_army_of_the_dateline_capital(extract: Extract, text: str) -> None:
    assert _arrest_actors(extract(text)) == [["lebanese-armed-forces"]]


def test_no_dateline_leaves_the_army_untold(extract: Extract) -> None:
    x = extract("Armed men fired on a march by supporters of Hezbollah. The army said on "
                "Sunday it had detained six people.")
    assert ["lebanese-armed-forces"] not in _arrest_actors(x)


def test_another_states_body_named_before(extract: Extract) -> None:
    x = extract("BEIRUT, May 2 - The US State Department condemned the clashes. The army "
                "said on Sunday it had detained six people.")
    assert ["lebanese-armed-forces"] not in _arrest_actors(x)

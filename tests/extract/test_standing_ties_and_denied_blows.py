"""No occurrence: a habit or a standing tie told in a relative clause in the present, a
blow whose munition is denied by "no", and a protest that is a state's diplomacy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(("text", "expected"), [
    # a standing supply described in a relative clause: the tie, no delivery
    ("Israeli jets bombed depots near Baalbek belonging to Hezbollah, which is armed by "
     "Iran, on Thursday.", ["strike"]),
    ("Hezbollah, which is financed and trained by Iran, said on Tuesday it had shelled an "
     "Israeli post.", ["attack"]),
    ("The group, long supplied with rockets by Iran, has built up a large arsenal.", []),
    # a habit of the antecedent, in the simple present (the supply charged is told)
    ("Washington accuses Tehran of arming the militias that attack its troops.",
     ["transfer"]),
    ("The militia, which fires rockets at the airport, is led by a former minister.", []),
    # but a deed done, or one with a day of its own, is told
    ("The militia, which fired rockets at the airport on Monday, is led by a former "
     "minister.", ["attack"]),
    ("The militias that attacked the convoy near Samarra on Friday are backed by Iran.",
     ["attack"]),
    ("The brigade, whose fighters have fired drones at Erbil airport, is led by a former "
     "minister.", ["attack"]),
])
def test_relative_clauses_in_the_present(extract: Run, text: str,
                                         expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said no rockets were fired at the base overnight.", []),
    ("No drones hit the port of Aqaba on Sunday, the army said.", []),
    ("Officials said two rockets were fired at the base overnight.", ["attack"]),
    ("Drones hit the port of Aqaba on Sunday, the army said.", ["attack"]),
])
def test_a_blow_denied_by_no(extract: Run, text: str, expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon protested to the UN Security Council over Israeli overflights.", []),
    ("Jordan protested to the United Nations over the incursion on Monday.", []),
    ("The foreign ministry strongly protested the decision to close the embassy.", []),
    ("Hundreds of nurses protested in Shiraz on Wednesday over unpaid wages.",
     ["protest"]),
    ("Supporters of the Sadrist movement protested outside the Turkish embassy in Baghdad "
     "on Sunday.", ["protest"]),
    # a state's people, named by their demonym, are a crowd
    ("Lebanese protested outside parliament in Beirut on Sunday.", ["protest"]),
    ("Iraqis protested outside the Turkish embassy in Baghdad on Sunday.", ["protest"]),
    ("Jordanians protested near the Israeli embassy in Amman on Friday.", ["protest"]),
])
def test_a_state_that_protests_holds_no_demonstration(extract: Run, text: str,
                                                      expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected

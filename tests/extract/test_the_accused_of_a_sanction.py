"""Whom a measure accuses of a supply does it, not who lays the measure (sentences
written for these tests).

"The Treasury sanctioned X, accusing it of moving weapons for Y": the pronoun the
participle of accusing takes stands for the object of the clause it hangs on (X), not
for the party named last; and who accuses never supplies ("sanctioned a network ...,
accusing it of moving money to the Houthis" names no supplier when the network is no
party named)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("The Treasury on Monday sanctioned Fly Baghdad, accusing it of moving weapons for"
         " the Quds Force.", "fly-baghdad"),
        ("The Treasury on Monday accused Kataib Hezbollah of smuggling drones into Syria.",
         "kataib-hezbollah"),
    ],
)
def test_the_accused_supplies(extract: Run, text: str, supplier: str) -> None:
    assert one_event(extract(text), "transfer").actors == [supplier]


def test_who_accuses_an_unnamed_network_supplies_nothing(extract: Run) -> None:
    ev = one_event(extract("The Treasury on Monday sanctioned a network run by a Yemeni"
                           " trader, accusing it of moving millions of dollars to the"
                           " Houthis."), "transfer")
    assert "us-treasury" not in ev.actors

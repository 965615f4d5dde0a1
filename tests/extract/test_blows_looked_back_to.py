"""A blow told in the "when" clause of the time a deed looks back to ("Israeli air strikes
on Tyre have been rare since February, when an air strike on the same port killed Y") is a
deed of the same doer, when it is told as the same kind of deed and hits the same place,
and never when it strikes the doer's own people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli air strikes on Tyre have been rare since February, when an air strike on "
         "the same port killed two Hezbollah commanders.", {"israel"}),
        ("American drone strikes in Anbar have been few since March, when a drone strike in "
         "Anbar killed a Kata'ib Hezbollah commander.", {"united-states"}),
    ],
)
def test_the_doer_of_the_deed_looking_back(extract: Run, text: str, expected: set[str]
                                           ) -> None:
    x = extract(text, published="2024-06-20")
    earlier = [e for e in x.events if (e.date or "9") < "2024-06"]
    assert [parties(e) for e in earlier] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the other side's blow: a rocket, and it kills the doer's own people
        "Sunday's raid was the first Israeli strike on Gaza since April, when a rocket killed "
        "two Israeli farmers near Sderot.",
        # another kind of deed
        "Israeli air strikes on Tyre have been rare since February, when a rocket attack on "
        "the same port killed two Hezbollah commanders.",
        # another place
        "Israeli air strikes on Tyre have been rare since February, when an air strike on "
        "Sidon killed two Hezbollah commanders.",
        # the doer's own people
        "Israeli air strikes on Tyre have been rare since February, when an air strike on "
        "the same port killed two Israeli soldiers.",
        # the deed looking back names no doer
        "Air strikes on Tyre have been rare since February, when an air strike on the same "
        "port killed two Hezbollah commanders.",
        # no deed looks back: a price rise is no blow
        "Fuel prices have risen in Tyre since February, when an air strike on the same port "
        "killed two Hezbollah commanders.",
    ],
)
def test_no_doer_lent_to_another_blow(extract: Run, text: str) -> None:
    x = extract(text, published="2024-06-20")
    earlier = [e for e in x.events if (e.date or "9") < "2024-06"]
    assert earlier
    assert all(not parties(e) for e in earlier)

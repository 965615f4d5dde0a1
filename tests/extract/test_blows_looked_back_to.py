"""A blow told in the "when" clause of the time a deed looks back to ("the first Israeli
strike on X since January, when a drone strike killed Y") is a deed of the same doer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Tuesday's raid was the first Israeli strike near Sidon since March, when a drone "
         "hit a car and killed Hamas official Khalil Haddad.", "killing", {"israel"}),
        ("The bombing of the depot is the heaviest American strike in Anbar since March, "
         "when an air strike killed a Kata'ib Hezbollah commander near Qaim.", "killing",
         {"united-states"}),
    ],
)
def test_the_doer_of_the_deed_looking_back(extract: Run, text: str, event_type: str,
                                           expected: set[str]) -> None:
    x = extract(text)
    earlier = [e for e in x.events if e.type == event_type]
    assert [parties(e) for e in earlier] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the deed looking back names no doer
        "Tuesday's raid was the first strike near Sidon since March, when a drone hit a car "
        "and killed Hamas official Khalil Haddad.",
        # no deed looks back: a price rise is no blow
        "Fuel prices have risen since March, when a drone strike killed Hamas official "
        "Khalil Haddad in Sidon.",
    ],
)
def test_no_doer_without_a_deed_of_a_named_doer(extract: Run, text: str) -> None:
    assert parties(one_event(extract(text), "killing")) == set()

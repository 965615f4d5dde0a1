"""An unnamed holder of a body's leading title who speaks ("the commander of X vowed
revenge") speaks for the body; one who is acted on ("killed the commander of X") is a
man, not the body (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties

Extract = Callable[..., Extraction]


def _statement_parties(x: Extraction) -> list[set[str]]:
    return [parties(e) for e in x.events if e.type == "statement"]


@pytest.mark.parametrize(("text", "body"), [
    ("The commander of the Quds Force vowed on Thursday to avenge the slain general.",
     "quds-force"),
    ("The leader of Hezbollah warned that the group would answer any incursion.",
     "hezbollah"),
    ("The commander of the IRGC navy denied any role in the seizure of the tanker.",
     "irgc-navy"),
])
def test_unnamed_title_holder_speaks_for_the_body(extract: Extract, text: str,
                                                  body: str) -> None:
    assert {body} in _statement_parties(extract(text))


def test_body_of_a_leaders_title_speaks_instead_of_its_state(extract: Extract) -> None:
    x = extract("The head of the Revolutionary Guards' aerospace force said Iran would "
                "respond to the raid.")
    found = _statement_parties(x)
    assert any("islamic-revolutionary-guard-corps" in a for a in found)
    assert not any("iran" in a for a in found)


@pytest.mark.parametrize("text", [
    "Israeli jets killed the commander of the Quds Force in Damascus on Monday.",
    "The commander of Kataib Hezbollah was killed in a drone strike near Baghdad on "
    "Friday.",
])
def test_title_holder_acted_on_is_no_actor(extract: Extract, text: str) -> None:
    x = extract(text)
    assert x.events
    assert not any(parties(e) & {"quds-force", "kataib-hezbollah"} for e in x.events)

"""A state body named once and then told again by its bare noun ("the ministry", "the
embassy") still denies or decides for the body, even through a verb that needs its doer
named ("dismissed the charges"); and a capital's embassy, mission or ministry ("Tehran's
embassy in Oslo") speaks for its state. A noun with no body before it names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _denials(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "denial"]


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry spoke to reporters on Monday. The ministry dismissed the "
    "allegations as baseless.",
    "Britain summoned Iran's ambassador on Friday. Iran's foreign ministry voiced anger. "
    "The ministry dismissed the charges as lies.",
    "Iran's foreign ministry issued a note on Sunday. The ministry later dismissed the "
    "report.",
])
def test_the_ministry_told_again_dismisses_for_the_body(extract: Extract, text: str) -> None:
    assert _denials(extract(text)) == [["iranian-foreign-ministry"]]


def test_a_bare_ministry_with_none_before_denies_for_no_one(extract: Extract) -> None:
    x = extract("Rockets hit a village in the north on Monday. The ministry dismissed the "
                "allegations as baseless.")
    assert _denials(x) == []


@pytest.mark.parametrize(("text", "state"), [
    ("Tehran's embassy in Oslo rejected the claims on Thursday.", "iran"),
    ("Damascus's embassy in Amman denied the charges.", "syria"),
    ("Tehran's mission to the United Nations dismissed the accusations as lies.", "iran"),
])
def test_a_capitals_embassy_speaks_for_its_state(extract: Extract, text: str,
                                                  state: str) -> None:
    assert [state] in _denials(extract(text))

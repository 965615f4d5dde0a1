"""Who sanctions when the sentence does not say: the state the sentence before tells
acting, or the body that says it "targeted" a party's finances (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _sanctions(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "sanction"]


def test_a_sanction_naming_no_one_is_the_acting_states_told_before(extract: Run) -> None:
    assert _sanctions(extract("Britain moved against Hezbollah's finances on Monday. Two "
                              "Lebanese businessmen were sanctioned for funding the group.")) \
        == [["united-kingdom"]]


@pytest.mark.parametrize("text", [
    "The Treasury Department targeted three money exchangers on Thursday.",
    "The Treasury Department said on Thursday it had targeted the Houthis' finances.",
    "The US Treasury said it had targeted the militia's assets on Friday.",
])
def test_a_state_body_that_targets_finances_sanctions(extract: Run, text: str) -> None:
    x = extract(text)
    assert [e.type for e in x.events] == ["sanction"]
    assert _sanctions(x) == [["us-treasury"]]


def test_a_state_that_strikes_finances_still_strikes(extract: Run) -> None:
    x = extract("Israel targeted Hezbollah's finances on Sunday, striking branches of "
                "al-Qard al-Hassan.")
    assert [e.type for e in x.events] == ["strike"]

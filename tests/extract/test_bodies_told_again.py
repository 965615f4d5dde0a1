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


@pytest.mark.parametrize(("text", "state"), [
    ("Officials in Tehran denied the allegations on Monday.", "iran"),
    ("Prosecutors in Berlin said the plot was ordered from abroad. Officials in Damascus "
     "rejected the charges.", "syria"),
])
def test_officials_in_a_capital_speak_for_its_state(extract: Extract, text: str,
                                                    state: str) -> None:
    assert _denials(extract(text)) == [[state]]


def test_officials_in_a_country_are_not_its_government(extract: Extract) -> None:
    assert _denials(extract("Officials in Iraq denied the report on Monday.")) == []


@pytest.mark.parametrize(("text", "state"), [
    ("Prosecutors accused Iran of ordering the plot. The regime has denied the "
     "allegations.", "iran"),
    ("Police said Syria's intelligence service ran the cell. The regime denied it "
     "on Friday.", "syria"),
])
def test_the_regime_is_the_state_named_before(extract: Extract, text: str,
                                              state: str) -> None:
    assert _denials(extract(text)) == [[state]]


def test_the_regime_between_two_states_is_undecided(extract: Extract) -> None:
    x = extract("Israel and Britain accused Iran of the plot. The regime denied it.")
    assert ["iran"] not in _denials(x) and ["israel"] not in _denials(x)

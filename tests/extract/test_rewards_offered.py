"""Rewards and asset freezes. A sum a state will pay for information is a reward it
offers, whether it says, announces or offers it ("announced that it would pay up to $15
million for information", "offered to pay"); a sum paid for information, or paid to a party,
is no reward. Asset freezes imposed are sanctions, also when the parse reads "asset freezes"
as a clause (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _kinds(extract: Run, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in extract(text, published="2021-05-04").events]


@pytest.mark.parametrize(
    "text",
    [
        "The State Department announced on Monday that it would pay up to $12 million for"
        " information that disrupts the network's finances.",
        "Washington offered on Monday to pay up to $7 million for information on the group's"
        " commander.",
        "Canada said on Monday it would pay up to $2 million for information leading to the"
        " arrest of the cell's leader.",
    ],
)
def test_a_sum_offered_for_information_is_a_reward(extract: Run, text: str) -> None:
    assert _kinds(extract, text) == [("sanction", "reward")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran paid the militia $3 million on Monday for information about troop movements.",
        "Informants were paid for information on Monday, police said.",
        "Iran offered on Monday to pay compensation to the families.",
    ],
)
def test_a_sum_paid_is_no_reward(extract: Run, text: str) -> None:
    assert ("sanction", "reward") not in _kinds(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "On May 3, the European Union imposed asset freezes and travel bans on two senior"
        " Iranian commanders and on a missile maker.",
        "Canada imposed travel bans and asset freezes on four IRGC officers on Monday.",
        "Britain imposed an asset freeze on the exchange house on Monday.",
    ],
)
def test_asset_freezes_imposed_are_sanctions(extract: Run, text: str) -> None:
    assert _kinds(extract, text) == [("sanction", "sanctions")]


@pytest.mark.parametrize(
    "text",
    [
        "The company freezes its prices every winter.",
        "The government imposed a hiring freeze on Monday.",
        "Israel imposed a freeze on settlement building on Monday.",
    ],
)
def test_a_freeze_of_no_holdings_is_no_measure(extract: Run, text: str) -> None:
    assert _kinds(extract, text) == []

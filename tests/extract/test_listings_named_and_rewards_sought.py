"""Listings told as a state naming a group a terrorist organisation ("was named by
Washington as a terrorist organisation in 2009"), or adding it to a list of foreign
terrorist organisations in British spelling; and arrests that a reward's information
would lead to, which are sought, not made (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text).events]


@pytest.mark.parametrize(("text", "lister", "date"), [
    ("Kataib Hezbollah, a faction of the PMF, has been named by Washington as a terrorist "
     "organisation since 2009.", "united-states", "2009"),
    ("Canada named the IRGC a terrorist entity in June.", "canada", "2023-06"),
    ("Washington added the group to its list of foreign terrorist organisations in 2017.",
     "united-states", "2017"),
])
def test_listings_by_a_state(extract: Run, text: str, lister: str, date: str) -> None:
    found = [e for e in extract(text).events if e.type == "sanction"]
    assert found, text
    assert lister in found[0].actors and found[0].date == date


@pytest.mark.parametrize("text", [
    "The report named the militia as a terrorist organisation responsible for the attack.",
    "The prime minister named a new defence minister on Monday.",
    "A court named the group as a terrorist organisation on Monday.",
])
def test_naming_by_no_state_lists_no_one(extract: Run, text: str) -> None:
    assert "sanction" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The US has offered up to $7 million for information leading to the arrest of the "
    "Kataib Hezbollah commander.",
    "The reward is for information leading to his arrest or conviction.",
    "Washington offers $5 million for information that leads to the capture of the "
    "group's financier.",
])
def test_arrests_a_reward_seeks_are_not_made(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Police said the tip led to the arrest of two men in Basra on Monday.",
    "Information from an informant led to the arrest of the suspect on Friday.",
])
def test_arrests_information_led_to(extract: Run, text: str) -> None:
    assert "arrest" in _types(extract, text)

"""No occurrence where a sentence tells a rule for a class of people ("those who refused
were jailed") or an act a blow forestalled ("foiled a raid with early strikes")
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize("text", [
    "Those who refused to renounce the movement were sentenced to prison.",
    "Anyone who joins the brigade faces arrest, the ministry said.",
    "Those who spoke to foreign reporters were detained and later sentenced.",
])
def test_a_rule_told_of_a_class_is_no_arrest(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events] == []


@pytest.mark.parametrize("text", [
    "Those who took part in the rally on Friday were arrested by police in Isfahan.",
    "Six men who refused to renounce the movement were sentenced to prison in Shiraz on "
    "Monday.",
])
def test_people_one_could_count_are_arrested(extract: Run, text: str) -> None:
    assert one_event(extract(text), "arrest").date is not None


@pytest.mark.parametrize("text", [
    "Those who carried out the attack on the consulate have been arrested, police said.",
    "Those who planted the bomb at the market in Basra were detained, officials said.",
])
def test_the_doers_of_one_deed_are_arrested_without_a_day(extract: Run, text: str) -> None:
    one_event(extract(text), "arrest")


@pytest.mark.parametrize("text", [
    "Those who insult the clerics are jailed, the ministry said.",
    "Anyone who joins the militia will be detained, the governor said.",
])
def test_a_rule_in_the_present_or_future_is_no_arrest(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "arrest"] == []


@pytest.mark.parametrize("text", [
    "Officers foiled a far bigger raid on the port with early strikes on the gunmen's "
    "boats, the navy said.",
    "The army thwarted an assault on Kiryat Shmona on Monday by striking launchers near "
    "Tyre.",
])
def test_an_act_a_blow_forestalled_is_no_plot(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "plot"] == []


@pytest.mark.parametrize("text", [
    "Police said they had thwarted a bomb attack on a synagogue in Hamburg on Friday.",
    "Security forces thwarted an attack on a shrine in Mashhad with the arrest of two men.",
])
def test_a_plot_foiled_without_a_blow_stays(extract: Run, text: str) -> None:
    one_event(extract(text), "plot")

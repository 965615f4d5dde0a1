"""Craft stopped with arms aboard, fighters moved, arms dispatched, and people of a
crowd or a profession held, counted or not (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

from .support import one_event

Run = Callable[..., Extraction]


def _types(run: Run, text: str) -> list[str]:
    return [e.type for e in run(text, published="2024-06-10").events]


@pytest.mark.parametrize("text", [
    "The navy intercepted a vessel carrying weapons from Iran to Yemen on Monday.",
    "Coastguards intercepted a freighter carrying rifles off Mukalla on Tuesday.",
    "Israeli troops seized a boat smuggling weapons to Gaza on Monday.",
    "Border guards captured a truck carrying Iranian rockets near Qaim on Sunday.",
    "Kurdish forces captured a lorry loaded with mortars near Sinjar on Friday.",
])
def test_craft_stopped_with_arms_aboard(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "Coast guards stopped a boat smuggling migrants on Monday.",
    "Rebels captured the town of Saraqeb on Monday.",
    "The Houthis seized a ship carrying cars in the Red Sea on Monday.",
])
def test_craft_or_ground_taken_without_arms(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "The IRGC moved fighters into Syria on Wednesday.",
    "Iran moved hundreds of militiamen to the Iraqi border on Wednesday.",
    "The Quds Force transferred fighters from Iraq to Syria on Thursday.",
])
def test_fighters_moved(extract: Run, text: str) -> None:
    assert _types(extract, text) == ["transfer"]


@pytest.mark.parametrize("text", [
    "The wounded fighters were moved to a hospital in Beirut on Monday.",
    "The detained militants were transferred to Baghdad on Monday.",
    "The embassy moved its staff to a safer district on Monday.",
])
def test_people_moved_into_care_or_custody(extract: Run, text: str) -> None:
    assert "transfer" not in _types(extract, text)


def test_arms_dispatched_by_their_sender(extract: Run) -> None:
    for text in ("Iran dispatched a convoy of trucks carrying weapons to Syria on Friday.",
                 "The IRGC dispatched rockets to the militia in Deir ez-Zor on Friday."):
        x = extract(text, published="2024-06-10")
        assert one_event(x, "transfer").actors in (
            ["iran"], ["islamic-revolutionary-guard-corps"])


@pytest.mark.parametrize("text", [
    "Security forces held dozens of protesters in Tehran on Monday.",
    "Police seized several demonstrators outside the parliament on Monday.",
    "Security forces captured three students in Mashhad on Monday.",
    "Plainclothes agents picked up dozens of protesters in Zahedan on Monday.",
    "Police caught two teenagers spraying slogans in Shiraz on Monday.",
    "Officers took away two nurses from a hospital in Tabriz on Monday.",
    "Plainclothes agents picked up Sara Ahmadi in Karaj on Monday.",
    "Police broke up the sit-in in Rasht on Monday and took him away.",
    "Security agents seized the organisers of the rally in Qom on Monday.",
    "The regime seized hundreds of Kurds in Mahabad on Monday.",
    "Police held 40 in Sanandaj on Monday.",
    "Police caught three of the smugglers near the border on Monday.",
])
def test_people_of_a_crowd_or_trade_held(extract: Run, text: str) -> None:
    assert _types(extract, text).count("arrest") == 1  # beside the rally it broke up


@pytest.mark.parametrize("text", [
    "The organisers held dozens of rallies in Tehran on Monday.",
    "The ministry held a number of meetings with teachers on Monday.",
    "Activists held a vigil for the protesters on Monday.",
    "The guard tried to stop him at the gate on Monday.",
    "The cleric spoke at the funeral on Saturday and held the prime minister "
    "responsible for the death.",
    "The court held them responsible for the deaths on Monday.",
    "The party held 40 of the 128 seats after the vote on Monday.",
    "The campaign caught the attention of Iranians on Monday.",
])
def test_counted_things_held_are_no_arrest(extract: Run, text: str) -> None:
    assert "arrest" not in _types(extract, text)


def test_crackdown_told_in_the_perfect_arrests(extract: Run) -> None:
    x = extract("Iranian authorities have cracked down on the strike in August, summoning "
                "nurses to the security agencies and arresting others.",
                published="2024-09-02")
    assert "arrest" in [e.type for e in x.events]

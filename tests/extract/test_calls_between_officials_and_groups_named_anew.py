"""An official who "spoke with" another official, named or told by office ("spoke
with his Qatari counterpart", "had spoken with Defence Minister X"), held a call;
speaking with reporters, a news agency or a broadcaster is no meeting. A group brought
in by an indefinite noun ("a group calling itself X", "a militia called X", "a new
group, X") is the one "the group" or "the militia" points back to next, even when
another group was named a sentence before it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Extract = Callable[..., Extraction]


def _meetings(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "meeting"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The ministry said Defence Minister Ben Wallace had spoken with Jordanian Prime "
     "Minister Bisher al-Khasawneh about the drone attack.", "bisher-al-khasawneh"),
    ("Turkey's foreign minister spoke with his Qatari counterpart on Monday about the "
     "hostages.", "turkey"),
    ("Antony Blinken spoke with Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday.",
     "antony-blinken"),
])
def test_an_official_spoken_with_held_a_call(extract: Extract, text: str, actor: str) -> None:
    meetings = _meetings(extract(text))
    assert len(meetings) == 1 and actor in meetings[0]


@pytest.mark.parametrize("text", [
    "The general spoke with reporters in Baghdad on Monday.",
    "A Hezbollah official spoke with Reuters on condition of anonymity.",
    "Residents who spoke with the BBC said the blast shook their homes.",
    "The commander spoke with his fighters before the assault on the town.",
])
def test_speaking_with_the_press_or_the_ranks_is_no_meeting(extract: Extract, text: str) -> None:
    assert _meetings(extract(text)) == []


def _threats(x: Extraction) -> list[list[str]]:
    return [e.actors for e in x.events if e.type == "statement" and e.subtype == "threat"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah denied firing the rockets. A little-known militia called Saraya Awliya "
     "al-Dam said it launched them at the base. The militia threatened further strikes "
     "on US forces.", "saraya-awliya-al-dam"),
    ("Kataib Hezbollah said it was not involved. A new group, Ashab al-Kahf, claimed the "
     "attack on the convoy. The group vowed to keep targeting American supply lines.",
     "ashab-al-kahf"),
    ("The Houthis said they had nothing to do with it. A group calling itself Saraya "
     "Awliya al-Dam said on Telegram that it had fired drones at the palace in Riyadh. "
     "The group warned Saudi Arabia that it would carry out more attacks.",
     "saraya-awliya-al-dam"),
])
def test_the_group_named_anew_is_the_one_that_threatens(extract: Extract, text: str,
                                                       actor: str) -> None:
    assert _threats(extract(text)) == [[actor]]


def test_two_groups_named_plainly_leave_the_group_undecided(extract: Extract) -> None:
    x = extract("Kataib Hezbollah fired rockets at the base. Harakat al-Nujaba launched "
                "drones at the airport. The group warned it would strike again.")
    assert _threats(x) == []

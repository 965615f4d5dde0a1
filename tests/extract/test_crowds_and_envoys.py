"""Protests told by a crowd in the streets or a camp, rallies only of people; meetings
whose parties are named through their envoys ("representatives of X and Y") or through
the talks held with them (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _of_type(run: Run, text: str, etype: str) -> list[tuple[str | None, list[str], str | None,
                                                             str | None]]:
    return [(e.subtype, e.actors, e.date, e.location)
            for e in run(text).events if e.type == etype]


@pytest.mark.parametrize(("text", "subtype", "date", "place"), [
    ("Thousands took to the streets of Tehran on Sunday.", "demonstration", "2024-02-04",
     "tehran"),
    ("Tens of thousands of Yemenis took to the streets in Hodeidah on Friday.",
     "demonstration", "2024-02-02", "hodeidah"),
    ("Crowds filled the streets of Baghdad on Friday, chanting against Israel.",
     "demonstration", "2024-02-02", "baghdad"),
    ("Supporters of the Sadrist movement pitched protest tents near parliament in Baghdad "
     "on Saturday.", "sit_in", "2024-02-03", "baghdad"),
    ("Protest camps sprang up across Basra in October 2019.", "sit_in", "2019-10", "basra"),
    ("Residents rallied outside the governor's office in Basra on Monday.", "demonstration",
     "2024-02-05", "basra"),
])
def test_crowds_in_the_streets_and_camps_protest(extract: Run, text: str, subtype: str,
                                                 date: str, place: str) -> None:
    found = _of_type(extract, text, "protest")
    assert any(sub == subtype and when == date and where == place
               for sub, _a, when, where in found), found


@pytest.mark.parametrize("text", [
    "The team rallied in the second half on Sunday.",
    "Stocks rallied sharply in Tehran on Monday.",
    "Fans filled the streets of Madrid on Sunday after the final.",
    "Workers took the street sweepers to the depot on Monday.",
])
def test_no_protest(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "protest") == []


@pytest.mark.parametrize(("text", "parties"), [
    ("Representatives of Hamas and Palestinian Islamic Jihad attended the meeting in Beirut "
     "on Tuesday.", {"hamas", "palestinian-islamic-jihad"}),
    ("Officials from Hezbollah and the Houthis attended a meeting in Tehran on Sunday.",
     {"hezbollah", "houthis"}),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Hamas leader Ismail "
     "Haniyeh in Doha on Monday.", {"hossein-amir-abdollahian", "ismail-haniyeh"}),
    ("Hassan Nasrallah received a delegation from Palestinian Islamic Jihad in Beirut on "
     "Tuesday.", {"hassan-nasrallah", "palestinian-islamic-jihad"}),
    ("A meeting between Hamas and Hezbollah officials took place in Beirut last week.",
     {"hamas", "hezbollah"}),
])
def test_parties_named_through_their_envoys_meet(extract: Run, text: str,
                                                 parties: set[str]) -> None:
    found = _of_type(extract, text, "meeting")
    assert any(set(actors) == parties for _s, actors, _d, _w in found), found


@pytest.mark.parametrize("text", [
    "Students attended the lecture on Monday.",
    "Representatives of the two companies attended the trade fair in Dubai on Monday.",
])
def test_no_meeting(extract: Run, text: str) -> None:
    assert _of_type(extract, text, "meeting") == []

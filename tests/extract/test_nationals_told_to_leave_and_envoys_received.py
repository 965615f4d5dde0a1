"""A state's warning that tells its own people to leave, a meeting told as the time of
another deed ("after receiving the envoy"), and papers handed in person to someone met
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of_type(extraction: Extraction, etype: str) -> list[Event]:
    return [e for e in extraction.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Britain raised its travel advisory for Lebanon to the highest level, urging "
         "British nationals to leave.", "united-kingdom"),
        ("The Israeli Foreign Ministry raised its travel warning for Turkey on Tuesday, "
         "telling Israelis there to leave the country.", "israeli-foreign-ministry"),
        ("The State Department issued a new advisory on Sunday, telling American citizens "
         "in Iraq to leave the country.", "us-state-department"),
        ("The Canadian government updated its advice for Lebanon, asking its citizens there "
         "to depart while commercial flights were available.", "canada"),
        # a council of that name is Israel's when the text says so, not Washington's
        ("Israel's National Security Council raised its travel warning for Istanbul to the "
         "highest level, urging Israelis in the city to leave.",
         "israeli-national-security-council"),
    ],
)
def test_a_warning_telling_a_states_own_people_to_leave_is_its_decision(
        extract: Run, text: str, state: str) -> None:
    (decision,) = _of_type(extract(text), "statement")
    assert decision.actors == [state]


@pytest.mark.parametrize(
    "text",
    [
        "The National Hurricane Center raised its storm warning for Florida, urging "
        "residents to leave the coast.",
        "Boeing raised its profit warning, telling its staff to leave early.",
        "Analysts raised their forecast for oil prices, urging investors to leave the "
        "market.",
    ],
)
def test_a_warning_of_weather_or_markets_declares_nothing(extract: Run, text: str) -> None:
    assert not _of_type(extract(text), "statement")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Michel Aoun signed the letter at the Baabda palace after receiving Amos Hochstein "
         "on Thursday.", {"michel-aoun", "amos-hochstein"}),
        ("Najib Mikati made the announcement after meeting Amos Hochstein at the Grand "
         "Serail.", {"najib-mikati", "amos-hochstein"}),
        ("After receiving Amos Hochstein in Beirut, Najib Mikati said the talks had been "
         "positive.", {"amos-hochstein"}),
    ],
)
def test_a_meeting_told_as_the_time_of_another_deed(extract: Run, text: str,
                                                    parties: set[str]) -> None:
    (meeting,) = _of_type(extract(text), "meeting")
    assert parties <= set(meeting.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Michel Aoun signed the decree after receiving the report from the committee.",
        "He was arrested for meeting Hezbollah members in Beirut.",
    ],
)
def test_no_one_received_or_met_as_a_time(extract: Run, text: str) -> None:
    assert not _of_type(extract(text), "meeting")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Delegations from Israel and Lebanon handed their signed letters to Amos Hochstein "
         "at the UN post in Naqoura.", {"israel", "lebanon", "amos-hochstein"}),
        ("Iran's envoy handed a letter from Ebrahim Raisi to Sultan Haitham bin Tarik in "
         "Muscat on Monday.", {"iran", "haitham-bin-tarik"}),
        ("The Qatari delegation handed over the Hamas reply to William Burns in Doha.",
         {"qatar"}),
    ],
)
def test_papers_handed_in_person_tell_a_meeting(extract: Run, text: str,
                                                parties: set[str]) -> None:
    (meeting,) = _of_type(extract(text), "meeting")
    assert parties <= set(meeting.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The postman handed the letters to the neighbours.",
        "The referee handed a note to the coach before the match.",
        "Hezbollah handed rifles to its fighters in Beirut.",
        "The courier handed the cash to a Hamas official in Istanbul.",
    ],
)
def test_things_handed_over_meet_no_one(extract: Run, text: str) -> None:
    assert not _of_type(extract(text), "meeting")

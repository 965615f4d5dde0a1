"""Who plots and who meets: the plotters with the body they act for, the certainty of a plot
told by those who charge it, and both parties of a meeting (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction
from tests.extract.support import parties as _parties

Run = Callable[..., Extraction]


def _only(extraction: Extraction, etype: str) -> Event:
    found = [e for e in extraction.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.actors) for e in extraction.events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "plotters"),
    [
        # one who conspires with the plotter plots too
        ("Court papers say the Guards conspired with Hezbollah to murder a banker in "
         "Madrid.", {"islamic-revolutionary-guard-corps", "hezbollah"}),
        # the body the act is to be done for
        ("Officials said the two men had intended to bomb a consulate in Vienna on behalf "
         "of the Quds Force.", {"quds-force"}),
        # the body directing the plotters, told on their noun
        ("Investigators said the network, run by the IRGC, was preparing to kidnap a "
         "poet in Oslo.", {"islamic-revolutionary-guard-corps"}),
    ],
)
def test_plot_names_whom_plotters_act_for(extract: Run, text: str, plotters: set[str]) -> None:
    plot = _only(extract(text), "plot")
    assert _parties(plot) == plotters


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say the Guards plotted to assassinate a retired diplomat in Rome.",
        "According to the indictment, the men tried to hire a killer to murder an editor.",
        "Kataib Hezbollah had planned to fire rockets at a base near Erbil, police said.",
    ],
)
def test_plot_told_by_its_accusers_is_alleged(extract: Run, text: str) -> None:
    assert _only(extract(text), "plot").certainty == "alleged"


def test_plot_told_as_fact_stays_confirmed(extract: Run) -> None:
    text = "In 2019 the militia tried to strike a tanker off Yanbu with a drone boat."
    assert _only(extract(text), "plot").certainty == "confirmed"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a call: the caller and the counterpart in apposition
        ("Iran's foreign minister, Abbas Araghchi, spoke by phone with Lebanese Prime "
         "Minister Najib Mikati on Monday.", {"abbas-araghchi", "najib-mikati"}),
        # the person in apposition to a title is the party, not the body titling him
        ("The Quds Force commander, Esmail Qaani, met Hezbollah leader Naim Qassem in "
         "Beirut on Friday.", {"esmail-qaani", "naim-qassem"}),
        # whoever receives a delegation hosts the meeting
        ("Houthi leader Abdul-Malik al-Houthi received an Omani delegation in Sanaa.",
         {"abdul-malik-al-houthi"}),
        # a title alone names no party: "Iraqi officials" stay out
        ("Esmail Qaani met Iraqi officials in Baghdad on Sunday.", {"esmail-qaani"}),
    ],
)
def test_meeting_parties(extract: Run, text: str, parties: set[str]) -> None:
    meeting = _only(extract(text), "meeting")
    assert _parties(meeting) == parties


def test_summoning_body_alone_meets(extract: Run) -> None:
    text = "Kuwait's foreign ministry summoned the Iranian ambassador on Tuesday."
    meeting = _only(extract(text), "meeting")
    assert "iran" not in _parties(meeting)
    assert _parties(meeting)


def test_us_prosecutors_are_the_justice_department(extract: Run) -> None:
    text = "US prosecutors on Friday charged a Turkish businessman with smuggling drone parts."
    assert _only(extract(text), "arrest").actors == ["us-department-of-justice"]


def test_denied_plot_is_no_plot(extract: Run) -> None:
    events = extract("Tehran denied plotting to murder an exiled singer in Paris.").events
    assert "plot" not in [e.type for e in events]


def test_visit_to_a_house_is_no_meeting(extract: Run) -> None:
    text = "The defence minister, Ali Rahimi, visited the farmer's house on Monday."
    assert "meeting" not in [e.type for e in extract(text).events]


def test_call_between_two_states_is_in_neither(extract: Run) -> None:
    text = ("Iran's foreign minister, Abbas Araghchi, spoke by telephone with Lebanese Prime "
            "Minister Najib Mikati on Monday.")
    assert _only(extract(text), "meeting").country is None


def test_call_is_in_no_country(extract: Run) -> None:
    text = "Iran's foreign minister, Abbas Araghchi, spoke by phone with his Qatari counterpart."
    assert _only(extract(text), "meeting").country is None


def test_body_reporting_an_arrest_abroad_did_not_arrest(extract: Run) -> None:
    text = "A British engineer was detained in Tehran last week, the UK Foreign Office said."
    assert _only(extract(text), "arrest").actors == []


def test_body_reporting_an_arrest_at_home_arrested(extract: Run) -> None:
    text = "Three suspects were arrested in Baku, Azerbaijan's State Security Service said."
    assert _only(extract(text), "arrest").actors == ["azerbaijan-state-security-service"]

"""A run of "incidents" laid at a party's door takes in the attacks and plots told after
it; "the network", "the gang", "the cell" stand for the group named before; a companion
set off by commas beside the subject acts with it however the parse hangs the aside; a
listing told in a relative clause is made by what its pronoun stands for (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _violent(extraction: Extraction) -> list[Event]:
    return sorted((e for e in extraction.events if e.type in ("attack", "plot")),
                  key=lambda e: e.evidence.start)


def _parties(ev: Event) -> set[str]:
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}


def test_a_run_of_incidents_reaches_the_attacks_and_plots_told_after(extract: Run) -> None:
    text = ("Norwegian police have linked Hezbollah to a string of incidents near the Israeli "
            "embassy last year. In February, officers found a hand grenade outside the "
            "embassy in Oslo. In August, a man fired shots at the building.")
    events = _violent(extract(text))
    assert sorted(e.type for e in events) == ["attack", "plot"]
    assert all(_parties(e) == {"hezbollah"} for e in events)


def test_the_network_stands_for_the_network_named_before(extract: Run) -> None:
    text = ("The Foxtrot network has fought rival gangs for years. Norwegian police have "
            "linked the network to a string of incidents near the Israeli embassy last year. "
            "In August, a man fired shots at the building.")
    events = _violent(extract(text))
    assert [_parties(e) for e in events] == [{"foxtrot-network"}]


@pytest.mark.parametrize("text", [
    # one incident of another kind lays no run of deeds at anyone's door
    "Police linked the driver to a traffic incident in May. In June, a man fired shots at "
    "the Israeli embassy in Oslo.",
    # "the gang" with no group named before stands for no one
    "The gang fired shots at the Israeli embassy in Oslo on Tuesday.",
])
def test_no_party_is_read_without_a_run_or_a_group_told_before(extract: Run,
                                                               text: str) -> None:
    events = _violent(extract(text))
    assert len(events) == 1
    assert not _parties(events[0])


@pytest.mark.parametrize(("text", "doers"), [
    ("The US Treasury, in coordination with the United Kingdom, sanctioned a Hezbollah "
     "financier on Tuesday.", ["us-treasury", "united-kingdom"]),
    ("The US Treasury, along with Britain, sanctioned a Hezbollah financier on Tuesday.",
     ["us-treasury", "united-kingdom"]),
])
def test_a_companion_after_the_subjects_comma_acts_with_it(extract: Run, text: str,
                                                           doers: list[str]) -> None:
    found = [e.actors for e in extract(text).events if e.type == "sanction"]
    assert found == [doers]


def test_a_partner_after_the_verb_is_no_companion(extract: Run) -> None:
    text = ("The US Treasury sanctioned a Hezbollah financier on Tuesday, in coordination "
            "with a bank in Beirut.")
    found = [e.actors for e in extract(text).events if e.type == "sanction"]
    assert found == [["us-treasury"]]


@pytest.mark.parametrize(("text", "doers"), [
    ("The Treasury, which sanctioned two Hezbollah financiers on Tuesday, said more measures "
     "would follow.", ["us-treasury"]),
    ("Canada on Tuesday joined the European Union, which sanctioned two IRGC commanders "
     "last week.", ["european-union"]),
])
def test_a_listing_in_a_relative_clause_is_made_by_what_the_pronoun_stands_for(
        extract: Run, text: str, doers: list[str]) -> None:
    found = [e.actors for e in extract(text).events
             if e.type == "sanction" and "which" in e.evidence.text]
    assert found == [doers]

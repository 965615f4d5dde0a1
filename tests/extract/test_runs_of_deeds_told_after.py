"""A run of deeds laid at someone's door, or claimed, before the paragraph tells them one
by one (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _attacks(extraction: Extraction) -> list[Event]:
    return sorted((e for e in extraction.events if e.type == "attack"),
                  key=lambda e: e.evidence.start)


def _parties(ev: Event) -> set[str]:
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Danish police have linked the Foxtrot network to a string of attacks on Jewish "
         "sites last year. In March, shots were fired at a synagogue in Aarhus. In June, a "
         "firebomb was thrown at a kosher restaurant in Odense.", "foxtrot-network"),
        ("The arrests follow a series of attacks in Belgium that investigators have tied to "
         "Iranian intelligence. On May 3, a grenade exploded outside the Israeli consulate "
         "in Antwerp. Two weeks later, shots were fired at a Jewish school in Brussels.",
         "iranian-intelligence-service"),
        ("Israel blamed Hezbollah for a wave of attacks on Thursday. Rockets hit Kiryat "
         "Shmona, setting fire to several buildings. Later, an anti-tank missile struck a "
         "house in Metula.", "hezbollah"),
    ],
)
def test_a_run_laid_at_a_door_reaches_the_deeds_told_after(extract: Run, text: str,
                                                            party: str) -> None:
    events = _attacks(extract(text))
    assert len(events) == 2
    assert all(party in ev.attributed_to for ev in events)


@pytest.mark.parametrize(
    ("text", "role", "party"),
    [
        ("Since November the Houthis have claimed dozens of attacks on merchant ships. On "
         "January 26, a missile struck a tanker in the Gulf of Aden, setting it ablaze.",
         "claimed_by", "houthis"),
        ("Officials say Kataib Hezbollah has carried out most of the attacks on US forces in "
         "Iraq. On Monday, three rockets hit the Victory base near Baghdad airport.",
         "attributed_to", "kataib-hezbollah"),
        ("US officials have blamed Iran-backed militias for more than 150 attacks on American "
         "forces since October. Two drones struck the Tanf garrison on Sunday, wounding three "
         "soldiers.", "attributed_to", "iran-backed-militias"),
    ],
)
def test_a_tally_or_a_share_of_a_run_reaches_the_deed_told_after(extract: Run, text: str,
                                                                  role: str,
                                                                  party: str) -> None:
    events = _attacks(extract(text))
    assert len(events) == 1
    assert party in getattr(events[0], role)


def test_a_denied_run_is_laid_on_no_one(extract: Run) -> None:
    text = ("Kataib Hezbollah has denied carrying out a string of attacks on US bases. On "
            "Monday, three rockets hit the Victory base near Baghdad airport.")
    events = _attacks(extract(text))
    assert len(events) == 1
    assert not _parties(events[0])


def test_a_deed_with_its_own_claimant_keeps_it(extract: Run) -> None:
    text = ("Hezbollah has claimed dozens of attacks on Israeli positions since October. On "
            "Monday, a rocket fired from Gaza hit a house in Sderot; Hamas said it had fired "
            "it.")
    events = _attacks(extract(text))
    assert len(events) == 1
    assert _parties(events[0]) == {"hamas"}


def test_a_run_reaches_no_deed_of_another_paragraph(extract: Run) -> None:
    text = ("The Houthis have carried out dozens of attacks on shipping in the Red Sea. On "
            "Tuesday, a missile struck a tanker off Hodeidah.\n\n"
            "On Wednesday, a drone hit an oil field in Iraqi Kurdistan.")
    events = _attacks(extract(text))
    assert len(events) == 2
    assert "houthis" in _parties(events[0])
    assert not _parties(events[1])


def test_a_run_in_one_country_reaches_no_deed_in_another(extract: Run) -> None:
    text = ("Israel blamed Hezbollah for a wave of attacks in the Galilee. A drone struck a "
            "base in the Golan the same day, and in Iraq, rockets hit the Ain al-Asad base.")
    events = _attacks(extract(text))
    assert len(events) == 2
    assert "hezbollah" in _parties(events[0])
    assert not _parties(events[1])


def test_a_doubted_run_is_laid_on_no_one(extract: Run) -> None:
    text = ("Officials doubted that Kataib Hezbollah had carried out most of the attacks on US "
            "forces. On Monday, three rockets hit the Victory base near Baghdad airport.")
    events = _attacks(extract(text))
    assert len(events) == 1
    assert not _parties(events[0])


def test_arms_counted_are_no_run_of_deeds(extract: Run) -> None:
    text = ("Iran-backed militias have launched dozens of drones at US bases since October. On "
            "Monday, three rockets hit the Victory base near Baghdad airport.")
    events = _attacks(extract(text))
    assert events
    assert not _parties(events[-1])

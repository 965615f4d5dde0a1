"""Helpers shared by the extraction tests."""

from __future__ import annotations

from axiswatch.model import Event, Extraction


def one_event(x: Extraction, event_type: str) -> Event:
    """The one event of ``event_type`` an extraction found (fails listing all otherwise)."""
    found = [e for e in x.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in x.events]
    return found[0]


def plots(x: Extraction) -> list[Event]:
    """The plots an extraction found."""
    return [e for e in x.events if e.type == "plot"]


def attacks(x: Extraction) -> list[Event]:
    """The attacks an extraction found."""
    return [e for e in x.events if e.type == "attack"]


def arrests(x: Extraction) -> list[Event]:
    """The arrests an extraction found."""
    return [e for e in x.events if e.type == "arrest"]


def statements(x: Extraction) -> list[Event]:
    """The statements an extraction found."""
    return [e for e in x.events if e.type == "statement"]


def parties(ev: Event) -> set[str]:
    """Everyone an event names behind it: its actors, claimants and those it is blamed on."""
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}

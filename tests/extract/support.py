"""Helpers shared by the extraction tests."""

from __future__ import annotations

from axiswatch.model import Event, Extraction


def one_event(x: Extraction, event_type: str) -> Event:
    """The one event of ``event_type`` an extraction found (fails listing all otherwise)."""
    found = [e for e in x.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in x.events]
    return found[0]

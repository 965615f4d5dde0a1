"""Checks every hand-written gold document must pass, shared by the gold-set tests."""

from __future__ import annotations

from axiswatch.eval.gold import GoldDoc, GoldEvent

PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def check_references(gdoc: GoldDoc) -> list[GoldEvent]:
    """Assert that events and relations name entities of ``gdoc`` (and places among their
    names), that dates carry the precision their length says, and that no relation links
    an entity to itself; the events, for the caller's own checks."""
    ids = {e.id for e in gdoc.entities}
    names = {n for e in gdoc.entities for n in e.names()}
    for ev in gdoc.events:
        unknown = {*ev.all_actors(), *ev.target_actors} - ids
        assert not unknown, f"{gdoc.doc} {ev.id}: unknown entities {unknown}"
        if ev.location is not None:
            assert ev.location in names, f"{gdoc.doc} {ev.id}: {ev.location!r} is no entity"
        if ev.date is not None:
            assert ev.date_precision == PRECISION_BY_LENGTH[len(ev.date)]
    for rel in gdoc.relations:
        assert {rel.subject, rel.object} <= ids, f"{gdoc.doc}: {rel} names unknown entities"
        assert rel.subject != rel.object
    return list(gdoc.events)

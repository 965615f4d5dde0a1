"""An event being assembled from the triggers of one sentence, and the groups of event
types the extraction steps share."""

from __future__ import annotations

from dataclasses import dataclass

from axiswatch.extract.context import Place
from axiswatch.extract.triggers import TriggerHit
from axiswatch.model import EventRoles
from axiswatch.nlp.dates import DateMatch

VIOLENT = frozenset({"attack", "strike", "plot", "killing"})
ARMED = frozenset({"attack", "strike"})
STATE_TYPES = frozenset({"state_body", "place"})
NON_STATE = frozenset({"armed_group", "front_group", "coalition"})
ONE_PER_SENTENCE = frozenset({"statement", "meeting", "protest", "arrest"})
# Entity types a list of those sanctioned may name: people, groups and bodies.
LISTED_TYPES = frozenset({"person", "armed_group", "front_group", "organization", "state_body"})
# Types that may be the record itself, dated by its report: a statement or a designation.
RECORD_TYPES = frozenset({"statement", "sanction"})


@dataclass(slots=True)
class Draft(EventRoles):
    """An event being assembled from one or more triggers of one sentence."""

    hit: TriggerHit
    type: str
    subtype: str | None
    span: tuple[int, int]  # token range of the clause that states it
    place: Place | None = None
    date: DateMatch | None = None
    inherited_date: tuple[str, str] | None = None  # (value, precision) from context
    target_token: int | None = None
    target_tokens: frozenset[int] = frozenset()
    campaign: bool = False  # a campaign still running: one event over all its sites

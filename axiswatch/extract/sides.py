"""Blows on a side that groups attack.

A state strikes; militias attack. A report of militias' rockets and drones on a
state's troops that goes on to tell "a drone strike killed three US soldiers", with no
one named dealing it, tells one more blow on the side the groups attack: the blow is
an attack, whatever the word. The side is read from what the report tells, never from
a name: the states whose forces or sites the report's attacks (blows of groups, with no
state among their parties) are aimed at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import NON_STATE
from axiswatch.extract.roles import token_actors
from axiswatch.extract.triggers import lemma
from axiswatch.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

# Strikes only a state's forces deal: a raid by troops on a house is no group's blow,
# whoever the report blames for other deeds.
STATE_KINDS = frozenset({"raid"})
# Verbs of what a blow does to whom it hits: their objects are its victims.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hit", "target", "strike", "hurt"})
# Prepositions of what a blow is aimed at ("a strike on the base", "against troops").
AIMED_AT = frozenset({"on", "against", "at"})
# A state's people and posts a blow can hit: its troops, crews, bases and missions.
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "personnel", "servicemember",
                         "serviceman", "member", "marine", "sailor", "crew", "patrol",
                         "convoy", "base", "airbase", "garrison", "outpost", "embassy",
                         "consulate", "contractor", "adviser", "advisor", "coalition"})


def attacks_on_attacked_sides(ctx: DocContext, events: list[Event]) -> None:
    """"Militias fired rockets at US forces ... A drone strike killed three US soldiers
    in Jordan": a strike no one is named dealing (nor any state held responsible for),
    whose victims are the forces of a state whose forces or sites the report's attacks
    are aimed at, is one more attack on that side; so is one that the report (in a
    later sentence) holds groups alone responsible for ("A drone strike hit the base.
    Washington blamed Kataib Hezbollah"). Changes ``events`` in place."""
    attacked = _attacked_sides(ctx, events)
    for ev in events:
        if ev.type != "strike" or ev.subtype in STATE_KINDS or ev.actors or \
                ev.claimed_by or any(ctx.etype(a) not in NON_STATE for a in ev.attributed_to):
            continue
        # (a strike a later sentence blames on groups alone is a group's blow too)
        if ev.attributed_to or (attacked and _victim_sides(ctx, ev) & attacked):
            ev.type = "attack"
            w = ctx.ontology.weapon(ev.weapon) if ev.weapon else None
            ev.subtype = w.subtypes.get("attack") if w is not None else None


def _attacked_sides(ctx: DocContext, events: list[Event]) -> set[str]:
    """The countries whose state bodies the report's attacks are aimed at, when no state
    is among an attack's parties."""
    out: set[str] = set()
    for ev in events:
        if ev.type != "attack" or any(
                ctx.is_state(p) for p in [*ev.actors, *ev.claimed_by, *ev.attributed_to]):
            continue
        for a in ev.target_actors:
            country = ctx.country(a) if ctx.etype(a) == "state_body" else None
            if country:
                out.add(country)
    return out


def _victim_sides(ctx: DocContext, ev: Event) -> set[str]:
    """The countries of the state forces an event's sentence tells its blow hitting:
    the objects of its verbs of harm, or what it is aimed at."""
    span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if span is None:
        return set()
    out: set[str] = set()
    for tok in span:
        if lemma(tok) not in FORCE_NOUNS or not _hit(tok):
            continue
        for a in token_actors(ctx, tok):
            country = ctx.country(a) if ctx.is_state(a) else None
            if country:
                out.add(country)
    return out


def _hit(tok: Token) -> bool:
    """Whether a noun is what a blow hits: a harm verb's object ("killed three soldiers",
    "soldiers were wounded") or what a blow is aimed at ("a strike on US troops")."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        return lemma(head) in HARM_VERBS
    return tok.dep_ == "pobj" and head.lower_ in AIMED_AT

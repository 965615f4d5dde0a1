"""Relations that an event states by what it is: a designation lists its targets with the
body that designates them; weapons, money or training handed to a group sponsor it.

The sentence patterns read a relation off the words between two names; a long list
("sanctioned X, Y and two of their leaders") or a delivery told through its load ("a
dhow carrying Iranian missile parts bound for the Houthis") often defeats them, while
the event extraction already has both sides. Each relation cites its event's evidence
and takes its certainty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.patterns import GROUPS, ORGS, PERSON, SPONSORS, STATES
from axiswatch.extract.relations.sentence import (
    designators,
    is_collective,
    names_itself,
)
from axiswatch.ids import relation_id
from axiswatch.model import Event, Evidence, Relation
from axiswatch.nlp.linking import LinkedMention

# Transfers that equip, fund or train their receiver; a smuggling run between two
# traders does not make one the other's sponsor.
SPONSORING_SUBTYPES = frozenset({"weapons_delivery", "funding", "training"})
# Nouns whose object says whom someone belongs to ("officials of the group"); a network
# "tied to X" is sanctioned as X's.
AFFILIATION_WORDS = frozenset({"official", "member", "leader", "commander", "financier",
                               "operative", "associate", "spokesman", "envoy"})
# Certainties a relation may carry (an event's "claimed" is its author's word only).
_RELATION_CERTAINTIES = frozenset({"confirmed", "reported", "assessed", "alleged"})


def _certainty(ev: Event) -> str:
    return ev.certainty if ev.certainty in _RELATION_CERTAINTIES else "confirmed"


def _relation(ctx: DocContext, ev: Event, subject: str, predicate: str, obj: str
              ) -> Relation | None:
    if subject == obj or ev.evidence is None or is_collective(ctx, subject) or \
            is_collective(ctx, obj):
        return None
    rid = relation_id(subject, predicate, obj)
    return Relation(rid, subject, predicate, obj, _certainty(ev), ev.evidence, ctx.extractor)


def _listed(ctx: DocContext, ev: Event, entity_id: str) -> bool:
    """Whether the evidence names ``entity_id`` as such, not only as whose someone is
    ("Hezbollah financier X", "officials of the group")."""
    assert ev.evidence is not None
    mentions = [m for m in ctx.ents.mentions if m.entity_id == entity_id and
                ev.evidence.start <= m.start < ev.evidence.end]
    return any(names_itself(ctx, m) and not _linked_to(ctx, m) and not _owner_of_name(ctx, m)
               for m in mentions)


def _owner_of_name(ctx: DocContext, m: LinkedMention) -> bool:
    """"the Guards' Housing Fund", "Hezbollah's Jihad Council": the owner of another
    name, which is what is named."""
    root = ctx.doc[m.tok_end - 1]
    if root.dep_ != "poss":
        return False
    return any(o.entity_id and o.entity_id != m.entity_id and
               o.tok_start <= root.head.i < o.tok_end for o in ctx.ents.mentions)


def _linked_to(ctx: DocContext, m: LinkedMention) -> bool:
    """"officials of the group", "a commander of the Quds Force": an affiliation."""
    root = ctx.doc[m.tok_end - 1]
    if root.dep_ != "pobj":
        return False
    holder = root.head.head
    return holder.lemma_.lower() in AFFILIATION_WORDS


def _designated(ctx: DocContext, ev: Event, targets: Iterable[str]
                ) -> Iterator[Relation | None]:
    """The designations of ``targets`` by the bodies of sanction ``ev``, cited by its
    evidence."""
    bodies = [a for a in ev.actors if ctx.etype(a) in STATES]
    designating = list(dict.fromkeys(d for body in bodies for d in designators(ctx, body)))
    for target in targets:
        if target in bodies or ctx.etype(target) not in ORGS | PERSON:
            continue
        for designator in designating:
            yield _relation(ctx, ev, target, "designated_by", designator)


def _designations(ctx: DocContext, ev: Event) -> Iterator[Relation | None]:
    return _designated(ctx, ev, [t for t in ev.target_actors if _listed(ctx, ev, t)])


def designations(ctx: DocContext, ev: Event, targets: Iterable[str], evidence: Evidence
                 ) -> list[Relation]:
    """The designations of ``targets`` by the bodies of sanction ``ev``, cited by
    ``evidence`` (a sentence listing them after the sanction)."""
    found = _designated(ctx, replace(ev, evidence=evidence), targets)
    return [r for r in found if r is not None]


def _sponsorships(ctx: DocContext, ev: Event) -> Iterator[Relation | None]:
    if ev.subtype not in SPONSORING_SUBTYPES:
        return
    givers = [a for a in ev.actors if ctx.etype(a) in SPONSORS]
    for receiver in ev.target_actors:
        if receiver in givers or ctx.etype(receiver) not in GROUPS | PERSON:
            continue
        for giver in givers:
            yield _relation(ctx, ev, receiver, "sponsored_by", giver)


def event_relations(ctx: DocContext, events: Iterable[Event]) -> list[Relation]:
    """The relations the document's sanction and transfer events state."""
    out: list[Relation] = []
    for ev in events:
        if ev.type == "sanction":
            found = _designations(ctx, ev)
        elif ev.type == "transfer":
            found = _sponsorships(ctx, ev)
        else:
            continue
        out += [r for r in found if r is not None]
    return out

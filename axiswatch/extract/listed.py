"""Those a sanction names, listed in a sentence of their own after it.

Press releases and wire copy announce a designation, then list its targets:
"The Treasury sanctioned four financiers on Friday. Those sanctioned include A and
B." or "Among those designated were A and B." The list has no trigger of its own (the
participle only points back), so it adds its people and groups to the sanction told
just before, whose designators designate them too, cited by the listing sentence.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from axiswatch.extract.draft import LISTED_TYPES
from axiswatch.extract.relations.events import designations
from axiswatch.extract.relations.sentence import sentence_evidence
from axiswatch.extract.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.extract.context import DocContext
    from axiswatch.model import Event, Relation

# Participles that point back to a sanction: "those sanctioned", "the entities designated".
LISTING_PARTICIPLES = frozenset({"sanction", "designate", "blacklist", "list", "target",
                                 "name"})
# Verbs that open the list: "include", "are", "were".
LISTING_VERBS = frozenset({"include", "be", "comprise"})
POINTING_WORDS = frozenset({"those", "the", "others"})
# How many sentences back the sanction may have been told.
MAX_BACK = 2


def _pointer(tok: Token) -> bool:
    """"those sanctioned", "the individuals designated": a noun or "those" with a
    participle of sanctioning after it."""
    return any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and
               lemma(c) in LISTING_PARTICIPLES for c in tok.children) and (
        tok.lower_ in POINTING_WORDS or any(c.lower_ in POINTING_WORDS for c in tok.children))


def _listing(sent: Span) -> list[Token]:
    """The tokens whose names a listing sentence gives, or ``[]`` when it is none."""
    root = sent.root
    if lemma(root) not in LISTING_VERBS:
        return []
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_pointer(s) for s in subjects):  # "Those sanctioned include A and B"
        return [t for c in root.children if c.dep_ in ("dobj", "attr") for t in c.subtree]
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "among"):
        # "Among those designated were A and B"
        if any(_pointer(o) for o in prep.children if o.dep_ == "pobj"):
            return [t for s in subjects for t in s.subtree] + [
                t for c in root.children if c.dep_ == "attr" for t in c.subtree]
    return []


def listed_later(ctx: DocContext, events: list[Event]) -> list[Relation]:
    """Add the people and groups of listing sentences to the sanction just before them;
    their designations, each cited by its listing sentence."""
    sanctions = sorted((ev for ev in events if ev.type == "sanction" and ev.evidence),
                       key=lambda ev: ev.evidence.start if ev.evidence else 0)
    out: list[Relation] = []
    if not sanctions:
        return out
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    ends = [ev.evidence.end if ev.evidence else 0 for ev in sanctions]
    for k, sent in enumerate(sents):
        tokens = _listing(sent)
        if not tokens:
            continue
        j = bisect.bisect_right(ends, sent.start_char) - 1
        if j < 0:
            continue
        ev = sanctions[j]
        told_at = bisect.bisect_right(starts, ev.evidence.start if ev.evidence else 0) - 1
        if k - told_at > MAX_BACK:
            continue
        named = list(dict.fromkeys(
            m.entity_id for m in ctx.mentions_of(tokens)
            if m.entity_id and m.etype in LISTED_TYPES and m.entity_id not in ev.actors))
        ev.target_actors = list(dict.fromkeys([*ev.target_actors, *named]))
        out += designations(ctx, ev, named, sentence_evidence(ctx, sent))
    return out

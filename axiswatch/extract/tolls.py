"""Casualty figures told apart from the event they count.

Reports give the toll in a sentence of its own that names the event only by a
definite reference: "a spokesman said the strikes killed five of the group's
fighters", "the ministry said 16 people were killed in the raids". When such a
sentence tells no violent event of its own, its figures belong to the event of
the section that the reference names: the first of that type (the news the
report leads with). A figure the event already has is kept, unless the sentence
gives the total ("three people were killed in total", "the toll rose to five"),
which counts the first violent event of the section that has a count (else the
first) and replaces a smaller one.

A toll told bare, right after the event in the same paragraph ("Gunmen attacked a
bus near X. Four policemen were killed."), counts that event when the sentence
before told one violent event with no figure of its own and the toll sentence names
no event, date or place of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from axiswatch.extract.anchors import event_types_of
from axiswatch.extract.arguments import answering_noun
from axiswatch.extract.draft import VIOLENT
from axiswatch.model import Event
from axiswatch.nlp.linking import PLACE_TYPES
from axiswatch.nlp.numbers import injured_count, killed_count
from axiswatch.nlp.tokens import sentence_before, text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from axiswatch.extract.context import DocContext

_DEFINITE = frozenset({"the", "that", "these", "those", "this"})
_TOTAL = re.compile(r"\bin total\b|\b(?:death )?toll\b|\boverall\b", re.I)


def _reference(ctx: DocContext, sent: Span) -> Token | None:
    """The definite violent event noun of a sentence ("the strikes", "Tuesday's strike")."""
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        definite = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss"
                       for c in tok.children)
        families = event_types_of(tok, ctx.ontology) if definite else []
        if families and families[0] & VIOLENT:
            return tok
    return None


def carry_toll(ctx: DocContext, sent: Span, events: list[Event], section: object) -> None:
    """Give the figures of a sentence that tells no event of its own to the event of
    ``events`` (those read so far) it refers back to (see the module doc)."""
    killed, injured = killed_count(text_of(sent)), injured_count(text_of(sent))
    if (killed is None and injured is None) or _answered_toll(sent):
        return
    ref = _reference(ctx, sent)
    total = _TOTAL.search(text_of(sent)) is not None
    if ref is not None:
        families = event_types_of(ref, ctx.ontology)
    elif total:
        families = [VIOLENT]
    else:
        named = _named_target(sent, events, section, ctx)
        if named is not None:
            if killed is not None and named.killed is None:
                named.killed = killed
            if injured is not None and named.injured is None:
                named.injured = injured
            return
        _bare_toll(ctx, sent, events, killed, injured)
        return
    for types in families:
        here = [ev for ev in events if ev.type in types and
                ctx.document.section_at(ev.evidence.start) is section]
        if total:  # a total updates the count already told
            here = [ev for ev in here if ev.killed is not None] + here
        if not here:
            continue
        ev = here[0]
        if killed is not None and (ev.killed is None or (total and killed > ev.killed)):
            ev.killed = killed
        if injured is not None and (ev.injured is None or (total and injured > ev.injured)):
            ev.injured = injured
        return


# Verbs that tell a blow's toll ("a bombing that killed 32").
TOLL_VERBS = frozenset({"kill", "wound", "injure", "leave"})


def _answered_toll(sent: Span) -> bool:
    """"X claimed the attack in retaliation for a bombing in Baghdad that killed 32": the
    figures are those of the deed the blow answers, not of the blow."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in TOLL_VERBS:
            continue
        doer = tok.head if tok.dep_ in ("relcl", "acl") else next(
            (c for c in tok.children if c.dep_ == "nsubj"), None)
        if doer is not None and answering_noun(doer) is not None:
            return True
    return False


def _named_target(sent: Span, events: list[Event], section: object,
                  ctx: DocContext) -> Event | None:
    """"The Houthis attacked the Magic Seas and the Eternity C ... At least four crew
    members of the Eternity C were killed": the latest earlier violent event of the section
    whose target, a name, the toll's sentence names again."""
    text = text_of(sent)
    found = [ev for ev in events if ev.type in VIOLENT and ev.target and
             ev.evidence.start < sent.start_char and
             ctx.document.section_at(ev.evidence.start) is section and
             _is_name(ev.target) and ev.target in text]
    return found[-1] if found else None


def _is_name(target: str) -> bool:
    """A target told by its name ("the Eternity C", "Ain al-Asad"), not a description."""
    words = target.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() or w in ("al", "of")
                               for w in words)


# Verbs and phrases by which a sentence passes on a count from a source.
REPORTING = frozenset({"say", "report", "announce", "confirm", "state", "put", "tell"})


def _reported(sent: Span) -> bool:
    """Whether a sentence gives its figures as a source's word ("the ministry said ...",
    "according to medics")."""
    return any(t.lemma_ in REPORTING and t.pos_ == "VERB" for t in sent) or \
        "according to" in text_of(sent).lower()


def _bare_toll(ctx: DocContext, sent: Span, events: list[Event], killed: int | None,
               injured: int | None) -> None:
    """"Gunmen attacked a bus near X on Monday. Four policemen were killed.": the figures
    of a sentence that names no event, date or place count the one violent event the
    sentence just before it told, in the same paragraph, when that event has none."""
    before = sentence_before(sent)
    reported = before is None and _reported(sent)
    if before is None and reported and sent.start > 0:
        # "The US struck targets across Yemen on Saturday.\n\nThe health ministry said 31
        # people were killed, most of them in Sanaa": a casualty report opening the next
        # paragraph counts the blow the paragraph before ended with
        before = sent.doc[sent.start - 1].sent
    if before is None:
        return
    if any(sent.start_char <= ev.evidence.start < sent.end_char for ev in events):
        return
    places = [m.entity_id for m in ctx.mentions_of(list(sent))
              if m.entity_id and m.etype in PLACE_TYPES]
    if ctx.dates(sent) or (places and not reported):
        return
    if any(tok.pos_ in ("NOUN", "PROPN") and event_types_of(tok, ctx.ontology)
           for tok in sent):
        return  # "Four policemen were killed in a similar attack last year"
    told = [ev for ev in events if before.start_char <= ev.evidence.start < before.end_char]
    violent = [ev for ev in told if ev.type in VIOLENT]
    if len(violent) != 1 or (len(told) != 1 and not reported):
        return  # (a statement told beside the blow takes no toll)
    ev = violent[0]
    if any(ctx.country(p) != ev.country for p in places):
        return  # the dead are counted somewhere else than where the blow fell
    if killed is not None and ev.killed is None:
        ev.killed = killed
    if injured is not None and ev.injured is None:
        ev.injured = injured

"""Two states acting together: "the United States and Britain bombed ...".

When two states (or their state bodies) are the joined subject of one military
action, the report states that they act together, without hierarchy
(``allied_with``). Lists of targets or victims, "exchanged fire" and "each
other" are no joint action.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from axiswatch.extract.context import DocContext
from axiswatch.extract.relations.cues import load_cues
from axiswatch.extract.relations.titles import country_entity
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import span_tokens, text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Two states striking each other are no allies: "exchanged strikes", "tit-for-tat".
_MUTUAL = re.compile(r"\b(?:each other|one another|exchang\w*|"
                     r"trad(?:ed|ing) (?:fire|strikes|blows)|tit-for-tat|retaliat\w*|"
                     r"against the other|respective)\b", re.I)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _is_state(ctx: DocContext, m: LinkedMention | None) -> bool:
    return m is not None and m.entity_id is not None and (
        m.etype == "state_body" or (m.etype == "place" and ctx.is_country(m.entity_id)))


def _and_pairs(ctx: DocContext, subject: Token
               ) -> list[tuple[LinkedMention | None, LinkedMention | None]]:
    """The names on either side of each "and" in a subject ("A and B" -> (A, B)), or
    ``None`` where a side names nothing."""
    return [(ctx.ents.at(tok.head.i), ctx.ents.at(tok.i)) for tok in subject.subtree
            if tok.dep_ == "conj" and tok.head.i < tok.i and
            any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.head.children)]


def _joined(ctx: DocContext, subject: Token) -> list[LinkedMention]:
    """The states a subject names through "and": "US and British jets" -> both."""
    out: list[LinkedMention] = []
    for first, second in _and_pairs(ctx, subject):
        if _is_state(ctx, first) and _is_state(ctx, second):
            for m in (first, second):
                if m is not None and m not in out:
                    out.append(m)
    return out


def _as_state(ctx: DocContext, m: LinkedMention) -> LinkedMention:
    """A state body stands for its country here: "British forces" are Britain acting."""
    if m.etype != "state_body" or m.entity_id is None:
        return m
    code = ctx.country(m.entity_id)
    cid = country_entity(ctx, code) if code else None
    if cid is None:
        return m
    return LinkedMention(m.start, m.end, m.tok_start, m.tok_end, m.text, "GPE", cid, "place")


def joint_actors(ctx: DocContext, sent: Span) -> list[tuple[LinkedMention, LinkedMention]]:
    """Pairs of states that carry out one action of the sentence together."""
    verbs = load_cues().joint_action_verbs
    pairs: list[tuple[LinkedMention, LinkedMention]] = []
    candidates = span_tokens(sent, pos=("VERB",), lemmas=verbs)
    if not candidates or _MUTUAL.search(text_of(sent)):
        return pairs
    for tok in candidates:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        for subject in (c for c in tok.children if c.dep_ in _SUBJECTS):
            states = [_as_state(ctx, m) for m in _joined(ctx, subject)]
            for i, a in enumerate(states):
                for b in states[i + 1:]:
                    if a.entity_id != b.entity_id:
                        pairs.append((a, b))
    return pairs


# What two groups may carry out together: "joint operations", "a joint attack".
_JOINT_DEEDS = frozenset({"operation", "attack", "strike", "campaign", "offensive", "raid"})


def joint_groups(ctx: DocContext, sent: Span) -> list[tuple[LinkedMention, LinkedMention]]:
    """Pairs of armed groups that are the joined subject of a verb telling of their joint
    operations: "A and B announced joint operations", "A and B said they had carried out a
    joint attack" (not "A and B condemned the joint strikes by C")."""
    pairs: list[tuple[LinkedMention, LinkedMention]] = []
    for tok in sent:
        deed = tok.head if tok.head.lemma_.lower() in _JOINT_DEEDS else tok.head.head
        if tok.lower_ != "joint" or deed.lemma_.lower() not in _JOINT_DEEDS or any(
                c.dep_ == "prep" and c.lower_ == "by" for c in deed.children):
            continue  # (not "condemned the joint strikes by C")
        verb = deed
        for _ in range(6):  # up through "what they called", "said they had carried out"
            if verb.dep_ == "ROOT" or verb.head is verb:
                break
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            groups = [m for m in _joined_mentions(ctx, subject) if m.etype in _GROUPS]
            for i, a in enumerate(groups):
                for b in groups[i + 1:]:
                    if a.entity_id != b.entity_id:
                        pairs.append((a, b))
    return pairs


_GROUPS = frozenset({"armed_group", "front_group", "coalition"})


def _joined_mentions(ctx: DocContext, subject: Token) -> list[LinkedMention]:
    """The names a subject joins through "and": "A and B" -> both."""
    out: list[LinkedMention] = []
    for pair in _and_pairs(ctx, subject):
        for m in pair:
            if m is not None and m.entity_id and m not in out:
                out.append(m)
    return out

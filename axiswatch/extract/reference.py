"""Does a mention continue the story of an occurrence already told?

News reports tell an occurrence in a lead sentence and then go on about it:
"the drone struck a training area", "most of the projectiles were intercepted,
but others struck the base", "a small number of missiles landed", "the toll
from Tuesday's strike", "it is the deadliest attack since...", "the first
strike on the city since January". Such a mention points back, through a
definite or possessive reference, a part of a whole, or a comparison, at
something the reader already knows. It is a new occurrence only when nothing
told before fits it; :func:`axiswatch.extract.dedup.merge_repeats` decides
that, from what the two mentions share and do not contradict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.arguments import governing_verb, inherited_subjects
from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import Draft
from axiswatch.extract.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words that take a part of a whole told before: "others struck", "the rest landed".
PARTS = frozenset({"other", "others", "rest", "remainder"})
COMPLEMENT_PREPS = frozenset({"of", "on", "against", "at", "in"})
CLAIMING = frozenset({"claim", "endorse"})
# "the first strike on the city", "Iran's earlier attack": one set against others told.
ORDINALS = frozenset({"first", "second", "third", "latest", "last", "previous", "earlier"})
# Nouns a deed is told as a first or a last by ("the first time that X had hit a ship").
NOVELTY = frozenset({"time", "occasion", "instance"})


def _definite(ctx: DocContext, np: Token) -> bool:
    """"the drone", "the projectiles", "Tuesday's strike": a noun phrase that points at
    something already known (a name is no such pointer: "the Houthis")."""
    if np.pos_ not in ("NOUN", "PROPN") or ctx.ents.at(np.i) is not None:
        return False
    for child in np.children:
        if child.dep_ in ("det", "predet") and child.lower_ in DEFINITE:
            return True
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            return True  # "Tuesday's strike" ("her arrest" names whom, not which)
    return False


def recalls(ctx: DocContext, d: Draft) -> bool:
    """Whether draft ``d`` is told by a definite noun ("the strike", "the Iranian strike in
    Pakistan", "the attacks on the base"): whatever it names, it points at an occurrence
    the reader knows, so a day it only takes from the paragraph around it is not its own."""
    return _definite(ctx, ctx.doc[d.hit.head])


def _partitive(ctx: DocContext, np: Token) -> bool:
    """"some", "most of the projectiles", "a small number of missiles", "others"."""
    if lemma(np) in PARTS or np.lower_ in PARTS:
        return True
    if lemma(np) not in ctx.ontology.quantifiers:
        return False
    if np.pos_ in ("DET", "PRON") or not any(c.dep_ in ("det", "nummod", "amod")
                                            for c in np.children):
        return True  # "Some forced open a gate"
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in np.children)


def _comparison(tok: Token) -> bool:
    """"It is the deadliest attack since...", "the first strike on the city since
    January": the occurrence being told, set against others."""
    if tok.dep_ == "attr":
        return True
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ORDINALS)
               for c in tok.children)


def told_as_first(tok: Token) -> bool:
    """"It was the first time (since May) that a drone boat had hit a ship": a deed told
    in a clause of a first or a last sets the deed told before against all others."""
    return tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl", "ccomp", "advcl") and any(
        lemma(a) in NOVELTY and a.pos_ == "NOUN" and _comparison(a)
        for a in list(tok.ancestors)[:3])


def _named_complement(ctx: DocContext, tok: Token) -> bool:
    """"the arrest of nurse X", "the strike on Tyre": a complement naming whom or what."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS and any(
                ctx.ents.at(t.i) is not None for t in child.subtree):
            return True
    return False


def continues_story(ctx: DocContext, d: Draft) -> bool:
    """Whether draft ``d`` refers back to an occurrence rather than telling a new one."""
    tok = ctx.doc[d.hit.head]
    verb = governing_verb(tok) if d.hit.trigger.verbs and tok.dep_ == "pobj" else None
    if verb is not None and lemma(verb) in d.hit.trigger.verbs and tok.pos_ == "NOUN":
        tok = verb  # "was taken into custody", "placed under arrest": told as its verb is
    if tok.pos_ in ("NOUN", "PROPN"):
        if _comparison(tok):
            return True
        if _named_complement(ctx, tok):
            return False  # "the arrest of Ali Musa": its own content makes it known
        # "X claimed a drone attack on the base": the attack told before
        return _definite(ctx, tok) or (tok.dep_ == "dobj" and lemma(tok.head) in CLAIMING)
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children):
        return True  # "five other officers were also killed": by whom is told before
    subj = inherited_subjects(tok)
    if not subj and tok.dep_ in ("acl", "ccomp", "xcomp") and tok.tag_ == "VBG":
        subj = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubj")]
    return any(_definite(ctx, s) or _partitive(ctx, s) for s in subj)

"""Alliances told by a noun: "X and Y are close allies", "X and Y formed an alliance",
"X formed an alliance with Y".

The cue table reads "X, an ally of Y" and "X fights alongside Y"; a plural role noun
said of two names joined by "and", or an alliance formed by them, names no other
party: the two names are each other's allies.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from axiswatch.extract.relations.clauses import (
    Found,
    clause_certainty,
    hypothetical,
    names_of,
    pairs,
)
from axiswatch.extract.relations.patterns import ORGS, PLACES
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Plural nouns that make the names they are said of each other's allies.
ALLY_NOUNS = frozenset({"ally", "partner"})
# Nouns of the bond two parties form: "an alliance", "a partnership".
ALLIANCE_NOUNS = frozenset({"alliance", "partnership"})
FORMING_VERBS = frozenset({"form", "forge", "build", "cement", "strengthen", "deepen",
                           "announce", "seal", "enter", "have", "maintain"})
# Allies may be groups, bodies or states: "the Houthis and Iran are allies".
ALLIES = ORGS | PLACES
# Verbs of acting together said of two joined subjects: "X and Y cooperate closely".
TOGETHER_VERBS = frozenset({"cooperate", "coordinate", "collaborate", "ally"})
# Partners of a kind that makes no alliance: "trading partners", "negotiating partners".
NOT_ALLIED = frozenset({"trading", "trade", "business", "commercial", "economic",
                        "negotiating", "coalition"})


def alliance_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(first, "allied_with", second, certainty) for names a sentence calls allies."""
    for tok in span_tokens(sent, pos=("VERB", "NOUN")):  # (tested below)
        lem = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lem in TOGETHER_VERBS and not hypothetical(tok) and \
                not _denied(tok) and not any(c.dep_ == "prep" and c.lower_ == "with"
                                             for c in tok.children):
            yield from _mutual([c for c in tok.children if c.dep_ == "nsubj"], by_token,
                               clause_certainty(tok))  # "X and Y now cooperate"
        if tok.pos_ != "NOUN":
            continue
        if lem in ALLY_NOUNS and tok.tag_ == "NNS" and not _has_other_party(tok):
            yield from _mutual(_said_of(tok), by_token, clause_certainty(tok))
        elif lem in ALLIANCE_NOUNS and tok.dep_ in ("dobj", "obj", "pobj"):
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "into" \
                else tok.head
            if verb.lemma_.lower() not in FORMING_VERBS or hypothetical(verb) or \
                    _denied(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            partners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"]
            hedge = clause_certainty(verb)
            if partners:  # "X formed an alliance with Y"
                yield from pairs(names_of(subjects, by_token), "allied_with",
                                 names_of(partners, by_token), ALLIES, ALLIES, hedge)
            else:  # "X and Y formed an alliance"
                yield from _mutual(subjects, by_token, hedge)


def _denied(verb: Token) -> bool:
    """A verb negated ("are not allies", "never formed an alliance"); the two names are
    joined below it, where the walk for a negation between two names does not reach."""
    return any(c.dep_ == "neg" for c in verb.children)


def _has_other_party(noun: Token) -> bool:
    """"allies of Y", "Y's allies", "trading partners": a noun that names whose allies
    (left to the role-noun rules) or a bond that is no alliance."""
    return any((c.dep_ == "prep" and c.lower_ in ("of", "to")) or c.dep_ == "poss" or
               c.lower_ in NOT_ALLIED for c in noun.children)


def _said_of(noun: Token) -> list[Token]:
    """The subject a plural noun is said of by a copula ("X and Y are allies") or the
    names it stands in apposition to ("X and Y, close allies, ...")."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "become", "remain"):
        if _denied(noun.head):
            return []  # "X and Y are not allies"
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "appos":
        return [noun.head]
    return []


def _mutual(subjects: list[Token], by_token: Mapping[int, LinkedMention],
            hedge: str | None) -> Iterator[Found]:
    """Each pair of the two or more names joined in ``subjects``."""
    named = names_of(subjects, by_token)
    for i, first in enumerate(named):
        if first.etype in ORGS or any(n.etype in ORGS for n in named[i + 1:]):
            # (two states called allies are left to the joint-action rules)
            yield from pairs([first], "allied_with", named[i + 1:], ALLIES, ALLIES, hedge)

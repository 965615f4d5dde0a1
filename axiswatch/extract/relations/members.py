"""Membership told through the groups a name is one of: "X is one of the militias that
form Y", "X, one of the factions that make up Y", "X is among the groups that
comprise Y".

The relative clause says what the plural noun's members make up; the name the
partitive or "among" picks out of that plural is one of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from axiswatch.extract.relations.clauses import (
    Found,
    apposed_names,
    clause_certainty,
    hypothetical,
    names_of,
    pairs,
)
from axiswatch.extract.relations.patterns import ORGS
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose subjects together make up their object: "the factions that form Y".
MAKING_UP = frozenset({"form", "make", "comprise", "constitute", "compose"})


def member_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(member, "part_of", whole, certainty) for the names picked out of a plural whose
    relative clause says it makes up a named whole."""
    for verb in span_tokens(sent, lemmas=MAKING_UP, deps=("relcl",)):
        lem = verb.lemma_.lower()
        if verb.dep_ != "relcl" or lem not in MAKING_UP or hypothetical(verb) or (
                lem == "make" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                          for c in verb.children)):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who")
                   for c in verb.children):
            continue  # "the groups Iran formed": the plural is the object, not the makers
        plural = verb.head
        if plural.tag_ != "NNS":
            continue
        wholes = names_of([c for c in verb.children if c.dep_ in ("dobj", "obj")], by_token)
        members = apposed_names(plural, by_token) or names_of(_among(plural), by_token)
        yield from pairs(members, "part_of", wholes, ORGS, ORGS, clause_certainty(verb))


def _among(plural: Token) -> list[Token]:
    """"X is among the groups ...": the subject of the copula "among" hangs on."""
    prep = plural.head
    if plural.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]

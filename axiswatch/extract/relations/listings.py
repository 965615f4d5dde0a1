"""Designations told by a noun: "X's designation by the State Department", "the
blacklisting of X by the Treasury", "Britain's proscription of X".

The cue table reads "Y's designation of X" when nothing stands between the names; the
parse gives the noun's possessor and its "of" and "by" objects wherever they stand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from axiswatch.extract.relations.clauses import (
    DESIGNATORS,
    Found,
    clause_certainty,
    names_of,
    pairs,
)
from axiswatch.extract.relations.patterns import ANY, FACILITY, PLACES
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LISTING_NOUNS = frozenset({"designation", "listing", "blacklisting", "proscription",
                           "redesignation"})
LISTED = ANY - PLACES - FACILITY
# Where a gerund stands as a noun does.
NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


def listing_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(listed, "designated_by", lister, certainty) for each listing noun whose two
    parties are named: the "by" object lists, the "of" object (or, with "by", the
    possessor) is listed."""
    for noun in span_tokens(sent, words=LISTING_NOUNS):
        if noun.lower_ not in LISTING_NOUNS or not (
                noun.pos_ == "NOUN" or (noun.tag_ == "VBG" and noun.dep_ in NOMINAL)):
            continue  # ("X's listing by Y": a gerund the tagger takes for a verb)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        listers, listed = _objects(noun, "by"), _objects(noun, "of")
        if listers and not listed:
            listed = owners  # "X's designation by Y"
        elif listed and not listers:
            listers = owners  # "Y's designation of X"
        yield from pairs(names_of(listed, by_token), "designated_by",
                         names_of(listers, by_token), LISTED, DESIGNATORS,
                         clause_certainty(noun))


def _objects(noun: Token, prep: str) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]

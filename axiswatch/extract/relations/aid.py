"""Sponsorship told by a noun rather than a verb: "Iran's sponsorship of X", "Iranian
support for X", "X has long enjoyed Iranian backing", "Y is the chief patron of X",
"X relies on Y for weapons".

Analyses and background paragraphs name a sponsor's aid as a noun as often as with
"backs" or "backed by": the giver is the noun's possessor or its adjective of
nationality, the one aided its "for", "of" or "to" object, or the subject of the verb
that has the noun as its object ("X receives Iranian backing").
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import TYPE_CHECKING

from axiswatch.extract.relations.clauses import (
    AID_WORDS,
    RECEIVE_OBJECTS,
    Found,
    clause_certainty,
    described_name,
    hypothetical,
    names_of,
    pairs,
)
from axiswatch.extract.relations.patterns import ORGS, SPONSORS, STATES
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of aid any sponsor gives ("Hezbollah's training of X" is sponsorship) ...
SPONSORING_NOUNS = frozenset({"sponsorship", "funding", "financing", "patronage", "arming",
                              "bankrolling", "backing", "training"})
# ... and nouns of aid that from a group may be mere solidarity ("Hezbollah's support
# for Hamas"), said of a state's aid only.
HELPING_NOUNS = frozenset({"support", "help", "assistance", "aid"})
AIDED_PREPS = frozenset({"for", "of", "to"})
# Verbs whose subject gets the aid their object names: "X enjoys Iranian backing".
GETTING_VERBS = frozenset({"receive", "enjoy", "get", "obtain", "accept", "win", "secure"})
# Verbs of creating or acting "with" aid: "set up X with Iranian help".
AIDED_ACTS = frozenset({"found", "establish", "create", "form", "set", "build", "operate",
                        "fight", "rebuild", "develop"})
# Nouns of the one who gives: "the chief patron of X", "Iran, the main backer of X".
PATRON_NOUNS = frozenset({"sponsor", "patron", "backer", "benefactor", "paymaster",
                          "funder", "bankroller", "supplier", "donor"})
# "X relies on Y for weapons": what one depends on a sponsor for.
RELYING_VERBS = frozenset({"rely", "depend", "count", "lean"})
# The aided: armed groups and state bodies ("US funding of UNRWA" is a donor's grant).
AIDED = ORGS - frozenset({"organization"})
RELIED_FOR = RECEIVE_OBJECTS | frozenset({"cash", "financing", "arms", "weapons", "ammunition",
                                          "expertise", "advice", "budget", "supplies"})


def aid_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(aided, "sponsored_by", giver, certainty) for each aid noun of the sentence whose
    giver and aided party are both named."""
    for noun in span_tokens(sent, pos=("NOUN",), lemmas=SPONSORING_NOUNS | HELPING_NOUNS):
        lem = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lem not in SPONSORING_NOUNS | HELPING_NOUNS:
            continue
        givers = _givers(noun, by_token)
        if not givers and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "under"):
            # "with the help of Y", "under the patronage of Y": Y gives
            givers = names_of(_objects(noun, ("of",)), by_token)
            aided = names_of(_aided_by_clause(noun), by_token)
        else:
            aided = names_of(_objects(noun, AIDED_PREPS), by_token) or names_of(
                _aided_by_clause(noun), by_token)
        if not givers:
            continue
        kinds = STATES if lem in HELPING_NOUNS else SPONSORS
        yield from pairs(aided, "sponsored_by", givers, AIDED, kinds, clause_certainty(noun))


def _objects(noun: Token, preps: Collection[str]) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _givers(noun: Token, by_token: Mapping[int, LinkedMention]) -> list[LinkedMention]:
    """Who gives the aid a noun names: "Iran's", "Iranian", "IRGC" before it, or "from
    Iran" after it."""
    toks = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    toks += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ == "pobj"]
    return [m for t in toks if (m := by_token.get(t.i)) is not None]


# Verbs of sponsoring whose object may be a plural common noun the names are listed
# under: "Iran backs several militias, among them X and Y".
BACKING_VERBS = frozenset({"back", "support", "fund", "arm", "train", "sponsor", "finance",
                           "equip", "bankroll", "direct", "supply", "oversee"})
# Words that introduce the members of a plural: "including X", "such as X", "like X".
LISTING = frozenset({"including", "like", "as", "among"})
# Nouns whose "of" object is the plural listed: "a network of proxies including X".
COLLECTING = frozenset({"network", "array", "host", "range", "constellation", "web",
                        "number", "series", "set"})


def listed_aid(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """(member, "sponsored_by", sponsor, certainty) for the names listed under the plural
    object of a sponsoring verb: "Tehran supports a network of proxies including X and
    Y", "Iran backs several militias in Iraq, among them X"."""
    for verb in span_tokens(sent, pos=("VERB",), lemmas=BACKING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BACKING_VERBS or \
                hypothetical(verb) or any(c.dep_ in ("nsubjpass", "auxpass")
                                          for c in verb.children):
            continue
        givers = names_of([c for c in verb.children if c.dep_ == "nsubj"], by_token)
        if not givers:
            continue
        plurals = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        listed = [t for o in plurals for t in _listed_under(o)]
        if any(o.tag_ == "NNS" for o in plurals):  # "..., among them X": wherever the
            # parse hangs the name that "among them" introduces
            listed += [t for t in verb.subtree if any(
                c.dep_ == "prep" and c.lower_ == "among" and
                any(g.lower_ in ("them", "these", "those") for g in c.children)
                for c in t.children)]
        members = names_of(listed, by_token)
        yield from pairs(members, "sponsored_by", givers, AIDED, SPONSORS,
                         clause_certainty(verb))


def _listed_under(noun: Token) -> list[Token]:
    """The names listed under a plural common noun (or the plural a collecting noun
    holds): its "including", "such as" or "among them" objects and its appositions."""
    nouns = [noun]
    if noun.lemma_.lower() in COLLECTING:  # (the list may hang on either noun)
        nouns += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"]
    elif noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return []
    return [t for n in nouns for t in [
        *(g for c in n.children if c.dep_ == "prep" and c.lower_ in LISTING
          for g in c.children if g.dep_ == "pobj"),
        *(c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN")]]


def received_aid(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """"X has received Iranian missiles for years": the giver named by the adjective or
    possessor of the aid received, when no "from" names it."""
    for verb in span_tokens(sent, pos=("VERB",), lemmas=GETTING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GETTING_VERBS or \
                hypothetical(verb) or any(c.dep_ == "prep" and c.lower_ == "from"
                                          for c in verb.children):
            continue
        aid = [o for o in verb.children if o.dep_ in ("dobj", "obj") and
               o.lemma_.lower() in RELIED_FOR | AID_WORDS]
        givers = [m for o in aid for m in _givers(o, by_token)]
        subjects = names_of([c for c in verb.children if c.dep_ == "nsubj"], by_token)
        yield from pairs(subjects, "sponsored_by", givers, AIDED, STATES,
                         clause_certainty(verb))


# Verbs of directing or training a group, done by another's people: "X is commanded by
# IRGC officers", "X was trained by Hezbollah instructors".
DIRECTING_VERBS = frozenset({"command", "lead", "run", "direct", "train", "arm", "advise",
                             "equip", "fund", "supervise", "oversee"})


def staffed_aid(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """"X is commanded by IRGC officers", "X was trained by Hezbollah instructors": the
    group or body whose people direct or train X sponsors it."""
    for verb in span_tokens(sent, pos=("VERB",), lemmas=DIRECTING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DIRECTING_VERBS or \
                hypothetical(verb):
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj" and g.tag_ == "NNS" and g.i not in by_token]
        givers = [m for a in agents for m in _givers(a, by_token)]
        if not givers:
            continue
        done = [c for c in verb.children if c.dep_ == "nsubjpass"]
        yield from pairs(names_of(done, by_token), "sponsored_by", givers, AIDED,
                         SPONSORS - {"person"}, clause_certainty(verb))


def _aided_by_clause(noun: Token) -> list[Token]:
    """The one aided when the noun has no object of its own: the subject of "receives
    Iranian backing", the group set up or fighting "with Iranian help"."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in GETTING_VERBS and \
            not hypothetical(head):
        return [c for c in head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "pobj" and head.lower_ in ("with", "under") and \
            head.head.pos_ in ("NOUN", "PROPN") and head.head.dep_ in ("dobj", "nsubjpass") \
            and head.head.head.lemma_.lower() in AIDED_ACTS:
        return [head.head]  # "set up X with Iranian help" (the phrase hung on X)
    if noun.dep_ == "pobj" and head.lower_ in ("with", "under") and \
            head.head.lemma_.lower() in AIDED_ACTS and not hypothetical(head.head):
        verb = head.head
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            return [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.lemma_.lower() in ("operate", "fight"):
            return [c for c in verb.children if c.dep_ == "nsubj"]
        return [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return []


def patron_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """"Y is the chief patron of X", "Y, the main backer of X", "Y is one of X's biggest
    donors": X sponsored by Y."""
    for noun in span_tokens(sent, pos=("NOUN",), lemmas=PATRON_NOUNS):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PATRON_NOUNS:
            continue
        aided = names_of([g for c in noun.children if c.dep_ == "prep" and
                          c.lower_ in AIDED_PREPS for g in c.children if g.dep_ == "pobj"],
                         by_token) or [m for c in noun.children if c.dep_ == "poss"
                                       if (m := by_token.get(c.i)) is not None]
        giver = described_name(noun, by_token) if aided else None
        if giver is None:
            continue
        hedge = clause_certainty(noun, stop=sent.doc[giver.tok_end - 1])
        yield from pairs(aided, "sponsored_by", [giver], ORGS, SPONSORS, hedge)


def reliance_relations(sent: Span, by_token: Mapping[int, LinkedMention]) -> Iterator[Found]:
    """"X relies on Y for money and weapons", "X depends on Iran for most of its arms"."""
    for verb in span_tokens(sent, pos=("VERB",), lemmas=RELYING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELYING_VERBS or \
                hypothetical(verb):
            continue
        preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"]
                 for c in verb.children if c.dep_ == "prep"}
        for g in preps.get("on", []):  # "on Y for weapons": the parse may hang "for" on Y
            preps.setdefault("for", []).extend(
                o for c in g.children if c.dep_ == "prep" and c.lower_ == "for"
                for o in c.children if o.dep_ == "pobj")
        wanted = [t for g in preps.get("for", []) for t in (g, *g.conjuncts, *(
            o for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"))]
        if not any(t.lemma_.lower() in RELIED_FOR or t.lower_ in RELIED_FOR for t in wanted):
            continue
        subjects = names_of([c for c in verb.children if c.dep_ == "nsubj"], by_token)
        givers = names_of(preps.get("on", []), by_token)
        yield from pairs(subjects, "sponsored_by", givers, ORGS, SPONSORS,
                         clause_certainty(verb))

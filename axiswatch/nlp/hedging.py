"""Hedging cues: how sure the text is of a fact.

``confirmed`` (stated as fact), ``reported`` ("reportedly", "according to",
"sources said"), ``claimed`` (the perpetrator's own claim), ``assessed``
("likely", "probably", "appears to", "assesses"), ``alleged`` ("accused",
"suspected", "linked to", "blamed").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Cue phrases per certainty, weakest first: the first certainty with a cue wins.
CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("claimed", (
        r"claimed responsibility", r"claims? of responsibility", r"claimed by",
        r"took responsibility",
        r"said it (?:had )?(?:launched|carried out|fired|targeted|attacked)",
    )),
    ("alleged", (
        r"accus\w*", r"suspect\w*", r"linked to", r"links? (?:\w+ )?to", r"blam\w*", r"allegedly",
        r"alleg\w*", r"tied to", r"implicated", r"attribut\w* (?:[\w'’-]+ ){0,4}to",
        r"h[eo]lds?(?: [\w'’-]+){0,4} (?:responsible|accountable)",
        r"(?:is|was|were|are|been|be) (?:\w+ )?(?:responsible|to blame) for",
        r"punish(?:es|ed|ing)? (?:[\w'’-]+ ){1,4}for",
        r"pin(?:s|ned|ning)? (?:it|them|the blame|(?:the|this|that|these) (?:[\w'’-]+ ){0,2}"
        r"(?:attacks?|strikes?|bombings?|blasts?|assaults?|explosions?)) on",
    )),
    ("assessed", (
        # ("re-assessing its ties" reviews them, assesses nothing)
        r"likely", r"probably", r"appears? to", r"appeared to", r"(?<!-)assess\w*", r"believed",
        r"believes?", r"possibly", r"apparently", r"seems? to", r"suggests?", r"may have",
        r"might have", r"could have", r"probable", r"hallmarks?", r"footprints?",
        r"fingerprints?",
        # "US officials estimate", "analysts estimated that": a judgement of those who
        # weigh the evidence (not "an estimated 500 fighters", "according to US estimates")
        r"(?<!\ba )(?<!\bone )(?<!\bthe )(?<!\bus )(?<!\bits )estimate(?= *[.,;]| that\b)",
        r"estimated that",
    )),
    ("reported", (
        r"reportedly", r"according to", r"sources? (?:said|say|told|have confirmed|confirmed)",
        r"reported", r"reports? (?:say|said|indicate|suggest)", r"was quoted", r"citing",
        r"told (?:\w+ ){0,3}(?:news|agency|reuters|press)", r"said to", r"sources familiar",
    )),
)

_COMPILED = tuple(
    (certainty, re.compile(r"\b(?:" + "|".join(cues) + r")\b", re.I)) for certainty, cues in CUES
)


def hedge_cues(text: str) -> list[tuple[str, str]]:
    """Every ``(certainty, cue)`` found in ``text``."""
    found: list[tuple[str, str]] = []
    for certainty, pattern in _COMPILED:
        found.extend((certainty, m.group(0)) for m in pattern.finditer(text))
    return found


ALL_HEDGES = ("claimed", "alleged", "assessed", "reported")


def certainty_of(text: str, *, allow: tuple[str, ...] = ALL_HEDGES,
                 skip: tuple[tuple[int, int], ...] = ()) -> str:
    """The certainty ``text`` expresses: the first of claimed, alleged, assessed,
    reported whose cue occurs (and is in ``allow``), else ``confirmed``.

    ``skip``: character ranges of ``text`` whose cues say nothing about this fact
    (a relative clause about another party, another event's clause).
    """
    text = masked(text, skip)
    for certainty, pattern in _COMPILED:
        if certainty in allow and pattern.search(text):
            return certainty
    return "confirmed"


def masked(text: str, skip: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the character ranges ``skip`` blanked out."""
    if not skip:
        return text
    chars = list(text)
    for start, end in skip:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


# A plot told by those who pursue it is an accusation until a court rules: "prosecutors
# said", "according to the indictment", "the FBI says", "officials said the suspects",
# "was arrested on suspicion of planning", "the State Security Service said it foiled"
# (the "detainees" a plot would free accuse no one).
ACCUSERS = re.compile(
    r"\b(?:prosecutors?|prosecution|indict\w*|charg(?:es|ed|ing)|(?:criminal )?complaint|"
    r"court (?:documents|papers|filings|records)|FBI|Justice Department|Department of Justice|"
    r"investigators?|police|authorities|officials?|ministry|arrest(?:s|ed|ing)?|"
    r"detain(?:s|ed|ing)?|detention|suspicion|counter-?terrorism|Shin Bet|Mossad|MI5|"
    r"security (?:service|services|agency|forces)|"
    r"intelligence (?:service|services|agency|agencies|officials))\b", re.I)


def accused_plot(text: str) -> bool:
    """Whether a plot's sentence tells it through those who investigate or charge it."""
    return ACCUSERS.search(text) is not None


# What settles a plot as fact: a court's verdict or the plotter's own admission ("was
# convicted of plotting", "sentenced to 20 years", "pleaded guilty", "confessed").
SETTLERS = re.compile(r"\b(?:convict\w*|sentenc\w*|guilty|admit\w*|confess\w*)\b", re.I)


def settled_plot(text: str) -> bool:
    """Whether a plot's sentence tells it as settled by a court or by its plotter."""
    return SETTLERS.search(text) is not None


# From the least to the most sure.
CERTAINTY_ORDER = ("claimed", "alleged", "assessed", "reported", "confirmed")


def weaker(a: str, b: str) -> str:
    """The less sure of two certainties."""
    rank = {c: i for i, c in enumerate(CERTAINTY_ORDER)}
    return a if rank.get(a, len(rank)) <= rank.get(b, len(rank)) else b


def hedge_asides(sent: Span, trigger: Token) -> tuple[tuple[int, int], ...]:
    """Character ranges (within ``sent``) of the relative and participle clauses (and
    coordinated clauses with a subject of their own) that describe something other
    than the event of ``trigger``: "the militia that officials
    blame for another attack", "targets linked to X" hedge the militia or the targets,
    not the strike the sentence reports. A clause on the trigger, on a phrase the trigger
    hangs from or on the subject of its clause is the event's own."""
    out: list[tuple[int, int]] = []
    above = {a.i for a in trigger.ancestors} | {trigger.i}
    for tok in sent:
        own_subject = tok.dep_ in ("conj", "advcl") and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)  # "and Y said", "after
        # Y blamed X for another attack": a clause with a subject of its own
        if not own_subject and (tok.dep_ not in ("relcl", "acl") or tok.head.i in above):
            continue
        if tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i in above:
            continue  # "operations tied to X have included attacks on ..."
        sub = list(tok.subtree)
        if any(t.i == trigger.i for t in sub):
            continue
        start = sub[0].idx - sent.start_char
        out.append((start, sub[-1].idx + len(sub[-1].text) - sent.start_char))
    return tuple(out)

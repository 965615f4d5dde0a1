"""Reading the words between two names: what else stands between them, where a
possessor begins ("head of Iran's Quds Force"), titles joined by "and", and the
names listed after a subject."""

from __future__ import annotations

import re
from collections.abc import Container

from axiswatch.extract.context import DocContext
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes

# Two names with nothing but a space or hyphen between: "IRGC Quds Force".
ADJACENT = re.compile(r"^[\s\-]*$")


# A title of a person's before a name: "deputy head of", "the founder of".
_CHAIN_TITLE = (r"(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:leader|head|chief|commander|"
                r"founder|co-founder|secretary[- ]general|member|official|spokesman|officer)"
                r" of (?:the )?")


_CHAIN_FIRST = re.compile(r"^,\s*" + _CHAIN_TITLE + r"$", re.I)


_CHAIN_NEXT = re.compile(r"^\s*,?\s*and\s+(" + _CHAIN_TITLE + r")$", re.I)


POSSESSIVE = re.compile(r"^\s*['’]s?\s*(?:(?:so-called|own|main|new|former|state-funded|"
                         r"state-backed|official|largest|powerful|(?:north|south)?(?:western|"
                         r"eastern)|northern|southern|central|restive|oil-rich)\s+)?$")


RELATIVE = re.compile(r",\s*(?:who|which|that|whose)\b[^,]*,", re.I)


def intervening(left: LinkedMention, right: LinkedMention, mentions: list[LinkedMention],
                 text: str, collectives: Container[str] = ()) -> bool:
    """Another mention between the two, other than the possessor of the right one
    ("backed by Iran's IRGC Quds Force": Iran does not block the Quds Force) or an
    unnamed collective of ``collectives`` ("X, an umbrella of Iran-backed militias
    including Y": the militias describe what X gathers)."""
    skipped = [(left.end + x.start(), left.end + x.end())
               for x in RELATIVE.finditer(text[left.end:right.start])]
    for m in mentions:
        if m.start >= left.end and m.end <= right.start and m is not left and m is not right:
            if any(a <= m.start and m.end <= b for a, b in skipped):
                continue  # "X, who control most of Yemen, are part of Y"
            if modifies(text[m.end:right.start]) or m.label == "NORP" or (
                    m.entity_id in (left.entity_id, right.entity_id)) or m.modifier or \
                    m.entity_id in collectives:
                continue
            return True
    return False


def conjoined(ctx: DocContext, m: LinkedMention, mentions: list[LinkedMention]
              ) -> list[LinkedMention]:
    """The names joined to ``m`` by the parse ("X and Y", and their appositions)."""
    doc = ctx.doc
    out = []
    # any token of the name: a long name is sometimes parsed as two ("Harakat al-/Nujaba")
    for conj in (c for t in doc[m.tok_start:m.tok_end] for c in t.conjuncts):
        for tok in [conj, *[c for c in conj.children if c.dep_ == "appos"]]:
            other = ctx.ents.at(tok.i)
            if other is not None and other is not m and other in mentions and \
                    other not in out:
                out.append(other)
    return out


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def listed(m: LinkedMention, mentions: list[LinkedMention], text: str) -> list[LinkedMention]:
    """The names listed right after ``m``: "including A, B and C" -> B and C."""
    out: list[LinkedMention] = []
    last = m
    for other in mentions:
        if other.start < last.end or other is last:
            continue
        if not _LIST_GAP.match(text[last.end:other.start]):
            break
        out.append(other)
        last = other
    return out


def possessor_start(left: LinkedMention, right: LinkedMention, mentions: list[LinkedMention],
                     text: str) -> int:
    """Where the words between two mentions end, before a possessor of the right one:
    "head of Iran's Quds Force" reads as "head of" the Quds Force."""
    end = right.start
    moved = True
    while moved:  # "Iran's IRGC Quds Force": back over both names before the Quds Force
        moved = False
        for m in mentions:
            if m.start >= left.end and m.end <= end and m is not right and \
                    m.label != "ANAPHOR" and modifies(text[m.end:end]):
                end, moved = m.start, True
                break
    return end


def modifies(gap: str) -> bool:
    """Whether a name followed by ``gap`` qualifies the next name: "Iran's", "IRGC"."""
    return bool(ADJACENT.match(gap) or (POSSESSIVE.match(gap) and gap.lstrip()[:1] in "'’")
                or _HYPHENED.match(gap))


# "the US-funded Voice of America", "the Iran-backed Kataib Hezbollah": a name joined by a
# hyphen to a participle qualifies the name after it.
_HYPHENED = re.compile(r"^-(?:funded|backed|run|owned|sponsored|supported|armed|financed)"
                       r"\s+$", re.I)


def title_chain(left: LinkedMention, right: LinkedMention, mentions: list[LinkedMention],
                 text: str) -> str | None:
    """"Y, deputy head of A and founder of B": the title before B, as if it followed Y alone
    (None unless the names between are the objects of the titles before)."""
    if left.etype != "person":
        return None
    inside = [m for m in mentions if m.start >= left.end and m.end <= right.start
              and m is not left and m is not right]
    if not inside:
        return None
    if not _CHAIN_FIRST.match(fold_quotes(text[left.end:inside[0].start])):
        return None
    tail = _CHAIN_NEXT.match(fold_quotes(text[inside[-1].end:right.start]))
    return ", " + tail.group(1) if tail else None

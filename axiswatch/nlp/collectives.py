"""Unnamed groups named by their backer: "Iran-backed militias", "pro-Iran factions in
Syria", "militant groups backed by Iran", "Iranian-backed Iraqi militia groups".

Reports often blame or quote such a collective rather than a named group. The
statistical NER sees only the backer in these phrases, so the collective would be
lost, or the backer would stand in for it. :func:`collective_spans` finds them and
the linker gives each a canonical name ("Iran-backed militias", "Iran-backed
militias in Iraq") so that every wording in a document links to one entity, and
keeps the backer for the ``sponsored_by`` relation the phrase states.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Plural nouns of unnamed armed collectives.
COLLECTIVE_NOUNS = frozenset({"militias", "groups", "factions", "proxies", "militants",
                              "fighters", "paramilitaries", "outfits", "cells"})
# Words between the backing word and the noun: "Iran-backed Iraqi Shia militia groups".
FILLER = frozenset({"armed", "militia", "militant", "shia", "shiite", "paramilitary",
                    "radical", "islamist", "jihadist", "allied", "local", "other", "further",
                    "several", "various", "proxy", "resistance", "terrorist", "terror"})
BACKING = {"backed": "backed", "aligned": "aligned", "sponsored": "backed",
           "supported": "backed", "funded": "backed", "affiliated": "aligned",
           "allied": "aligned", "linked": "aligned", "led": "backed"}


_BACKED_BY = frozenset({("backed", "by"), ("supported", "by"), ("sponsored", "by"),
                        ("funded", "by"), ("loyal", "to"), ("close", "to")})


@dataclass(frozen=True, slots=True)
class CollectiveSpan:
    """Tokens [start, end) naming an unnamed collective, its backer's entity id, and
    the country it operates in (ISO code, when the phrase says)."""

    start: int
    end: int
    backer: str
    theater: str | None


def collective_spans(doc: Doc, backer_of: Callable[[str], str | None],
                     country_of: Callable[[str], str | None]) -> list[CollectiveSpan]:
    """Every collective phrase of a parsed text.

    ``backer_of(text)`` gives the entity a backer's name or adjective stands for;
    ``country_of(text)`` the ISO code a country name or adjective gives ("Iraqi",
    "Syria").
    """
    out: list[CollectiveSpan] = []
    n = len(doc)
    # Only tokens a few words before a collective noun can begin a phrase.
    starts = sorted({i for t in span_tokens(doc[:], words=COLLECTIVE_NOUNS)
                     for i in range(max(0, t.i - 8), t.i + 1)})
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        i = i0
        found = _backed_first(doc, i, backer_of, country_of) or \
            _backed_after(doc, i, backer_of, country_of)
        if found is None:
            continue
        start, end, backer, theater = found
        if _one_of(doc, start):  # "X, one of the Iran-backed militias": X's description
            i = end
            continue
        if end < n - 1 and doc[end].lower_ == "in":
            where = country_of(doc[end + 1].text)
            if where is not None and (theater is None or theater == where):
                theater, end = where, end + 2
        out.append(CollectiveSpan(start, end, backer, theater))
        i = end
    return out


def _one_of(doc: Doc, start: int) -> bool:
    """Whether the phrase at ``start`` follows "one of (the most ...)" or "among": it
    describes a named group, it names no collective of its own."""
    words = [t.lower_ for t in doc[max(0, start - 5):start]]
    return "among" in words or any(a == "one" and b == "of" for a, b in pairwise(words))


def _noun_end(doc: Doc, j: int, country_of: Callable[[str], str | None]
              ) -> tuple[int, str | None] | None:
    """From token ``j``: optional nationality and filler words, then a collective noun;
    (end token, nationality's ISO code)."""
    theater = None
    n = len(doc)
    while j < n and (doc[j].lower_ in FILLER or (
            theater is None and doc[j].text[:1].isupper() and country_of(doc[j].text))):
        if doc[j].lower_ not in FILLER:
            theater = country_of(doc[j].text)
        j += 1
    if j < n and doc[j].lower_ in COLLECTIVE_NOUNS:
        return j + 1, theater
    return None


def _backed_first(doc: Doc, i: int, backer_of: Callable[[str], str | None],
                  country_of: Callable[[str], str | None]
                  ) -> tuple[int, int, str, str | None] | None:
    """"Iran-backed (Iraqi) militias", "pro-Iran factions"."""
    n = len(doc)
    if doc[i].lower_ == "pro" and i + 2 < n and doc[i + 1].text == "-":
        backer = backer_of(doc[i + 2].text)
        if backer is None:
            return None
        tail = _noun_end(doc, i + 3, country_of)
        return (i, tail[0], backer, tail[1]) if tail else None
    if not doc[i].text[:1].isupper() or i + 2 >= n or doc[i + 1].text != "-" or \
            doc[i + 2].lower_ not in BACKING:
        return None
    backer = backer_of(doc[i].text)
    if backer is None:
        return None
    tail = _noun_end(doc, i + 3, country_of)
    return (i, tail[0], backer, tail[1]) if tail else None


def _backed_after(doc: Doc, i: int, backer_of: Callable[[str], str | None],
                  country_of: Callable[[str], str | None]
                  ) -> tuple[int, int, str, str | None] | None:
    """"militant groups backed by Iran", "Iraqi militias loyal to Tehran"."""
    tail = _noun_end(doc, i, country_of)
    if tail is None or (i > 0 and doc[i - 1].text == "-"):
        return None
    j = tail[0]
    n = len(doc)
    if j + 2 >= n or (doc[j].lower_, doc[j + 1].lower_) not in _BACKED_BY:
        return None
    k = j + 2
    backer = backer_of(doc[k].text)
    return (i, k + 1, backer, tail[1]) if backer is not None else None

"""A capital named by its country: "the Saudi capital", "Yemen's capital", "the capital
of Iraq", "the Iraqi capital city".

Reports name a capital by the country it heads as often as by its own name. Such a
phrase is a place, the capital city, not the country: a rocket that hit "the Saudi
capital" fell on Riyadh. A phrase followed by the capital's own name ("the Lebanese
capital Beirut", "the Lebanese capital, Beirut") is left to that name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from axiswatch.nlp.linking import LinkedMention

POSSESSIVE_MARKS = frozenset({"'s", "’s"})
CITY_WORDS = frozenset({"city"})
# Tags of a proper name that may follow "capital" and name it ("the Iraqi capital Baghdad").
NAME_TAGS = frozenset({"NNP", "NNPS"})


def _names_it(doc: Doc, i: int) -> bool:
    """Whether the capital's own name follows the word at ``i`` ("capital Beirut",
    "capital, Beirut")."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].tag_ in NAME_TAGS


def capital_phrases(doc: Doc, by_token: Mapping[int, LinkedMention]
                    ) -> list[tuple[int, int, str]]:
    """(start, end, country text) of each phrase naming a capital by its country; the
    country is a mention of ``by_token`` (a name or a people's adjective), or ``""`` for
    "the capital" alone, whose country is the one the text named last."""
    out: list[tuple[int, int, str]] = []
    for tok in span_tokens(doc[:], pos=("NOUN", "PROPN"), words=("capital",)):
        if tok.lower_ != "capital" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        end = tok.i + 1
        if end < len(doc) and doc[end].lower_ in CITY_WORDS:
            end += 1
        before = tok.i - 1
        owner = None
        start = tok.i
        if before >= 1 and doc[before].text in POSSESSIVE_MARKS:
            owner = by_token.get(before - 1)  # "Yemen's capital"
        elif before >= 0:
            owner = by_token.get(before)  # "the Saudi capital"
        if owner is not None and owner.tok_end in (tok.i, tok.i - 1):
            if _names_it(doc, end):
                continue
            start = owner.tok_start
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            out.append((start, end, owner.text))
            continue
        if before >= 0 and doc[before].lower_ == "the" and not _names_it(doc, end) and \
                not (end < len(doc) and doc[end].lower_ == "of"):
            out.append((before, end, ""))  # "in the capital": the country told before
            continue
        if end + 1 < len(doc) and doc[end].lower_ == "of":  # "the capital of Iraq"
            at = end + 1 + (doc[end + 1].lower_ == "the")
            owner = by_token.get(at)
            if owner is None or owner.tok_start != at or owner.label not in ("GPE", "LOC"):
                continue
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            out.append((start, owner.tok_end, owner.text))
    return out

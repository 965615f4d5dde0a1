"""A place named again by the head of its descriptive name: "the southern suburbs of
Beirut ... the southern suburbs", "the airport of Erbil ... the airport".

A report that has spelled out a place as "<head> of <town>" goes on with the definite
head alone. "The southern suburbs" then names the place named before, not any suburbs:
the definite article points back. A one-word head counts only for a facility noun
("the airport", "the port"); "the Gulf" after "the Gulf of Oman" is another gulf.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from axiswatch.nlp.facilities import FACILITY_NAMES
from axiswatch.nlp.tokens import span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Named:
    """A place mention whose text is "<head> of <town>": token end, text and entity."""

    tok_end: int
    text: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class HeadReference:
    """Token bounds [start, end) of a head naming again the entity of an earlier name."""

    start: int
    end: int
    entity_id: str


def _head(text: str) -> tuple[str, ...]:
    """The lowercase words before " of " of a descriptive name, or ``()``."""
    if " of " not in text:
        return ()
    words = text.split(" of ", 1)[0].lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 2 or (len(words) == 1 and words[0] in FACILITY_NAMES):
        return tuple(words)
    return ()


def head_references(doc: Doc, named: Sequence[Named], covered: set[int]
                    ) -> list[HeadReference]:
    """The definite heads ("the southern suburbs") after a name they head ("southern
    suburbs of Beirut"), outside the tokens of ``covered`` and not themselves followed
    by "of" (which would name another place)."""
    heads: dict[str, list[tuple[tuple[str, ...], Named]]] = {}
    for n in named:
        words = _head(n.text)
        if words:
            heads.setdefault(words[0], []).append((words, n))
    if not heads:
        return []
    out: list[HeadReference] = []
    for tok in span_tokens(doc[:], words=("the",)):
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        for words, n in reversed(heads.get(doc[tok.i + 1].lower_, [])):  # nearest first
            start, end = tok.i + 1, tok.i + 1 + len(words)
            if start < n.tok_end or end > len(doc) or any(i in covered for i in range(start, end)):
                continue
            if tuple(t.lower_ for t in doc[start:end]) != words:
                continue
            if (end < len(doc) and doc[end].lower_ == "of") or doc[end - 1].dep_ == "compound":
                continue  # "the airport of Basra", "the airport road": another place
            out.append(HeadReference(start, end, n.entity_id))
            break
    return out

"""spaCy ``EntityRuler`` patterns from the pack: every name and alias, as reports spell them.

Phrase (string) patterns are meant for a ruler with
``phrase_matcher_attr="LOWER"``; case-sensitive aliases ("KH", "PMF") come as
token patterns on ``ORTH``. Each alias also appears with a curly apostrophe
and with ``al-`` written apart. ``id`` is the entity id; ``label`` a spaCy NER
label (ORG, PERSON, GPE, LOC, FAC), so the ruler's spans read like the
statistical NER's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from axiswatch.kb.schema import Entry

if TYPE_CHECKING:
    from axiswatch.kb.pack import Pack

# spaCy NER labels for the pack's entity types (places by precision).
LABELS = {
    "armed_group": "ORG",
    "front_group": "ORG",
    "coalition": "ORG",
    "state_body": "ORG",
    "organization": "ORG",
    "person": "PERSON",
    "facility": "FAC",
}
PLACE_LABELS = {"region": "LOC"}
# spaCy's English tokenizer splits a hyphen between letters ("IS-K"), not next to a
# digit ("K-1", "T-4"); "U.S." stays whole.
_LETTER_HYPHEN = re.compile(r"(?<=[A-Za-z])(-)(?=[A-Za-z])")


def _tokens(text: str) -> list[str]:
    return [t for word in text.split() for t in _LETTER_HYPHEN.split(word) if t]


def ner_label(entry: Entry) -> str:
    """The spaCy NER label of an entry (places: GPE, regions and seas: LOC)."""
    if entry.type == "place":
        return PLACE_LABELS.get(entry.precision or "", "GPE")
    return LABELS[entry.type]


def spellings(text: str) -> list[str]:
    """The spellings of an alias the ruler should match: curly apostrophes, "al " for "al-"."""
    out = [text]
    if "'" in text:
        out.append(text.replace("'", "’"))
    if "’" in text:
        out.append(text.replace("’", "'"))
    for base in list(out):
        for art in ("al-", "Al-", "el-"):
            if art in base:
                out.append(base.replace(art, art[:-1] + " "))
    return list(dict.fromkeys(out))


def ruler_patterns(pack: Pack) -> list[dict[str, Any]]:
    """Patterns for every name and alias of ``pack``, without duplicates."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for ref in pack.alias_refs():
        label = ner_label(pack.entry(ref.entity_id))
        for variant in spellings(ref.text):
            if ref.case_sensitive:
                mark = (ref.entity_id, "ORTH", variant)
                pattern: Any = [{"ORTH": tok} for tok in _tokens(variant)]
            else:
                mark = (ref.entity_id, "LOWER", variant.lower())
                pattern = variant
            if mark not in seen:
                seen.add(mark)
                patterns.append({"label": label, "pattern": pattern, "id": ref.entity_id})
    return patterns

"""Where a facility lies, as its own name or its owner says it: "the US embassy in Baghdad",
"Baghdad's Green Zone"."""

from __future__ import annotations

import re

from axiswatch.extract.context import DocContext
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes

_PLACE_TAIL = re.compile(r"\s(?:in|near|outside)\s+(?:the\s+)?(.+)$", re.I)
_OWNER = re.compile(r"^(.+?)['’]s?\s")  # "Baghdad's Green Zone" named as one


def facility_place(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place a facility's own name ends on ("the US embassy in Baghdad") or that owns
    it ("Baghdad's Green Zone")."""
    if m.etype != "facility" or not m.entity_id:
        return None
    head = ctx.doc[m.tok_end - 1]
    for child in head.children:  # "Baghdad's Green Zone", "Syria's T-4 air base"
        owner = ctx.ents.at(child.i) if child.dep_ == "poss" else None
        if owner is not None and owner.entity_id and owner.etype == "place" and \
                owner.entity_id != m.entity_id and not ctx.is_country(owner.entity_id):
            return owner  # (a country owning it, "Iraq's Ain al-Asad", names it, not where)
    own = fold_quotes(m.text)
    hit = _PLACE_TAIL.search(own)
    owned = _OWNER.match(own)
    names = [(hit.group(1), True)] if hit else []
    names += [(owned.group(1), False)] if owned else []
    for name, countries in names:
        for pid in ctx.linker.pack.lookup(name):
            if ctx.etype(pid) == "place" and pid != m.entity_id and (
                    countries or not ctx.is_country(pid)):
                return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, name,
                                     "GPE", pid, "place")
    return None



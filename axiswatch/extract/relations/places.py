"""Where a facility lies, as its own name says it: "the US embassy in Baghdad"."""

from __future__ import annotations

import re

from axiswatch.extract.context import DocContext
from axiswatch.nlp.linking import LinkedMention
from axiswatch.nlp.text import fold_quotes

_PLACE_TAIL = re.compile(r"\s(?:in|near|outside)\s+(?:the\s+)?(.+)$", re.I)


def facility_place(ctx: DocContext, m: LinkedMention) -> LinkedMention | None:
    """The place a facility's own name ends on: "the US embassy in Baghdad"."""
    if m.etype != "facility" or not m.entity_id:
        return None
    hit = _PLACE_TAIL.search(fold_quotes(m.text))
    if hit is None:
        return None
    for pid in ctx.linker.pack.lookup(hit.group(1)):
        if ctx.etype(pid) == "place" and pid != m.entity_id:
            return LinkedMention(m.start, m.start, m.tok_start, m.tok_start, hit.group(1),
                                 "GPE", pid, "place")
    return None



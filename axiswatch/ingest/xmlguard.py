"""Refusing dangerous markup before any parser sees it.

An XML document type with entity declarations can expand a few hundred bytes
into gigabytes ("billion laughs") or read local files (external entities).
No report needs them, so any input whose prolog declares an entity is refused.
"""

from __future__ import annotations

import re

from axiswatch.errors import InputRejected

_DOCTYPE_WITH_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_entity_declarations(data: bytes, source: str) -> None:
    """Raise :class:`InputRejected` (AW107) when ``data`` declares XML entities."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    if _ENTITY.search(head) or _DOCTYPE_WITH_SUBSET.search(head):
        raise InputRejected(
            "AW107", source,
            "declares XML entities in its DOCTYPE (refused: entity expansion can exhaust "
            "memory or read local files)",
        )

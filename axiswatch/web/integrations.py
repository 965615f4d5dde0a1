"""Optional hooks into other stages (fusion, analysis, the knowledge pack's normalization).

The page works on a store alone; when a stage offers a richer answer (the
attribution chain, a recomputed fused event, the network measures) it is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def optional(module: str, attr: str) -> Callable[..., Any] | None:
    """``module.attr`` when that stage provides it, else ``None``."""
    try:
        found = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return None
    return found if callable(found) else None


def alias_key(text: str) -> str:
    """The pack's alias normalization of ``text`` (lowercase text when it is unavailable)."""
    fn = optional("axiswatch.kb.normalize", "alias_key")
    return str(fn(text)) if fn is not None else text.strip().lower()


def attribution_chain(store: Any, entity_id: str) -> list[dict[str, Any]]:
    """Front → group → sponsor chain of ``entity_id`` from fusion, or ``[]``."""
    fn = optional("axiswatch.fuse", "attribution_chain")
    if fn is None:
        return []
    return list(fn(store, entity_id) or [])


def refresh_event(store: Any, event_id: str) -> list[str] | None:
    """Recompute a fused event after a judgement: the ids of the events its sources now
    form (largest first), or ``None`` when fusion is absent."""
    fn = optional("axiswatch.fuse", "refresh_event")
    if fn is None:
        return None
    return [str(i) for i in (fn(store, event_id) or [])]

"""Fusion: reports of one occurrence across documents become one event.

- :func:`fuse_store` fuses every stored event source (``axiswatch fuse``);
- :func:`refresh_event` recomputes one event after an analyst's judgement;
- :func:`attribution_chain` walks front → group → coalition → sponsor.
"""

from axiswatch.fuse.run import (
    FuseSummary,
    attribution_chain,
    fuse_sources,
    fuse_store,
    known_relations,
    refresh_event,
)

__all__ = [
    "FuseSummary",
    "attribution_chain",
    "fuse_sources",
    "fuse_store",
    "known_relations",
    "refresh_event",
]

"""What a reader hands to the pipeline: one report's text and metadata, not yet normalized."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class RawDoc:
    """One report as a reader found it: text plus whatever metadata the input itself carries."""

    text: str
    source: str  # path, URL, "<stdin>", or "path#3" for the third record of a file
    fmt: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date or YYYY-MM, already validated
    url: str | None = None
    language: str | None = None
    multi: bool = False  # one of several records of one input (feed entry, JSON Lines line)


@dataclass(slots=True)
class IngestOptions:
    """How ingest reads its inputs: one object instead of many keyword arguments.

    ``publisher``/``published`` are explicit values that win over any other
    source; ``max_bytes`` rejects larger inputs before reading them;
    ``allow_private`` lets the URL fetcher reach private and loopback
    addresses (for tests against a local server only).
    """

    publisher: str | None = None
    published: str | None = None
    max_bytes: int = 50 * 1024 * 1024
    timeout: float = 20.0
    allow_private: bool = False
    sidecar_name: str = "sources.jsonl"
    skip: frozenset[Path] = frozenset()  # files a folder walk passes over (the store's own)

"""The plain-text reader: UTF-8 (or BOM-declared UTF-16) text, one report per file."""

from __future__ import annotations

from collections.abc import Iterator

from axiswatch.errors import InputRejected
from axiswatch.ingest.decode import decode_bytes
from axiswatch.ingest.record import RawDoc
from axiswatch.ingest.sections import is_title_line


def first_line_title(text: str) -> str | None:
    """The first non-empty line of ``text`` when it reads like a title."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip() if is_title_line(line) else None
    return None


def read_text(data: bytes, source: str) -> Iterator[RawDoc | InputRejected]:
    """One document from plain text; its title is its first line when that reads like one."""
    text = decode_bytes(data, source)
    if not text.strip():
        raise InputRejected("AW101", source, "the input holds only whitespace")
    yield RawDoc(text=text, source=source, fmt="txt", title=first_line_title(text.strip()))

"""The JSON Lines reader: one report per line, ``{url, title, publisher, published, text}``.

A line that is not a JSON object, lacks text or carries a bad date is
rejected with its line number (AW108); the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ingest.decode import decode_bytes
from axiswatch.ingest.metadata import parse_published
from axiswatch.ingest.record import RawDoc

FIELDS = ("url", "title", "publisher", "published", "text", "language")


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputRejected("AW108", where, f'"{key}" must be a string')
    return value.strip() or None


def read_jsonl(data: bytes, source: str) -> Iterator[RawDoc | InputRejected]:
    """One document per line; bad lines are rejected one by one, naming their line number."""
    content = decode_bytes(data, source)
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputRejected("AW108", where, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputRejected("AW108", where, "each line must be a JSON object")
            continue
        try:
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputRejected("AW108", where, 'no "text" string in the record')
            try:
                published = parse_published(record.get("published"), where)
            except AxiswatchError as exc:
                raise InputRejected("AW108", where, exc.message) from exc
            title = _optional_str(record, "title", where)
            if title and not text.lstrip().startswith(title):
                text = f"{title}\n{text}"  # the headline heads the text, as in a page or feed
            yield RawDoc(
                text=text,
                source=where,
                fmt="jsonl",
                title=title,
                publisher=_optional_str(record, "publisher", where),
                published=published,
                url=_optional_str(record, "url", where),
                language=_optional_str(record, "language", where),
                multi=True,
            )
        except InputRejected as exc:
            yield exc

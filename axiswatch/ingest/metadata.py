"""Publisher and publication date: parsing dates, reading sidecars, and which source wins.

Precedence, from strongest to weakest:

1. explicit values (``--publisher``, ``--published``);
2. for a file that holds one report: its line in the sidecar ``sources.jsonl``
   of its folder, then the file's own metadata (HTML meta tags, PDF info);
3. for a file that holds several records (a feed, JSON Lines): each record's
   own fields, then the sidecar line of the file, which describes the file
   as a whole and so only fills what a record lacks.

A curator who writes a sidecar states a fact about the file; metadata inside
it is often wrong (a page's "updated" stamp), so the sidecar wins over it.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ingest.record import RawDoc

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def parse_published(value: object, source: str = "date") -> str | None:
    """A publication date as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` for no value.

    Accepts those ISO forms, ISO timestamps, ``datetime``/``date``, a
    ``time.struct_time`` (feeds) and common written dates ("26 August 2024",
    "Mon, 26 Aug 2024 10:00:00 GMT"). Anything else raises ``AxiswatchError``
    AW113 naming ``source``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise AxiswatchError("AW113", f"{source}: not a date: {value!r}")
    text = value.strip()
    prefix = _ISO_PREFIX.match(text)
    if prefix:
        text = prefix.group(1)
    m = _ISO.match(text)
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            if month:
                date(int(year), int(month), 1)
                return f"{year}-{month}"
            return year
        except ValueError as exc:
            raise AxiswatchError("AW113", f"{source}: not a date: {value!r} ({exc})") from exc
    return _parse_written(text, source)


def _parse_written(text: str, source: str) -> str:
    import dateparser

    settings: Any = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None or len(text) > 64 or not re.search(r"\d{4}", text):
        raise AxiswatchError("AW113", f"{source}: not a date: {text!r}")
    if not _DAY.search(text):
        return f"{parsed:%Y-%m}"
    return str(parsed.date().isoformat())


@dataclass(frozen=True, slots=True)
class SidecarEntry:
    """One line of a ``sources.jsonl`` sidecar: metadata about one file of its folder."""

    file: str
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    note: str | None = None


def read_sidecar(path: Path) -> tuple[dict[str, SidecarEntry], list[InputRejected]]:
    """The entries of sidecar ``path`` by file name, and its lines that could not be used."""
    entries: dict[str, SidecarEntry] = {}
    problems: list[InputRejected] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return entries, [InputRejected("AW112", str(path), f"cannot read the sidecar: {exc}")]
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            data = json.loads(line)
            if not isinstance(data, dict) or not isinstance(data.get("file"), str):
                raise ValueError('each line must be a JSON object with a "file" name')
            entries[data["file"]] = SidecarEntry(
                file=data["file"],
                publisher=_str_or_none(data.get("publisher")),
                published=parse_published(data.get("published"), where),
                language=_str_or_none(data.get("language")),
                note=_str_or_none(data.get("note")),
            )
        except (ValueError, AxiswatchError) as exc:
            reason = exc.message if isinstance(exc, AxiswatchError) else str(exc)
            problems.append(InputRejected("AW112", where, f"invalid sidecar line: {reason}"))
    return entries, problems


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def apply_metadata(
    raw: RawDoc,
    sidecar: SidecarEntry | None,
    *,
    publisher: str | None = None,
    published: str | None = None,
) -> RawDoc:
    """``raw`` with publisher, date and language chosen by the module's precedence."""
    if sidecar is not None:
        if raw.multi:
            raw.publisher = raw.publisher or sidecar.publisher
            raw.published = raw.published or sidecar.published
            raw.language = raw.language or sidecar.language
        else:
            raw.publisher = sidecar.publisher or raw.publisher
            raw.published = sidecar.published or raw.published
            raw.language = sidecar.language or raw.language
    if publisher:
        raw.publisher = publisher
    if published:
        raw.published = published
    return raw

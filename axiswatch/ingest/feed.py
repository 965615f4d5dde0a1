"""The RSS/Atom reader: each feed entry a document, by feedparser.

The feed's title is the publisher, each entry's title, link and date its
own. Full content is preferred to the summary; HTML in it becomes text, one
line per paragraph, under the entry's title. A feed that declares XML
entities is refused before parsing (AW107).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ingest.decode import looks_binary
from axiswatch.ingest.htmlpage import fragment_text
from axiswatch.ingest.metadata import parse_published
from axiswatch.ingest.record import RawDoc
from axiswatch.ingest.xmlguard import refuse_entity_declarations


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    body = best if len(best) >= len(summary) else summary
    return fragment_text(body).strip()


def _entry_date(entry: Any, source: str) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return parse_published(value, source)
    return None


def read_feed(data: bytes, source: str) -> Iterator[RawDoc | InputRejected]:
    """One document per entry of an RSS or Atom feed; entries without text are rejected."""
    import feedparser

    if not data.strip():
        raise InputRejected("AW101", source, "the feed is empty")
    if looks_binary(data):
        raise InputRejected("AW102", source, "binary content, not a feed")
    refuse_entity_declarations(data, source)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception") or "not well-formed"
            raise InputRejected("AW107", source, f"malformed feed: {reason}")
        raise InputRejected("AW101", source, "the feed has no entries")
    feed = parsed.get("feed") or {}
    publisher = (feed.get("title") or "").strip() or None
    language = (feed.get("language") or "").split("-")[0].lower() or None
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#{n}"
        text = _entry_text(entry)
        title = (entry.get("title") or "").strip() or None
        if not text:
            yield InputRejected("AW101", where, "feed entry without text")
            continue
        if title and not text.startswith(title):
            text = f"{title}\n{text}"
        try:
            published = _entry_date(entry, where)
        except AxiswatchError:
            published = None
        yield RawDoc(
            text=text, source=where, fmt="feed", title=title, publisher=publisher,
            published=published, url=entry.get("link") or None, language=language, multi=True,
        )

"""Which reader an input needs: its content first, its extension as a tie-breaker."""

from __future__ import annotations

import json
import re

FORMATS = ("txt", "html", "pdf", "feed", "jsonl")

_EXT = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)
_JSON_LINE = re.compile(rb"\{\s*\"[^\"]+\"\s*:")


def format_for_extension(name: str) -> str | None:
    """The format an extension suggests, or ``None`` for an unknown one."""
    lower = name.lower()
    for ext, fmt in _EXT.items():
        if lower.endswith(ext):
            return fmt
    return None


def sniff_format(data: bytes, name: str = "", content_type: str | None = None) -> str:
    """One of :data:`FORMATS` for ``data`` named ``name`` (path or URL).

    A PDF signature, an RSS/Atom root element or HTML markup in the first
    kilobytes decide; a ``.pdf`` that is not a PDF stays ``pdf`` so the PDF
    reader can say why it cannot read it. JSON Lines needs a ``.jsonl`` name
    or a content type saying so, or a first line that is a JSON object.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    by_ext = format_for_extension(name)
    ctype = (content_type or "").lower()
    if head.startswith(b"%PDF-") or by_ext == "pdf" or "application/pdf" in ctype:
        return "pdf"
    if _FEED.search(head[:2048]) or any(t in ctype for t in ("rss", "atom")):
        return "feed"
    if by_ext == "jsonl" or "ndjson" in ctype or "jsonl" in ctype:
        return "jsonl"
    if head.startswith((b"<?xml", b"<!")) or _HTML.search(head[:2048]) or "html" in ctype:
        if head.startswith(b"<?xml") and not _HTML.search(head[:2048]):
            return "feed" if by_ext == "feed" else "html"
        return "html"
    if by_ext in ("html", "feed"):
        return by_ext
    if _JSON_LINE.match(head) and _first_line_is_object(data):
        return "jsonl"
    return "txt"


def _first_line_is_object(data: bytes) -> bool:
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[: 4 * 1024 * 1024].split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False

"""Deterministic ids: documents by content hash, entities by slug, facts by their key parts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from anyascii import anyascii

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def digest(*parts: object, length: int = 16) -> str:
    """A stable hex digest of ``parts`` (``None`` and order both count)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def document_id(normalized_text: str) -> str:
    """The id of a document: the hash of its normalized text."""
    return digest(normalized_text)


def slugify(name: str) -> str:
    """A lowercase ASCII slug: ``"Kata'ib Hezbollah"`` -> ``"kataib-hezbollah"``."""
    text = anyascii(unicodedata.normalize("NFKC", name)).lower()
    text = text.replace("'", "").replace("`", "")
    return _NON_SLUG.sub("-", text).strip("-")


def event_id(doc_id: str, event_type: str, start: int, end: int) -> str:
    """The id of one document's report of an event."""
    return "ev-" + digest(doc_id, event_type, start, end)


def relation_id(subject: str, predicate: str, obj: str) -> str:
    """The id of a relation: the same triple from any document is one relation."""
    return "rel-" + digest(subject, predicate, obj)

"""The HTML reader: a page's main text and its metadata, by trafilatura.

The title, site name (as publisher), date and canonical URL come from the
page's metadata; navigation, footers and comments are left out. Paragraphs
become lines; the headline is the first line of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ingest.decode import decode_bytes
from axiswatch.ingest.metadata import parse_published
from axiswatch.ingest.record import RawDoc
from axiswatch.ingest.xmlguard import refuse_entity_declarations

MIN_TEXT_CHARS = 20
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html(data: bytes, source: str) -> Iterator[RawDoc | InputRejected]:
    """One document from an HTML page, or AW106 when it has no main text."""
    import trafilatura

    refuse_entity_declarations(data, source)
    declared = _META_CHARSET.search(data[:4096])
    markup = decode_bytes(data, source, declared.group(1).decode("ascii") if declared else None)
    try:
        found = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, url=source if source.startswith("http") else None,
        )
    except Exception as exc:  # trafilatura raises many parser errors on broken markup
        raise InputRejected("AW106", source, f"cannot parse the HTML: {exc}") from exc
    text = (getattr(found, "text", None) or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputRejected("AW106", source, "no main text found in the HTML")
    title = (getattr(found, "title", None) or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    try:
        published = parse_published(getattr(found, "date", None), source)
    except AxiswatchError:
        published = None  # a page's own date is a hint; a bad one is dropped, not fatal
    yield RawDoc(
        text=text,
        source=source,
        fmt="html",
        title=title,
        publisher=(getattr(found, "sitename", None) or None),
        published=published,
        url=getattr(found, "url", None) or None,
        language=getattr(found, "language", None) or None,
    )


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block element."""
    import lxml.html

    if "<" not in markup:
        return markup
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml rejects some fragments outright; keep their text as is
        return markup
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
              "section", "article", "figcaption", "pre"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in blocks:
            el.tail = "\n" + (el.tail or "")
    for junk in root.xpath("//script|//style"):
        junk.drop_tree()
    return str(root.text_content())

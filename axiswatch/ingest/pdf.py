"""The PDF reader: text by pypdfium2, hard-wrapped lines joined back into paragraphs.

PDF text comes as one line per printed line. A line ends its paragraph when
it is clearly shorter than the page's full lines, or reads like a heading;
otherwise the next line continues it (a line-end hyphen joins without a
space, so "Iran-" + "backed" stays "Iran-backed"). Page numbers are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from axiswatch.errors import InputRejected
from axiswatch.ingest.record import RawDoc
from axiswatch.ingest.sections import heading_date, is_title_line

_ENDS = (".", "!", "?", ":", "\"", "”", ")")
SHORT_LINE = 0.8  # a line under this share of the page's full width ends a paragraph
_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s+(of|/)\s+\d{1,4})?$", re.IGNORECASE)


def reflow(lines: list[str]) -> list[str]:
    """Paragraphs from the printed ``lines`` of one page."""
    lines = [ln.strip() for ln in lines]
    lines = [ln for ln in lines if not _PAGE_NUMBER.match(ln)]
    lengths = sorted(len(ln) for ln in lines if ln)
    if not lengths:
        return []
    full = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        heading = heading_date(line) is not None or (
            is_title_line(line) and len(line) < SHORT_LINE * full
        )
        if heading and current:
            paragraphs.append(current)
            current = ""
        if not current:
            current = line
        elif current.endswith("-") and current[-2:-1].isalpha():
            current += line
        else:
            current += " " + line
        if heading or len(line) < SHORT_LINE * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _continue_page(paragraphs: list[str], page: list[str]) -> None:
    """Append a page's paragraphs; a sentence cut by the page break is joined again."""
    if paragraphs and page and not paragraphs[-1].endswith(_ENDS) and page[0][:1].islower():
        last = paragraphs.pop()
        joiner = "" if last.endswith("-") and last[-2:-1].isalpha() else " "
        page = [last + joiner + page[0], *page[1:]]
    paragraphs.extend(page)


def read_pdf(data: bytes, source: str) -> Iterator[RawDoc | InputRejected]:
    """One document from a PDF, or AW105 when it is damaged, encrypted or has no text layer."""
    import pypdfium2 as pdfium

    if not data.lstrip()[:5] == b"%PDF-":
        raise InputRejected("AW105", source, "not a PDF (no %PDF- signature)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputRejected("AW105", source, f"cannot open the PDF: {exc}") from exc
    try:
        paragraphs: list[str] = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_bounded()
            finally:
                textpage.close()
                page.close()
            _continue_page(paragraphs, reflow(raw.replace("\r\n", "\n").split("\n")))
        meta = pdf.get_metadata_dict()
    except pdfium.PdfiumError as exc:
        raise InputRejected("AW105", source, f"cannot read the PDF's pages: {exc}") from exc
    finally:
        pdf.close()
    text = "\n".join(paragraphs).strip()
    if not text:
        raise InputRejected("AW105", source, "the PDF has no text layer (scanned images?)")
    title = (meta.get("Title") or "").strip() or None
    if title in ("(unspecified)", "untitled", "Untitled"):
        title = None
    yield RawDoc(text=text, source=source, fmt="pdf", title=title or _first_line(text))


def _first_line(text: str) -> str | None:
    first = text.split("\n", 1)[0]
    return first if is_title_line(first) else None

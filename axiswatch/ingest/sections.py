"""Dated sections inside a document: daily updates and bundled articles.

A report often bundles several dated parts: a think tank's daily updates
("Iran Update, February 14, 2024"), a news digest of several articles each
under its own title. Relative dates in each part ("on Sunday") resolve against
that part's date, so ingest marks the parts as :class:`Section` records with
character offsets into the normalized text.

A section starts at:

- a *dated heading*: a short line that carries a full date and reads like a
  heading (few words besides the date, no sentence ending), such as
  "Iran Update, February 14, 2024", "Tuesday 3 March 2021" or
  "Daily brief — 2024-08-26";
- the *title line* of the document: its first line when it reads like a
  title;
- the first heading-like line after a *separator line* (``---``, ``***``,
  ``* * *``, ``====``), the usual mark between articles of a digest;
- when the text marks no parts itself (no dated heading, no separator), the
  lead paragraph of a bundled article that follows another with no heading
  at all, found by a change of vocabulary (:mod:`axiswatch.ingest.topics`);
  its heading is that whole lead paragraph.

A dated heading just under a title (a dateline under a headline, within a
few lines) dates that title's section instead of opening its own. Sections
tile the text: each runs to the next section's start, and text before the
first heading becomes a section of its own (or, when it is only a short
header block, takes the date of the dated heading below it). A section without a
date in its heading takes the publication date: as given for a document of
one part, but only its month when the document bundles several undated
parts, since each bundled article may be from another day of that month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from axiswatch.ingest.topics import article_starts
from axiswatch.model import Precision, Section

MAX_HEADING_CHARS = 200
MAX_DATED_HEADING_WORDS = 10
HEADER_BLOCK = 300  # characters of headline, byline and dateline that open one part

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DATE_FORMS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
]
_METADATA_LINE = re.compile(
    r"^(published|updated|posted|last updated|date|by|written by|photo|image|credit|©|copyright)\b",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_CLOSING = re.compile(r"\s+#+$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_SEPARATOR = re.compile(r"^[-*_=~#•·\s]{3,}$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Start:
    offset: int
    heading: str
    ref_date: str | None
    precision: Precision | None


def unmark(line: str) -> str:
    """``line`` without Markdown heading marks or emphasis (``## **Update**`` -> ``Update``)."""
    text = _MD_HEADING.sub("", line.strip())
    text = _MD_CLOSING.sub("", text)
    while len(text) > 4 and text[:2] == text[-2:] and text[:2] in ("**", "__"):
        text = text[2:-2].strip()
    return text


def heading_date(line: str) -> tuple[str, Precision] | None:
    """The date a dated heading line states, with its precision; ``None`` for other lines.

    >>> heading_date("Iran Update, February 14, 2024")
    ('2024-02-14', 'day')
    """
    text = line.strip()
    if not text or len(text) > MAX_HEADING_CHARS or _METADATA_LINE.match(text):
        return None
    if not text[0].isalnum() or _NUMBERED.match(text):  # bullets, captions in brackets
        return None
    if text.endswith((".", ";", ",")) and not re.search(r"\b\d{4}\.$", text):
        return None
    for form in _DATE_FORMS:
        m = form.search(text)
        if m is None:
            continue
        found = _date_of(m)
        if found is None:
            continue
        rest = text[: m.start()] + " " + text[m.end():]
        if len(_WORD.findall(rest)) > MAX_DATED_HEADING_WORDS:
            return None
        return found
    return None


def _date_of(m: re.Match[str]) -> tuple[str, Precision] | None:
    groups = m.groupdict()
    year = int(groups["year"])
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
    try:
        if groups.get("day"):
            return date(year, month, int(groups["day"])).isoformat(), "day"
        date(year, month, 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}", "month"


def is_title_line(line: str) -> bool:
    """True for a line that reads like a title or heading rather than running text."""
    text = line.strip()
    if not text or len(text) > MAX_HEADING_CHARS or _METADATA_LINE.match(text):
        return False
    if _SEPARATOR.match(text) or text.endswith((".", ",", ";", ":", "…")):
        return False
    if text.endswith(("\"", "”", "'", "’", ")")) and re.search(r"[.!]\W*$", text):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"“'‘("):
        return False
    return len(_WORD.findall(text)) >= 2


def precision_of(value: str | None) -> Precision | None:
    """The precision of an ISO date string (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))  # type: ignore[return-value]


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _starts(text: str) -> list[_Start]:
    starts: list[_Start] = []
    after_separator = False
    first_content = True
    structured = False  # a dated heading or a separator: the text marks its own parts
    paragraphs: list[tuple[int, str]] = []
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        if _SEPARATOR.match(stripped):
            after_separator = structured = True
            continue
        paragraphs.append((offset, stripped))
        plain = unmark(stripped)
        dated = heading_date(plain)
        if dated is not None:
            structured = True
            starts.append(_Start(offset, plain, dated[0], dated[1]))
        elif (first_content or after_separator) and is_title_line(plain):
            starts.append(_Start(offset, plain, None, None))
        first_content = False
        after_separator = False
    if not structured:
        known = {s.offset for s in starts}
        for index in article_starts([p for _, p in paragraphs]):
            offset, paragraph = paragraphs[index]
            if offset not in known:
                starts.append(_Start(offset, paragraph, None, None))
        starts.sort(key=lambda s: s.offset)
    return starts


def _merge_header_blocks(starts: list[_Start]) -> list[_Start]:
    """Join a headline and the dateline just under it ("Title / By … / May 2, 2024").

    A start that lies within :data:`HEADER_BLOCK` characters of the previous
    one does not open a section of its own when it only dates it: the
    previous start takes its date (when undated) or already has that date.
    """
    merged: list[_Start] = []
    for start in starts:
        prev = merged[-1] if merged else None
        if (prev is not None and start.ref_date is not None
                and start.offset - prev.offset <= HEADER_BLOCK
                and prev.ref_date in (None, start.ref_date)):
            merged[-1] = _Start(prev.offset, prev.heading, start.ref_date, start.precision)
            continue
        merged.append(start)
    return merged


def detect_sections(text: str, published: str | None = None) -> list[Section]:
    """The dated sections of normalized ``text`` (see the module docstring).

    Offsets are valid for ``text``; sections are ordered, do not overlap and,
    when there are any, cover the whole text.
    """
    starts = _starts(text)
    if not starts:
        return []
    if text[: starts[0].offset].strip():
        preamble = text[: starts[0].offset].strip().split("\n", 1)[0]
        starts.insert(0, _Start(0, preamble[:MAX_HEADING_CHARS], None, None))
    elif starts[0].offset != 0:
        first = starts[0]
        starts[0] = _Start(0, first.heading, first.ref_date, first.precision)
    starts = _merge_header_blocks(starts)
    undated = sum(1 for s in starts if s.ref_date is None)
    fallback, fallback_precision = published, precision_of(published)
    if undated > 1 and published and len(published) == 10:
        fallback, fallback_precision = published[:7], "month"
    sections: list[Section] = []
    for i, start in enumerate(starts):
        end = starts[i + 1].offset if i + 1 < len(starts) else len(text)
        dated = start.ref_date is not None
        ref = start.ref_date if dated else fallback
        prec = start.precision if dated else fallback_precision
        sections.append(Section(start.heading, start.offset, end, ref, prec))
    return sections

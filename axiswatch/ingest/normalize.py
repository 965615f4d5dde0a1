"""Text normalization: the one form every stored document's text takes.

The document id is the hash of this form, so the same report read from a
file with CRLF line endings, a BOM or trailing spaces is stored once.

What changes: Unicode NFC; line endings (CRLF, CR, NEL, U+2028/2029) become
``\\n``; control characters, the BOM and invisible break hints (soft hyphen,
zero-width space) are dropped; tabs and every Unicode space become a plain
space; runs of spaces collapse to one; lines lose leading and trailing spaces;
runs of blank lines collapse to one blank line; the text is stripped.

What does not: curly quotes, apostrophes, dashes, ellipses, letters, digits,
zero-width (non-)joiners and bidi marks stay as they are. Later stages fold
quotes and dashes with same-length mappings, so offsets into this text stay
valid everywhere.
"""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Control characters (category Cc, fixed forever by Unicode's stability policy) but
# newline and tab, lone surrogates (Cs), and invisible characters that carry no
# meaning in running text: BOM, soft hyphen, zero-width space, word joiner.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u00ad\u200b\u2060]")
# Space separators (category Zs) other than the plain space.
_UNICODE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACES = re.compile(r"[ \t]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _drop_controls(text: str) -> str:
    """Drop control characters other than newline and tab, and the invisible ones."""
    return _DROP.sub("", text)


def _spaces(text: str) -> str:
    """Every Unicode space separator as a plain space."""
    return _UNICODE_SPACES.sub(" ", text)


def _layout(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n ")


def normalize_text(text: str) -> str:
    """``text`` in the stored form (see the module docstring); idempotent."""
    text = _NEWLINES.sub("\n", text)
    text = _spaces(_drop_controls(text))
    text = unicodedata.normalize("NFC", text)
    # NFC never yields controls, but a few compatibility characters compose to
    # spaces; a second pass of the cheap steps makes the result a fixed point.
    text = _spaces(_drop_controls(text))
    return _layout(text)

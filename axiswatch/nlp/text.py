"""Text helpers that keep character offsets valid.

The statistical NER stumbles on curly apostrophes ("Kata’ib"), so the
pipeline parses a copy of the text whose quotes and dashes are folded to
ASCII one character for one character (an em dash becomes a comma, which the
parser reads as the same break): every offset in the copy is an offset in the
original.
"""

from __future__ import annotations

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": ",",  # an em dash sets off a phrase, as a comma does; a hyphen would glue
        # "Cemetery—the" into one word
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def fold_quotes(text: str) -> str:
    """``text`` with curly quotes, dashes and odd spaces folded to ASCII, same length."""
    folded = text.translate(_FOLD)
    assert len(folded) == len(text)
    return folded


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` shrunk past surrounding whitespace and dangling punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end

"""Where one bundled article ends and the next begins, when no heading says so.

Some bundles run articles together with no title line and no separator: the
next article simply starts with its lead paragraph. Two signals find those
starts, in the manner of TextTiling (Hearst, 1997):

- *lexical cohesion*: the paragraphs before a gap and the paragraphs after
  it share almost no content words (cosine of their word counts near zero);
- a *lead paragraph*: the paragraph after the gap reads like the opening of
  a news story, one or two sentences that name their subject rather than
  continue ("He said…", "However…", "The group…").

A start is only accepted far enough from the document's edges and from other
starts for an article to fit between them. Documents shorter than a few
articles are left alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter

WINDOW = 4  # paragraphs compared on each side of a gap
MAX_COHESION = 0.10  # cosine at or under which the two sides share (almost) no topic
MIN_ARTICLE = 5  # paragraphs an article needs between two starts
MIN_PARAGRAPHS = 3 * MIN_ARTICLE  # shorter documents are not split
LEAD_CHARS = (60, 320)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)")
# Openings that continue a story rather than start one.
_CONTINUATION = re.compile(
    r"^(he|she|it|they|we|this|that|these|those|his|her|its|their|however|meanwhile|"
    r"moreover|but|and|or|also|despite|earlier|later|still|yet|so|then|here|there|"
    r"furthermore|additionally|in addition|in another|the group|the move|the report|"
    r"such|both|another|other|many|some)\b",
    re.IGNORECASE,
)
_STOP_WORDS = (
    """a an the and or but if of to in on at by for with from as is are was were be been being
    has have had do does did not no it its this that these those he she they them his her their
    we our you your which who whom whose what when where why how than then there here also into
    over after before about against between through during without within under up down out off
    more most such only other some any each both all many much very can could would should will
    may might must said says say told one two three new first last year years week month"""
)
_STOP = frozenset(_STOP_WORDS.split())


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(paragraph: str) -> list[str]:
    """The paragraph's content words, lowercased and crudely stemmed."""
    return [
        _stem(w) for w in _WORD.findall(paragraph) if len(w) > 2 and w.lower() not in _STOP
    ]


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """The cosine similarity of two word-count vectors (0 when either is empty)."""
    dot = sum(count * b[word] for word, count in a.items() if word in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def is_lead_paragraph(paragraph: str) -> bool:
    """True for a paragraph shaped like a story's opening (see the module docstring)."""
    text = paragraph.strip()
    if not (LEAD_CHARS[0] <= len(text) <= LEAD_CHARS[1]) or not text[0].isupper():
        return False
    if _CONTINUATION.match(text):
        return False
    return 1 <= len(_SENTENCE_END.findall(text)) <= 2 and text[-1] in ".!?\"”’')"


def article_starts(paragraphs: list[str]) -> list[int]:
    """Indexes of paragraphs that start a new article of a bundle, in order."""
    n = len(paragraphs)
    if n < MIN_PARAGRAPHS:
        return []
    bags = [Counter(content_words(p)) for p in paragraphs]
    candidates: list[tuple[float, int]] = []
    for gap in range(MIN_ARTICLE, n - MIN_ARTICLE + 1):
        if not is_lead_paragraph(paragraphs[gap]):
            continue
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for bag in bags[max(0, gap - WINDOW): gap]:
            before.update(bag)
        for bag in bags[gap: gap + WINDOW]:
            after.update(bag)
        score = cosine(before, after)
        if score <= MAX_COHESION:
            candidates.append((score, gap))
    chosen: list[int] = []
    for _score, gap in sorted(candidates):
        if all(abs(gap - other) >= MIN_ARTICLE for other in chosen):
            chosen.append(gap)
    return sorted(chosen)

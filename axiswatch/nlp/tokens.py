"""A parsed document's words, read once.

Every ``Token`` attribute access builds a new Python object or looks a string up in
the vocabulary, and iterating a ``Doc`` or ``Span`` builds one ``Token`` per word.
The rules make about fifteen passes over each document; reading the columns they
test (lowercase form, lemma, part of speech, dependency label) from lists made
once per document keeps those passes cheap, and a token object is only built for
the few words a pass goes on to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "axiswatch.tokens"


@dataclass(frozen=True, slots=True)
class DocTokens:
    """Per-token columns of one document, indexed by token position."""

    text: str  # ``doc.text``
    tokens: list[Token]
    lower: list[str]
    lemma: list[str]  # ``lemma_.lower()``
    pos: list[str]
    dep: list[str]
    head: list[int]  # the head's position
    children: list[list[int]]  # the children's positions, in text order
    derived: dict[str, list[str]] = field(default_factory=dict)  # see :func:`derived`


def doc_tokens(doc: Doc) -> DocTokens:
    """The columns of ``doc``, made on first use and kept with the document (a
    parsed document is never changed afterwards)."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, DocTokens):
        return cached
    tokens = list(doc)
    lower = [t.lower_ for t in tokens]
    lemma = [t.lemma_.lower() for t in tokens]
    head = [t.head.i for t in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    table = DocTokens(
        text=doc.text,
        tokens=tokens,
        lower=lower,
        lemma=lemma,
        pos=[t.pos_ for t in tokens],
        dep=[t.dep_ for t in tokens],
        head=head,
        children=children,
    )
    doc.user_data[_KEY] = table
    return table


def derived(doc: Doc, name: str, compute: Callable[[DocTokens], list[str]]) -> list[str]:
    """A column of ``doc`` that a module works out from the others (``compute``), made
    once per document under ``name``."""
    table = doc_tokens(doc)
    column = table.derived.get(name)
    if column is None:
        column = table.derived[name] = compute(table)
    return column


def span_tokens(span: Span, *, pos: Collection[str] | None = None,
                lemmas: Collection[str] | None = None, words: Collection[str] | None = None,
                deps: Collection[str] | None = None) -> list[Token]:
    """The tokens of ``span`` that can pass a rule's first test: those whose part of
    speech is in ``pos``, lowercase lemma (``lemma_.lower()``) in ``lemmas``, lowercase
    form in ``words`` and dependency label in ``deps`` (each test only when given).

    A pass that looks at a few words of each sentence reads the columns and builds no
    token for the others.
    """
    table = doc_tokens(span.doc)
    out: list[Token] = []
    for i in range(span.start, span.end):
        if (pos is None or table.pos[i] in pos) and \
                (lemmas is None or table.lemma[i] in lemmas) and \
                (words is None or table.lower[i] in words) and \
                (deps is None or table.dep[i] in deps):
            out.append(table.tokens[i])
    return out


def sentence_before(sent: Span) -> Span | None:
    """The sentence just before ``sent`` in the same paragraph; None when ``sent``
    opens the document or a paragraph (a line break lies between them)."""
    if sent.start == 0:
        return None
    doc = sent.doc
    before = doc[sent.start - 1].sent
    if "\n" in doc_tokens(doc).text[before.end_char - 1:sent.start_char]:
        return None
    return before


def text_of(span: Span) -> str:
    """``span.text``, cut from the document's text made once (a ``Span`` joins its
    tokens' text anew on each access, the costliest read of a pass over sentences)."""
    return doc_tokens(span.doc).text[span.start_char:span.end_char]

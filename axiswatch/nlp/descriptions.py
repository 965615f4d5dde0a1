"""A country named again by a description: "the kingdom", "the island nation", "the
Gulf state", "the Jewish state", "the country".

A report names a country once and then refers back to it by a definite description:
"Bahraini police arrested two men ... a cell that plotted attacks in the kingdom". The
definite article points back, so the description names the most recent country the text
named (by name, adjective or capital) that the description fits: only a kingdom is "the
kingdom", only an island state "the island"; "the country" fits any. Which countries a
description fits is knowledge about each state, kept in the pack (``described_as`` on a
country entry); "the country" needs none.

Conservative by design: a description followed by "of" ("the Kingdom of Bahrain") or
modifying a noun ("the country director") is no reference; nor is one with no fitting
country named in its own paragraph or the few before it, nor one after a place whose
name ends in the same noun ("Kharg Island ... the island" is that island).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from axiswatch.nlp.tokens import doc_tokens, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Descriptions that fit any country.
GENERIC = frozenset({("country",)})
# Paragraph breaks allowed between a country's name and a description naming it again.
MAX_BREAKS = 3
_BREAK = re.compile(r"\n\s*")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


@dataclass(frozen=True, slots=True)
class Named:
    """A name of the text: token bounds and the country entity it names (``None`` for a
    place that is no country, which can only block a description ending in its head)."""

    tok_start: int
    tok_end: int
    country: str | None
    head: str  # its last word, lowercase


@dataclass(frozen=True, slots=True)
class Description:
    """Token bounds [start, end) of "the <description>" and the country it names."""

    start: int
    end: int
    country: str


class DescriptionIndex:
    """The descriptions of the pack's countries, by their first word."""

    def __init__(self, fits: Mapping[tuple[str, ...], frozenset[str]]) -> None:
        self.fits = dict(fits)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(set(self.fits) | GENERIC, key=len, reverse=True):
            self.by_first.setdefault(words[0], []).append(words)

    @classmethod
    def from_entries(cls, entries: Iterable[Any]) -> DescriptionIndex:
        """The index of every ``described_as`` phrase of pack entries."""
        fits: dict[tuple[str, ...], set[str]] = {}
        for entry in entries:
            described = getattr(entry, "described_as", None)
            for phrase in described.phrases if described is not None else ():
                fits.setdefault(tuple(phrase.lower().split()), set()).add(entry.id)
        return cls({k: frozenset(v) for k, v in fits.items()})

    def fit(self, words: tuple[str, ...], country: str) -> bool:
        """Whether the description ``words`` may name ``country``."""
        return words in GENERIC or country in self.fits.get(words, frozenset())

    def phrases(self, doc: Doc, names: Sequence[tuple[int, int, bool]]
                ) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, words) of every definite description of ``doc``: "the" and a
        description that stands alone. ``names`` are the (start, end, from the pack) spans
        of names found before: a description is no part of a pack name or a longer name,
        though it may be all of a name the NER took it for ("the kingdom")."""
        out: list[tuple[int, int, tuple[str, ...]]] = []
        covered: set[int] | None = None
        within: dict[int, tuple[int, bool]] = {}
        for tok in span_tokens(doc[:], words=("the",)):
            if tok.lower_ != "the" or tok.i + 1 >= len(doc) or \
                    doc[tok.i + 1].lower_ not in self.by_first:
                continue
            words = self._phrase_at(doc, tok.i + 1)
            if words is None:
                continue
            if covered is None:
                covered = {i for start, end, _pack in names for i in range(start, end)}
                within = {start: (end, pack) for start, end, pack in names}
            end = tok.i + 1 + len(words)
            if any(k in covered for k in range(tok.i, end)) and not _all_of(
                    tok.i, end, within, covered):
                continue
            out.append((tok.i, end, words))
        return out

    def resolve(self, doc: Doc, phrases: Sequence[tuple[int, int, tuple[str, ...]]],
                named: Sequence[Named]) -> list[Description]:
        """The descriptions of ``phrases`` that name a country of ``named`` (in text
        order) again, each with that country."""
        out: list[Description] = []
        for start, end, words in phrases:
            country = self._antecedent(doc, start, words, named)
            if country is not None:
                out.append(Description(start, end, country))
        return out

    def _phrase_at(self, doc: Doc, i: int) -> tuple[str, ...] | None:
        """The longest description starting at token ``i`` that stands alone as a noun
        phrase (not "the Kingdom of X", not "the country director")."""
        for words in self.by_first.get(doc[i].lower_, ()):
            end = i + len(words)
            if end > len(doc) or tuple(t.lower_ for t in doc[i:end]) != words:
                continue
            last = doc[end - 1]
            if end < len(doc) and doc[end].lower_ == "of":
                return None  # "the Kingdom of Bahrain": a name
            if last.dep_ == "compound" and last.head.i >= end:
                return None  # "the country director", "the Kingdom Tower"
            return words
        return None

    def _antecedent(self, doc: Doc, start: int, words: tuple[str, ...],
                    named: Sequence[Named]) -> str | None:
        """The most recent country named before token ``start`` that ``words`` fits,
        within :data:`MAX_BREAKS` paragraph breaks (see :func:`_salient`)."""
        at = doc[start].idx
        text = doc_tokens(doc).text
        fitting: list[Named] = []
        for n in reversed(named):
            if n.tok_end > start:
                continue
            if fitting and n.tok_start < doc[fitting[0].tok_start].sent.start:
                break
            if len(_BREAK.findall(text, doc[n.tok_end - 1].idx, at)) > MAX_BREAKS:
                break
            if n.country is None:
                if n.head == words[-1] and not fitting:
                    return None  # "Kharg Island ... the island": that island
                continue
            if self.fit(words, n.country):
                fitting.append(n)
        return _salient(doc, fitting, doc[start].sent.start)


def _salient(doc: Doc, fitting: Sequence[Named], sent_start: int) -> str | None:
    """The country of the most recent fitting name (``fitting`` runs back from it within
    its sentence), with two exceptions. A description opening a later sentence (whose
    first token is ``sent_start``) names the subject of the sentence before, the topic it
    goes on with: "Iraq summoned the US envoy. The country's foreign ministry said" is
    Iraq's. And a name that is only where a movement set out from gives way: "travelled
    to the United States from Pakistan. Once in the country" is in the United States.
    None when the most recent name is joined to another fitting one ("Iran and Iraq
    signed a deal. Protests spread across the country"): either may be meant."""
    if not fitting or _coordinated(doc, fitting[0], fitting[1:]):
        return None
    if fitting[0].tok_end <= sent_start:
        for n in fitting:
            if _main_subject(doc, n):
                return n.country
    for n in fitting:
        if not _origin(doc, n):
            return n.country
    return fitting[0].country


def _main_subject(doc: Doc, n: Named) -> bool:
    """Whether a name is the subject of its sentence's main verb, or the adjective or
    owner of that subject ("Iraqi officials", "Iraq's envoy")."""
    tok = doc[n.tok_end - 1]
    if tok.dep_ in _MODIFIER_DEPS:
        tok = tok.head
    return tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "ROOT"


def _coordinated(doc: Doc, last: Named, others: Sequence[Named]) -> bool:
    """Whether ``last`` is a conjunct of one of ``others`` of another country."""
    heads = {doc[n.tok_end - 1].i for n in others if n.country != last.country}
    tok = doc[last.tok_end - 1]
    return tok.dep_ == "conj" and tok.head.i in heads


def _origin(doc: Doc, n: Named) -> bool:
    """Whether a name is the object of "from"."""
    tok = doc[n.tok_end - 1]
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _all_of(start: int, end: int, within: Mapping[int, tuple[int, bool]], covered: set[int]
            ) -> bool:
    """Whether the names covering the description at tokens [start, end) ("the" first)
    lie within it and are not all of its words in the pack: the NER's "kingdom" of "the
    kingdom" or the sea in "the Gulf state" give way to the description, a pack name
    such as "the Islamic Republic" does not."""
    k = start
    while k < end:
        if k not in covered:
            k += 1
            continue
        if k not in within:
            return False  # a name begun before the description
        stop, pack = within[k]
        if stop > end or (pack and k == start + 1 and stop == end):
            return False
        k = stop
    return True

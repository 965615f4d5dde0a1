"""The per-document token columns agree with the tokens they are read from
(sentences invented for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from axiswatch.extract.arguments import subtree_tokens
from axiswatch.extract.pipeline import Extractor
from axiswatch.extract.relations.clauses import hypothetical
from axiswatch.extract.triggers import lemma, lemma_keys
from axiswatch.nlp.pipeline import parse_many
from axiswatch.nlp.tokens import derived, doc_tokens, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXT = ("Drones struck a depot near the river on Tuesday. The ministry said it "
        "would back the brigades that formed the alliance.\nRockets hit the port.")


def _doc(extractor: Extractor) -> Doc:
    return next(iter(parse_many(extractor.nlp, [TEXT])))


def test_columns_are_the_token_attributes(extractor: Extractor) -> None:
    doc = _doc(extractor)
    table = doc_tokens(doc)
    assert [t.i for t in table.tokens] == list(range(len(doc)))
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert table.children == [[c.i for c in t.children] for t in doc]
    assert doc_tokens(doc) is table  # made once per document
    made: list[int] = []

    def count(t: object) -> list[str]:
        made.append(1)
        return ["x"] * len(doc)

    assert derived(doc, "probe", count) is derived(doc, "probe", count)
    assert len(made) == 1


def test_base_lemma_reads_a_sentence_initial_plural_as_a_common_noun(
        extractor: Extractor) -> None:
    doc = _doc(extractor)
    first = doc[0]
    assert lemma(first) == "drone"
    assert doc_tokens(doc).derived["base_lemma"][0] == "drone"  # worked out once
    sent = next(iter(doc.sents))
    assert lemma_keys(sent)[0][0] == "drone"


def test_span_tokens_keeps_the_tokens_every_test_passes(extractor: Extractor) -> None:
    doc = _doc(extractor)
    sent = list(doc.sents)[1]
    verbs = span_tokens(sent, pos=("VERB",))
    assert [t.i for t in verbs] == [t.i for t in sent if t.pos_ == "VERB"]
    backed = span_tokens(sent, pos=("VERB",), lemmas={"back"})
    assert [t.lower_ for t in backed] == ["back"]
    assert [t.lower_ for t in span_tokens(sent, words={"it", "ministry"})] == ["ministry", "it"]
    assert span_tokens(sent, words={"drones"}) == []  # only the span's own tokens
    whole = span_tokens(doc[:], deps=("nsubj",))
    assert [t.i for t in whole] == [t.i for t in doc if t.dep_ == "nsubj"]


def test_subtree_and_hypothetical_read_the_columns(extractor: Extractor) -> None:
    doc = next(iter(parse_many(extractor.nlp, [
        "If the council funded the militia, the port could have closed. "
        "Officials said the ministry might arm the brigade."])))
    for tok in doc:
        assert [t.i for t in subtree_tokens(tok)] == [t.i for t in tok.subtree]
    verbs = {t.lower_: t for t in doc if t.pos_ == "VERB"}
    assert hypothetical(verbs["funded"])  # a condition
    assert hypothetical(verbs["arm"])  # a possibility
    assert not hypothetical(verbs["said"])

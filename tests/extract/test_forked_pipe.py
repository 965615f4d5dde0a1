"""``Extractor.pipe`` over several processes: whole documents go to forked workers."""

from __future__ import annotations

import pytest

from axiswatch.errors import AxiswatchError
from axiswatch.extract.pipeline import Extractor
from axiswatch.model import Document

from .conftest import make_doc

REPORTS = [
    "Kataib Hezbollah fighters fired rockets at Ain al-Asad air base on Tuesday.",
    "Police arrested two men in Basra on Monday.",
    "The Houthis launched a drone at a tanker in the Red Sea on Sunday.",
    "Israeli jets struck a depot near Damascus on Saturday, killing three fighters.",
    "Nothing happened in the capital this week.",
    "The US Treasury sanctioned three Hezbollah financiers on Wednesday.",
    "Asaib Ahl al-Haq leader Qais al-Khazali met Iraqi officials in Baghdad on Monday.",
    "Protesters gathered outside the embassy in Baghdad on Friday.",
    "Harakat al-Nujaba said its fighters attacked a US base in Syria.",
]


def _rows(extractor: Extractor, docs: list[Document], n_process: int) -> list[object]:
    return [(x.doc_id, sorted((e.type, e.date, e.location, tuple(e.actors)) for e in x.events),
             sorted(r.id for r in x.relations), sorted(m.text for m in x.mentions))
            for x in extractor.pipe(docs, n_process=n_process)]


def test_two_processes_give_what_one_gives_in_the_same_order(extractor: Extractor) -> None:
    docs = [make_doc(text) for text in REPORTS]
    one = _rows(extractor, docs, 1)
    assert [row[0] for row in one] == [d.id for d in docs]  # type: ignore[index]
    assert _rows(extractor, docs, 2) == one


def test_a_worker_remembers_what_link_needs() -> None:
    # a name the pack lacks: only the document's own alias table resolves its surname
    extractor = Extractor()
    doc = make_doc("Tariq Haddawi, a commander of Asaib Ahl al-Haq, spoke in Baghdad on Monday.")
    list(extractor.pipe([doc, make_doc("Nothing happened.")], n_process=2))
    assert extractor.link("Haddawi") is None
    assert extractor.link("Haddawi", doc.id) == "tariq-haddawi"


def test_a_document_too_long_is_reported_and_the_rest_go_on(extractor: Extractor) -> None:
    long_doc = make_doc("word " * (extractor.nlp.max_length // 5 + 10))
    docs = [make_doc(REPORTS[0]), long_doc, make_doc(REPORTS[1])]
    failed: list[tuple[str, str]] = []
    done = [x.doc_id for x in extractor.pipe(
        docs, n_process=2, on_error=lambda d, e: failed.append((d.id, e.code)))]
    assert done == [docs[0].id, docs[2].id]
    assert failed == [(long_doc.id, "AW400")]
    with pytest.raises(AxiswatchError, match="more than the"):
        list(extractor.pipe(docs, n_process=2))

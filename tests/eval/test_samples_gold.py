"""The gold annotation of the sample corpus (``samples/gold.jsonl``) is valid and grounded.

Every line passes the project's gold reader, names a report in ``samples/corpus``
that ingests to exactly one document, carries that report's publication date,
and every evidence string and alias is text the ingest stage actually produces
for that report (for the HTML page: the extracted main text, not the markup).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from axiswatch.eval.gold import GoldDoc, read_gold
from axiswatch.ingest.reading import Read, read_documents
from tests.eval.goldchecks import check_references

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "samples" / "gold.jsonl"
CORPUS = ROOT / "samples" / "corpus"
GOLD_DOCS = read_gold(GOLD)


@pytest.fixture(scope="module")
def ingested() -> dict[str, list[Read]]:
    """Gold document name -> what the ingest stage reads from that file."""
    out: dict[str, list[Read]] = {}
    for gdoc in GOLD_DOCS:
        items = list(read_documents([str(CORPUS / gdoc.doc)]))
        out[gdoc.doc] = [i for i in items if isinstance(i, Read)]
        rejected = [i for i in items if not isinstance(i, Read)]
        assert not rejected, f"{gdoc.doc}: ingest rejected it: {rejected}"
    return out


def test_gold_covers_the_single_document_reports() -> None:
    names = {g.doc for g in GOLD_DOCS}
    single = {p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    assert names == single, f"missing: {single - names}, unknown: {names - single}"
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) == len(GOLD_DOCS)
    assert all(json.loads(ln)["doc"] for ln in lines)


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_doc_exists_and_ingests_to_one_document(
    gdoc: GoldDoc, ingested: dict[str, list[Read]]
) -> None:
    assert (CORPUS / gdoc.doc).is_file()
    reads = ingested[gdoc.doc]
    assert len(reads) == 1, f"{gdoc.doc}: {len(reads)} documents; eval scores one per file"
    assert reads[0].document.published == gdoc.published


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_evidence_is_text_of_the_document(gdoc: GoldDoc, ingested: dict[str, list[Read]]) -> None:
    text = ingested[gdoc.doc][0].document.text
    raw = (CORPUS / gdoc.doc).read_text(encoding="utf-8")
    missing = [ev.evidence for ev in gdoc.events if ev.evidence not in text]
    missing += [r.evidence for r in gdoc.relations if not r.evidence or r.evidence not in text]
    assert not missing, f"{gdoc.doc}: evidence not in the ingested text: {missing}"
    if gdoc.doc.endswith(".txt"):
        assert all(ev.evidence in raw for ev in gdoc.events)
        assert all(r.evidence in raw for r in gdoc.relations)


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_aliases_are_surface_forms_of_the_document(
    gdoc: GoldDoc, ingested: dict[str, list[Read]]
) -> None:
    text = ingested[gdoc.doc][0].document.text
    absent = [(e.id, a) for e in gdoc.entities for a in e.aliases if a not in text]
    assert not absent, f"{gdoc.doc}: aliases not in the text: {absent}"
    assert all(e.aliases for e in gdoc.entities), f"{gdoc.doc}: an entity without a surface form"
    owners: dict[str, str] = {}
    for ent in gdoc.entities:
        for alias in {a.casefold() for a in ent.aliases}:
            assert owners.setdefault(alias, ent.id) == ent.id, (
                f"{gdoc.doc}: {alias!r} belongs to {owners[alias]} and {ent.id}"
            )


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_events_and_relations_point_at_entities_of_the_document(gdoc: GoldDoc) -> None:
    for ev in check_references(gdoc):
        assert ev.date is None or gdoc.published is None or ev.date[:7] <= gdoc.published[:7], (
            f"{gdoc.doc} {ev.id}: dated after publication"
        )


def test_bundle_sections_are_dated_headings_of_the_text(ingested: dict[str, list[Read]]) -> None:
    bundles = [g for g in GOLD_DOCS if g.sections]
    assert bundles, "the sample corpus has a bundle with dated sections"
    for gdoc in bundles:
        lines = ingested[gdoc.doc][0].document.text.splitlines()
        dates = [s.date or "" for s in gdoc.sections]
        assert all(dates) and dates == sorted(dates)
        for section in gdoc.sections:
            assert section.heading in lines, f"{gdoc.doc}: {section.heading!r} is not a line"

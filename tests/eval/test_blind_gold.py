"""The blind gold set (``tests/data/blind``) is valid, grounded and its own text.

The set is blind: it is scored, never used to develop the extractor. These tests
only check the annotation itself: every line passes the project's gold reader,
names a report of ``tests/data/blind/corpus`` that ingests to exactly one
document with the same publication date as ``sources.jsonl``, every evidence
string and alias is text of that report, every event type and relation
predicate is one of the guideline's, events and relations point at entities of
the same document, and no report shares a run of eight words with the sample,
held-out or reference corpora.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from axiswatch.eval.gold import GoldDoc, read_gold
from axiswatch.ingest.reading import Read, read_documents
from axiswatch.model import CERTAINTIES, ENTITY_TYPES, EVENT_TYPES, PREDICATES

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "data" / "blind"
GOLD = BLIND / "gold.jsonl"
CORPUS = BLIND / "corpus"
SIDECAR = CORPUS / "sources.jsonl"
GOLD_DOCS = read_gold(GOLD)
OTHER_CORPORA = (
    ROOT / "samples" / "corpus",
    ROOT / "tests" / "data" / "heldout" / "corpus",
    ROOT.parent / "shared" / "corpus",
)
MIN_WORDS, MAX_WORDS = 250, 600
NGRAM = 8
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return WORD.findall(text.lower())


def _runs(text: str) -> set[tuple[str, ...]]:
    tokens = _words(text)
    return {tuple(tokens[i:i + NGRAM]) for i in range(len(tokens) - NGRAM + 1)}


def _sidecar() -> dict[str, dict[str, str]]:
    rows = [json.loads(ln) for ln in SIDECAR.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return {row["file"]: row for row in rows}


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


def test_gold_annotates_every_report_once() -> None:
    names = [g.doc for g in GOLD_DOCS]
    reports = {p.name for p in CORPUS.glob("*.txt")}
    assert len(names) == len(set(names))
    assert set(names) == reports, f"missing: {reports - set(names)}, extra: {set(names) - reports}"
    assert len(reports) >= 10
    assert set(_sidecar()) == reports


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_doc_exists_and_ingests_to_one_document(
    gdoc: GoldDoc, ingested: dict[str, list[Read]]
) -> None:
    assert (CORPUS / gdoc.doc).is_file()
    reads = ingested[gdoc.doc]
    assert len(reads) == 1, f"{gdoc.doc}: {len(reads)} documents; eval scores one per file"
    row = _sidecar()[gdoc.doc]
    assert row["published"] == gdoc.published
    assert row["language"] == "en"
    assert gdoc.doc.startswith(row["published"])
    assert reads[0].document.published == gdoc.published


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_report_length(gdoc: GoldDoc) -> None:
    n = len(_words((CORPUS / gdoc.doc).read_text(encoding="utf-8")))
    assert MIN_WORDS <= n <= MAX_WORDS, f"{gdoc.doc}: {n} words"


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_evidence_is_text_of_the_document(gdoc: GoldDoc, ingested: dict[str, list[Read]]) -> None:
    text = ingested[gdoc.doc][0].document.text
    raw = (CORPUS / gdoc.doc).read_text(encoding="utf-8")
    evidence = [ev.evidence for ev in gdoc.events] + [r.evidence for r in gdoc.relations]
    assert all(evidence), f"{gdoc.doc}: an event or relation without evidence"
    missing = [e for e in evidence if e not in text or e not in raw]
    assert not missing, f"{gdoc.doc}: evidence not in the text: {missing}"


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
        assert ent.type in ENTITY_TYPES
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", ent.id), f"{ent.id!r} is not a slug"
        for alias in {a.casefold() for a in ent.aliases}:
            assert owners.setdefault(alias, ent.id) == ent.id, (
                f"{gdoc.doc}: {alias!r} belongs to {owners[alias]} and {ent.id}"
            )


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_types_and_predicates_are_the_guideline_s(gdoc: GoldDoc) -> None:
    assert gdoc.events and gdoc.relations
    assert {ev.type for ev in gdoc.events} <= set(EVENT_TYPES)
    assert {r.predicate for r in gdoc.relations} <= set(PREDICATES)
    assert {ev.certainty for ev in gdoc.events} | {r.certainty for r in gdoc.relations} <= set(
        CERTAINTIES
    )


def test_the_set_mixes_event_types_and_predicates() -> None:
    types = {ev.type for g in GOLD_DOCS for ev in g.events}
    predicates = {r.predicate for g in GOLD_DOCS for r in g.relations}
    assert len(types) >= 9, types
    assert {"front_for", "leader_of", "part_of", "sponsored_by", "designated_by"} <= predicates


@pytest.mark.parametrize("gdoc", GOLD_DOCS, ids=lambda g: g.doc)
def test_events_and_relations_point_at_entities_of_the_document(gdoc: GoldDoc) -> None:
    ids = {e.id for e in gdoc.entities}
    names = {n for e in gdoc.entities for n in e.names()}
    for ev in gdoc.events:
        unknown = (ev.all_actors() | set(ev.target_actors)) - ids
        assert not unknown, f"{gdoc.doc} {ev.id}: unknown entities {unknown}"
        if ev.location is not None:
            assert ev.location in names, f"{gdoc.doc} {ev.id}: {ev.location!r} is no entity"
            assert ev.lat is not None, f"{gdoc.doc} {ev.id}: a location without coordinates"
        if ev.date is not None:
            assert ev.date_precision == {4: "year", 7: "month", 10: "day"}[len(ev.date)]
            assert gdoc.published is not None and ev.date <= gdoc.published, (
                f"{gdoc.doc} {ev.id}: dated after publication"
            )
        assert ev.country is None or re.fullmatch(r"[A-Z]{2}", ev.country)
    for rel in gdoc.relations:
        assert {rel.subject, rel.object} <= ids, f"{gdoc.doc}: {rel} names unknown entities"
        assert rel.subject != rel.object


def test_bundle_sections_are_dated_headings_of_the_text(ingested: dict[str, list[Read]]) -> None:
    bundles = [g for g in GOLD_DOCS if g.sections]
    assert bundles, "the blind set has a bundle with dated sections"
    for gdoc in bundles:
        lines = ingested[gdoc.doc][0].document.text.splitlines()
        dates = [s.date or "" for s in gdoc.sections]
        assert all(dates) and dates == sorted(dates)
        for section in gdoc.sections:
            assert section.heading in lines, f"{gdoc.doc}: {section.heading!r} is not a line"


def test_no_run_of_eight_words_shared_with_other_corpora() -> None:
    others = [p for d in OTHER_CORPORA if d.is_dir() for p in sorted(d.iterdir()) if p.is_file()]
    assert others, "no corpus to compare with"
    theirs = {p.name: _runs(p.read_text(encoding="utf-8", errors="replace")) for p in others}
    found = []
    for gdoc in GOLD_DOCS:
        mine = _runs((CORPUS / gdoc.doc).read_text(encoding="utf-8"))
        for name, runs in theirs.items():
            found += [(gdoc.doc, name, " ".join(r)) for r in sorted(mine & runs)]
    assert not found, "runs shared with another corpus:\n" + "\n".join(map(str, found))

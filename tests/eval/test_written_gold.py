"""The gold sets written for the project beside the sample gold are valid, grounded
and their own text: the held-out sets (``tests/data/heldout``,
``tests/data/heldout2`` and ``tests/data/heldout3``, each first scored blind, then
studied during development, and ``tests/data/heldout4``, ``tests/data/heldout5``,
``tests/data/heldout6``, ``tests/data/heldout7`` and ``tests/data/heldout8``, not yet
studied) and the
blind set (``tests/data/blind``, only ever scored as a whole).

These tests check the annotation itself: every line passes the project's gold
reader, names a report of the set's corpus that ingests to exactly one document
with the same publication date as ``sources.jsonl``, every evidence string and
alias is text of that report, every event type and relation predicate is one of
the guideline's, events and relations point at entities of the same document,
and no report shares a run of eight words with any other corpus.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from axiswatch.eval.gold import GoldDoc, read_gold
from axiswatch.ingest.reading import Read, read_documents
from axiswatch.model import CERTAINTIES, ENTITY_TYPES, EVENT_TYPES, PREDICATES
from tests.eval.goldchecks import check_references

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
ALL_CORPORA = (
    ROOT / "samples" / "corpus",
    DATA / "heldout" / "corpus",
    DATA / "heldout2" / "corpus",
    DATA / "heldout3" / "corpus",
    DATA / "heldout4" / "corpus",
    DATA / "heldout5" / "corpus",
    DATA / "heldout6" / "corpus",
    DATA / "heldout7" / "corpus",
    DATA / "heldout8" / "corpus",
    DATA / "blind" / "corpus",
    ROOT.parent / "shared" / "corpus",
)
MIN_WORDS = 250
NGRAM = 8
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


@cache
def _gold(name: str) -> list[GoldDoc]:
    return read_gold(DATA / name / "gold.jsonl")


@dataclass(frozen=True)
class GoldSet:
    """One written gold set: its folder, how many event types it must mix, how long
    its reports may be (the blind set holds analyses and bundles of up to 1,300 words)
    and how many reports it holds at least."""

    name: str
    min_types: int
    max_words: int = 600
    min_reports: int = 10

    @property
    def corpus(self) -> Path:
        return DATA / self.name / "corpus"

    @property
    def docs(self) -> list[GoldDoc]:
        return _gold(self.name)


SETS = (
    GoldSet("heldout", 8),
    GoldSet("heldout2", 9),
    GoldSet("heldout3", 10, min_reports=8),
    GoldSet("heldout4", 10, min_reports=8),
    GoldSet("heldout5", 10, max_words=1300, min_reports=8),
    GoldSet("heldout6", 10, max_words=1300, min_reports=8),
    GoldSet("heldout7", 10, max_words=1300, min_reports=8),
    GoldSet("heldout8", 10, max_words=1300, min_reports=8),
    GoldSet("blind", 9, max_words=1300),
)
DOCS = [(s, g) for s in SETS for g in s.docs]


def _id(value: object) -> str:
    return value.name if isinstance(value, GoldSet) else getattr(value, "doc", str(value))


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return WORD.findall(text.lower())


def _runs(text: str) -> set[tuple[str, ...]]:
    tokens = _words(text)
    return {tuple(tokens[i:i + NGRAM]) for i in range(len(tokens) - NGRAM + 1)}


def _sidecar(gset: GoldSet) -> dict[str, dict[str, str]]:
    lines = (gset.corpus / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(ln) for ln in lines if ln.strip()]
    return {row["file"]: row for row in rows}


@pytest.fixture(scope="module")
def ingested() -> dict[tuple[str, str], list[Read]]:
    """(set, gold document name) -> what the ingest stage reads from that file."""
    out: dict[tuple[str, str], list[Read]] = {}
    for gset, gdoc in DOCS:
        items = list(read_documents([str(gset.corpus / gdoc.doc)]))
        out[(gset.name, gdoc.doc)] = [i for i in items if isinstance(i, Read)]
        rejected = [i for i in items if not isinstance(i, Read)]
        assert not rejected, f"{gdoc.doc}: ingest rejected it: {rejected}"
    return out


def _text(ingested: dict[tuple[str, str], list[Read]], gset: GoldSet, gdoc: GoldDoc) -> str:
    return ingested[(gset.name, gdoc.doc)][0].document.text


@pytest.mark.parametrize("gset", SETS, ids=_id)
def test_gold_annotates_every_report_once(gset: GoldSet) -> None:
    names = [g.doc for g in gset.docs]
    reports = {p.name for p in gset.corpus.glob("*.txt")}
    assert len(names) == len(set(names))
    assert set(names) == reports, f"missing: {reports - set(names)}, extra: {set(names) - reports}"
    assert len(reports) >= gset.min_reports
    assert set(_sidecar(gset)) == reports


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_doc_exists_and_ingests_to_one_document(
    gset: GoldSet, gdoc: GoldDoc, ingested: dict[tuple[str, str], list[Read]]
) -> None:
    assert (gset.corpus / gdoc.doc).is_file()
    reads = ingested[(gset.name, gdoc.doc)]
    assert len(reads) == 1, f"{gdoc.doc}: {len(reads)} documents; eval scores one per file"
    row = _sidecar(gset)[gdoc.doc]
    assert row["published"] == gdoc.published
    assert row["language"] == "en"
    assert gdoc.doc.startswith(row["published"])
    assert reads[0].document.published == gdoc.published


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_report_length(gset: GoldSet, gdoc: GoldDoc) -> None:
    n = len(_words((gset.corpus / gdoc.doc).read_text(encoding="utf-8")))
    assert MIN_WORDS <= n <= gset.max_words, f"{gdoc.doc}: {n} words"


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_evidence_is_text_of_the_document(
    gset: GoldSet, gdoc: GoldDoc, ingested: dict[tuple[str, str], list[Read]]
) -> None:
    text = _text(ingested, gset, gdoc)
    raw = (gset.corpus / gdoc.doc).read_text(encoding="utf-8")
    evidence = [ev.evidence for ev in gdoc.events] + [r.evidence for r in gdoc.relations]
    assert all(evidence), f"{gdoc.doc}: an event or relation without evidence"
    missing = [e for e in evidence if e not in text or e not in raw]
    assert not missing, f"{gdoc.doc}: evidence not in the text: {missing}"


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_aliases_are_surface_forms_of_the_document(
    gset: GoldSet, gdoc: GoldDoc, ingested: dict[tuple[str, str], list[Read]]
) -> None:
    text = _text(ingested, gset, gdoc)
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


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_types_and_predicates_are_the_guideline_s(gset: GoldSet, gdoc: GoldDoc) -> None:
    assert gdoc.events and gdoc.relations
    assert {ev.type for ev in gdoc.events} <= set(EVENT_TYPES)
    assert {r.predicate for r in gdoc.relations} <= set(PREDICATES)
    assert {ev.certainty for ev in gdoc.events} | {r.certainty for r in gdoc.relations} <= set(
        CERTAINTIES
    )


@pytest.mark.parametrize("gset", SETS, ids=_id)
def test_the_set_mixes_event_types_and_predicates(gset: GoldSet) -> None:
    types = {ev.type for g in gset.docs for ev in g.events}
    predicates = {r.predicate for g in gset.docs for r in g.relations}
    assert len(types) >= gset.min_types, types
    assert {"front_for", "leader_of", "part_of", "sponsored_by", "designated_by"} <= predicates


@pytest.mark.parametrize(("gset", "gdoc"), DOCS, ids=_id)
def test_events_and_relations_point_at_entities_of_the_document(
        gset: GoldSet, gdoc: GoldDoc) -> None:
    for ev in check_references(gdoc):
        if ev.location is not None:
            assert ev.lat is not None, f"{gdoc.doc} {ev.id}: a location without coordinates"
        if ev.date is not None:
            assert gdoc.published is not None and ev.date <= gdoc.published, (
                f"{gdoc.doc} {ev.id}: dated after publication"
            )
        assert ev.country is None or re.fullmatch(r"[A-Z]{2}", ev.country)


@pytest.mark.parametrize("gset", SETS, ids=_id)
def test_bundle_sections_are_dated_headings_of_the_text(
        gset: GoldSet, ingested: dict[tuple[str, str], list[Read]]) -> None:
    bundles = [g for g in gset.docs if g.sections]
    assert bundles, f"the {gset.name} set has a bundle with dated sections"
    for gdoc in bundles:
        lines = _text(ingested, gset, gdoc).splitlines()
        dates = [s.date or "" for s in gdoc.sections]
        assert all(dates) and dates == sorted(dates)
        for section in gdoc.sections:
            assert section.heading in lines, f"{gdoc.doc}: {section.heading!r} is not a line"


@pytest.mark.parametrize("gset", SETS, ids=_id)
def test_no_run_of_eight_words_shared_with_other_corpora(gset: GoldSet) -> None:
    shared = ROOT.parent / "shared" / "corpus"
    assert shared.is_dir(), f"{shared}: the reference corpus must sit beside the checkout"
    others = [p for d in ALL_CORPORA if d != gset.corpus and d.is_dir()
              for p in sorted(d.iterdir()) if p.is_file()]
    theirs = {p.name: _runs(p.read_text(encoding="utf-8", errors="replace")) for p in others}
    found = []
    for gdoc in gset.docs:
        mine = _runs((gset.corpus / gdoc.doc).read_text(encoding="utf-8"))
        for name, runs in theirs.items():
            found += [(gdoc.doc, name, " ".join(r)) for r in sorted(mine & runs)]
    assert not found, "runs shared with another corpus:\n" + "\n".join(map(str, found))

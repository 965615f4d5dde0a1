"""ingest_paths end to end on real files: the shared corpus, folders, stdin, bad inputs."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ingest.normalize import normalize_text
from axiswatch.ingest.pipeline import ingest_paths
from axiswatch.ingest.reading import _guarded
from axiswatch.ingest.record import RawDoc
from axiswatch.store import Store
from axiswatch.store.documents import count_documents, get_document, list_documents
from axiswatch.store.ingestlog import log_entries, rejections


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if p.suffix == ".txt")


def test_corpus_twice_stores_each_report_once_with_sidecar_metadata(
    store: Store, corpus_dir: Path
) -> None:
    first = ingest_paths(store, [str(corpus_dir)])
    n = len(corpus_files(corpus_dir))
    assert (first.read, first.new, first.duplicate, first.rejected) == (n, n, 0, 0)
    again = ingest_paths(store, [str(corpus_dir)])
    assert (again.read, again.new, again.duplicate, again.rejected) == (n, 0, n, 0)
    assert sorted(again.doc_ids) == sorted(first.doc_ids)
    sidecar = {
        json.loads(line)["file"]: json.loads(line)
        for line in (corpus_dir / "sources.jsonl").read_text().splitlines() if line.strip()
    }
    with store.connect() as conn:
        assert count_documents(conn) == n
        for row in list_documents(conn):
            name = Path(row["source_path"]).name
            assert row["publisher"] == sidecar[name]["publisher"]
            assert row["published"] == sidecar[name]["published"]
        assert [e["status"] for e in log_entries(conn, again.run_id)] == ["duplicate"] * n
        stored = [get_document(conn, i) for i in first.doc_ids]
    sections = {d.id: d.sections for d in stored if d is not None}
    bundles = [secs for secs in sections.values() if len(secs) > 1]
    assert bundles, "the bundled report yields its dated sections"
    for secs in sections.values():
        assert secs[0].start == 0 and all(s.ref_date for s in secs)
    for secs in bundles:  # undated bundled articles: the publication month
        assert {s.date_precision for s in secs} == {"month"}


def test_same_report_under_another_name_and_line_endings_is_a_duplicate(
    store: Store, corpus_dir: Path, tmp_path: Path
) -> None:
    source = corpus_files(corpus_dir)[1]
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().replace(b"\n", b"\r\n") + b"\r\n\r\n")
    summary = ingest_paths(store, [str(source), str(copy)])
    assert (summary.new, summary.duplicate) == (1, 1)
    with store.connect() as conn:
        doc = get_document(conn, summary.doc_ids[0])
    assert doc is not None
    assert doc.text == normalize_text(source.read_text(encoding="utf-8"))


def test_flags_win_over_sidecar(store: Store, corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus_dir, folder)
    summary = ingest_paths(store, [str(folder)], publisher="Desk", published="2020-01-02")
    with store.connect() as conn:
        for doc_id in summary.doc_ids:
            doc = get_document(conn, doc_id)
            assert doc is not None and (doc.publisher, doc.published) == ("Desk", "2020-01-02")


def test_invalid_published_flag_is_an_error(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some report.")
    with pytest.raises(AxiswatchError, match="AW113"):
        ingest_paths(store, [str(tmp_path)], published="2024-02-30")


def test_stdin_is_read(store: Store) -> None:
    summary = ingest_paths(store, ["-"], stdin=io.BytesIO(b"Title line\nBody text here."))
    assert summary.new == 1
    with store.connect() as conn:
        doc = get_document(conn, summary.doc_ids[0])
    assert doc is not None and doc.title == "Title line" and doc.source_path is None


def test_missing_path_is_rejected_and_the_batch_goes_on(store: Store, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("A fine report.")
    summary = ingest_paths(store, [str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt")])
    assert (summary.new, summary.rejected) == (1, 1)
    assert summary.rejections[0].code == "AW100"
    with store.connect() as conn:
        logged = rejections(conn, summary.run_id)
    assert [(r["code"], r["source"]) for r in logged] == [("AW100", str(tmp_path / "nope.txt"))]


def test_a_reader_crash_rejects_that_input_with_its_format_code() -> None:
    def crashing() -> Iterator[RawDoc | InputRejected]:
        yield RawDoc(text="first entry", source="f.xml#1", fmt="feed")
        raise KeyError("unexpected structure")

    records = _guarded(crashing(), "feed", "f.xml")
    assert isinstance(next(records), RawDoc)
    with pytest.raises(InputRejected) as info:
        next(records)
    assert info.value.code == "AW107" and "KeyError" in info.value.reason
    assert info.value.source == "f.xml"


def test_metadata_precedence_flags_then_sidecar_then_file(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><head><title>Strike on depot</title>"
        '<meta property="og:site_name" content="Page Site">'
        '<meta property="article:published_time" content="2024-02-14T08:00:00Z"></head>'
        "<body><article><p>An air strike hit a weapons depot near the border on Sunday, "
        "a monitoring group said.</p></article></body></html>", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": "Record with its own date and publisher.", "published": "2024-03-01",
                    "publisher": "Record Desk"}) + "\n"
        + json.dumps({"text": "Record without metadata of its own."}) + "\n", encoding="utf-8")
    (folder / "sources.jsonl").write_text(
        json.dumps({"file": "page.html", "publisher": "Curated", "published": "2024-02-10"}) + "\n"
        + json.dumps({"file": "feed.jsonl", "publisher": "File Desk", "published": "2024-03"})
        + "\n", encoding="utf-8")

    def metadata() -> dict[str, tuple[str | None, str | None]]:
        with store.connect() as conn:
            return {Path(r["source_path"]).name: (r["publisher"], r["published"])
                    for r in list_documents(conn)}

    ingest_paths(store, [str(folder)])
    assert metadata() == {
        "page.html": ("Curated", "2024-02-10"),  # the sidecar wins over the page's meta tags
        "feed.jsonl:1": ("Record Desk", "2024-03-01"),  # a record's own fields win
        "feed.jsonl:2": ("File Desk", "2024-03"),  # the sidecar fills what a record lacks
    }


def test_shipped_sample_corpus_ingests_every_format_without_rejections(
    store: Store, samples_dir: Path
) -> None:
    summary = ingest_paths(store, [str(samples_dir)])
    assert summary.rejected == 0 and summary.new > 0
    with store.connect() as conn:
        rows = list_documents(conn, limit=1000)
    assert {"txt", "html", "feed", "jsonl"} <= {r["fmt"] for r in rows}
    assert all(r["published"] and r["publisher"] for r in rows)


def test_odd_metadata_is_stored_safely_on_every_backend(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "odd.jsonl").write_text(json.dumps({
        "text": "A report with odd metadata.", "title": "Title\u0000 with NUL",
        "url": "https://x.example.org/a\u0000b", "language": "English (as spoken)",
        "publisher": "  Desk\tWire  ",
    }) + "\n" + json.dumps({"text": "Second.", "language": "pt_BR"}) + "\n", encoding="utf-8")
    (folder / "nul\u2028name.txt").write_bytes(b"\x00\x00binary")
    summary = ingest_paths(store, [str(folder)])
    assert (summary.new, summary.rejected) == (2, 1)
    with store.connect() as conn:
        docs = [get_document(conn, i) for i in summary.doc_ids]
    first, second = docs
    assert first is not None and second is not None
    assert (first.title, first.url, first.language, first.publisher) == (
        "Title with NUL", "https://x.example.org/ab", "en", "Desk Wire")
    assert second.language == "pt"

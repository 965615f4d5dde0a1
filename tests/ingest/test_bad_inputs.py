"""Bad inputs: each rejected with its code and a reason naming it, logged, the batch going on."""

from __future__ import annotations

import codecs
import json
import random
import subprocess
from pathlib import Path

from axiswatch.ingest.pipeline import ingest_paths
from axiswatch.ingest.record import IngestOptions
from axiswatch.store import Store
from axiswatch.store.documents import count_documents, list_documents
from axiswatch.store.ingestlog import rejections

GOOD = "Militants fired rockets at a base in Anbar province on Sunday, officials said."


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """A folder of bad inputs beside good ones; returns file name -> expected code."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    (folder / "junk.bin").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\r\n ")
    (folder / "latin1.txt").write_bytes("Caf\xe9 attack in Hom\xe9s, officials said.".encode(
        "latin-1"))
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "nomain.html").write_bytes(b"<html><body><nav>Home | About</nav></body></html>")
    (folder / "bomb.rss").write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<rss><channel><title>&b;</title></channel></rss>")
    (folder / "records.jsonl").write_text(
        json.dumps({"text": GOOD + " One.", "published": "2024-01-02"}) + "\n{broken\n"
        + json.dumps({"text": GOOD + " Two."}) + "\n")
    subprocess.run(["truncate", "-s", "200M", str(folder / "huge.txt")], check=True)
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + f"{GOOD} UTF-16.".encode(
        "utf-16-le"))
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return {
        "junk.bin": "AW102", "empty.txt": "AW101", "blank.txt": "AW101", "latin1.txt": "AW103",
        "truncated.pdf": "AW105", "nomain.html": "AW106", "bomb.rss": "AW107",
        "records.jsonl:2": "AW108", "huge.txt": "AW104",
    }


def test_each_bad_input_is_rejected_logged_and_the_batch_goes_on(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    expected = write_bad_inputs(folder)
    summary = ingest_paths(store, [str(folder)])
    got = {Path(r.source).name: r.code for r in summary.rejections}
    assert got == expected
    for r in summary.rejections:
        assert str(folder) in r.source and r.reason  # names the input and says why
    assert (summary.new, summary.rejected) == (4, len(expected))  # utf16, good, 2 jsonl records
    assert summary.read == summary.new + summary.duplicate + summary.rejected
    with store.connect() as conn:
        assert count_documents(conn) == 4
        logged = {Path(r["source"]).name: r["code"] for r in rejections(conn, summary.run_id)}
    assert logged == expected


def test_size_limit_is_configurable(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD * 20)
    summary = ingest_paths(store, [str(tmp_path / "a.txt")], options=IngestOptions(max_bytes=100))
    assert [r.code for r in summary.rejections] == ["AW104"]
    assert "100-byte limit" in summary.rejections[0].reason


def test_invalid_utf8_is_not_decoded_as_latin1(store: Store, tmp_path: Path) -> None:
    (tmp_path / "mixed.txt").write_bytes(GOOD.encode() + b" \xff\xfe broken tail")
    summary = ingest_paths(store, [str(tmp_path / "mixed.txt")])
    (rejection,) = summary.rejections
    assert rejection.code == "AW103" and "UTF-8" in rejection.reason


def test_bad_sidecar_lines_are_reported_and_good_ones_used(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_text(GOOD + " Another.")
    (folder / "sources.jsonl").write_text(
        json.dumps({"file": "a.txt", "publisher": "Wire", "published": "2024-02-30"}) + "\n"
        + json.dumps({"file": "b.txt", "publisher": "Desk", "published": "2024-02"}) + "\n")
    summary = ingest_paths(store, [str(folder)])
    assert [(r.code, Path(r.source).name) for r in summary.rejections] == [
        ("AW112", "sources.jsonl:1")]
    assert summary.new == 2
    with store.connect() as conn:
        meta = {Path(r["source_path"]).name: (r["publisher"], r["published"])
                for r in list_documents(conn)}
    assert meta == {"a.txt": (None, None), "b.txt": ("Desk", "2024-02")}

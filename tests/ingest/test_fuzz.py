"""Any bytes in: a document or a rejection out, never a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from axiswatch.errors import InputRejected
from axiswatch.ingest.jsonl import read_jsonl
from axiswatch.ingest.reading import Read, read_documents
from axiswatch.ingest.record import RawDoc

PREFIXES = [b"", b"%PDF-1.4\n", b"<?xml version='1.0'?><rss>", b"<html><body><p>",
            b'{"text": ', b"\xff\xfe", b"\xef\xbb\xbf", b"<!DOCTYPE x [<!ENTITY a 'b'>]>"]
NAMES = ["a.txt", "a.html", "a.pdf", "a.xml", "a.jsonl", "noext"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600),
       name=st.sampled_from(NAMES))
def test_any_bytes_become_documents_or_rejections(prefix: bytes, body: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(prefix + body)
        for item in read_documents([str(path)]):
            assert isinstance(item, Read | InputRejected)
            if isinstance(item, Read):
                doc = item.document
                assert doc.text and doc.text == doc.text.strip()
                for s in doc.sections:
                    assert 0 <= s.start < s.end <= len(doc.text)
            else:
                assert item.code.startswith("AW1") and str(path) in item.source


RECORD = st.fixed_dictionaries(
    {"text": st.text(min_size=1, max_size=80)},
    optional={"title": st.none() | st.text(max_size=30),
              "publisher": st.none() | st.text(max_size=30),
              "published": st.sampled_from([None, "2024-02-14", "2024-02", "bad date", 7]),
              "url": st.none() | st.just("https://x.example.org/a")},
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(RECORD.map(json.dumps), st.text(max_size=40)), max_size=8))
def test_jsonl_yields_one_item_per_non_blank_line(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    data = "\n".join(lines).encode("utf-8")
    try:
        items = list(read_jsonl(data, "x.jsonl"))
    except InputRejected as exc:  # the whole file: empty or not text
        assert exc.code in ("AW101", "AW102")
        return
    content_lines = [n for n, line in enumerate(data.decode().splitlines(), 1) if line.strip()]
    assert len(items) == len(content_lines)
    for n, item in zip(content_lines, items, strict=True):
        source = item.source
        assert source == f"x.jsonl:{n}"
        if isinstance(item, RawDoc):
            assert item.text.strip() and item.published in (None, "2024-02-14", "2024-02")

"""Ingest: inputs → readers → normalized documents with sections → the store.

Each document is committed in its own transaction together with its sections
and its log line, so a run that fails or is killed loses nothing already
stored, and running it again completes the batch (documents already stored
are counted as duplicates). A bad input is rejected with a stable code and a
reason naming it; the rest of the batch goes on.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from axiswatch.errors import AxiswatchError, InputRejected
from axiswatch.ids import document_id
from axiswatch.ingest.inputs import Input, Loaded, expand_inputs, load_input
from axiswatch.ingest.metadata import SidecarEntry, apply_metadata, parse_published, read_sidecar
from axiswatch.ingest.normalize import normalize_text
from axiswatch.ingest.record import IngestOptions, RawDoc
from axiswatch.ingest.sections import detect_sections
from axiswatch.ingest.sniff import sniff_format
from axiswatch.model import Document
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.ingestlog import finish_run, log_input, start_run

Reader = Callable[[bytes, str], Iterator[RawDoc | InputRejected]]

# format -> "module:function"; imported on first use so plain text never loads trafilatura.
READERS: dict[str, str] = {
    "txt": "axiswatch.ingest.text:read_text",
    "html": "axiswatch.ingest.htmlpage:read_html",
    "pdf": "axiswatch.ingest.pdf:read_pdf",
    "feed": "axiswatch.ingest.feed:read_feed",
    "jsonl": "axiswatch.ingest.jsonl:read_jsonl",
}
AUTO_PROGRESS_INPUTS = 20
# The code for an input a reader fails on in a way it did not foresee (a parser crash).
UNREADABLE = {"txt": "AW102", "html": "AW106", "pdf": "AW105", "feed": "AW107", "jsonl": "AW108"}


@dataclass(frozen=True, slots=True)
class Rejection:
    """One rejected input or record: where, the stable code, and why."""

    source: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.code} {self.source}: {self.reason}"


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did. ``read == new + duplicate + rejected``."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    doc_ids: list[str] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    run_id: str | None = None

    def stats(self) -> dict[str, Any]:
        """The figures as JSON-ready data (stored with the run)."""
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate,
                "rejected": self.rejected}


def reader_for(fmt: str) -> Reader:
    """The reader function of format ``fmt``."""
    module, attr = READERS[fmt].split(":")
    reader: Reader = getattr(importlib.import_module(module), attr)
    return reader


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    flat = " ".join(normalize_text(value).split())
    return flat or None


def make_document(raw: RawDoc) -> Document:
    """The stored form of ``raw``: normalized text, its content id, title and dated sections.

    Raises :class:`InputRejected` (AW101) when nothing but whitespace remains.
    """
    text = normalize_text(raw.text)
    if not text:
        raise InputRejected("AW101", raw.source, "no text left after normalization")
    return Document(
        id=document_id(text),
        text=text,
        title=_one_line(raw.title),
        publisher=_one_line(raw.publisher),
        published=raw.published,
        url=raw.url,
        source_path=None if raw.source.startswith(("<", "http://", "https://")) else raw.source,
        fmt=raw.fmt,
        language=raw.language or "en",
        sections=detect_sections(text, raw.published),
    )


class _Run:
    """The state of one ingest run: the store, the run id, the sidecars read so far."""

    def __init__(self, store: Store, options: IngestOptions, summary: IngestSummary) -> None:
        self.store = store
        self.options = options
        self.summary = summary
        self.sidecars: dict[Path, dict[str, SidecarEntry]] = {}

    def reject(self, exc: InputRejected) -> None:
        self.summary.read += 1
        self.summary.rejected += 1
        self.summary.rejections.append(Rejection(exc.source, exc.code, exc.reason))
        with self.store.begin() as conn:
            log_input(conn, self.summary.run_id, exc.source, "rejected", code=exc.code,
                      message=exc.reason)

    def sidecar(self, inp: Input) -> SidecarEntry | None:
        if inp.path is None:
            return None
        folder = inp.path.parent.resolve()
        if folder not in self.sidecars:
            path = folder / self.options.sidecar_name
            entries: dict[str, SidecarEntry] = {}
            if path.is_file():
                entries, problems = read_sidecar(path)
                for problem in problems:
                    self.reject(problem)
            self.sidecars[folder] = entries
        return self.sidecars[folder].get(inp.path.name)

    def store_document(self, doc: Document, source: str) -> None:
        with self.store.begin() as conn:
            is_new = add_document(conn, doc)
            status = "new" if is_new else "duplicate"
            log_input(conn, self.summary.run_id, source, status, doc_id=doc.id)
        self.summary.read += 1
        if is_new:
            self.summary.new += 1
        else:
            self.summary.duplicate += 1
        self.summary.doc_ids.append(doc.id)

    def ingest(self, inp: Input, stdin: BinaryIO | None) -> None:
        try:
            loaded: Loaded = load_input(inp, self.options, stdin)
            fmt = sniff_format(loaded.data, loaded.url or inp.name, loaded.content_type)
            records = _guarded(reader_for(fmt)(loaded.data, inp.name), fmt, inp.name)
            sidecar = self.sidecar(inp)
            for record in records:
                if isinstance(record, InputRejected):
                    self.reject(record)
                    continue
                if loaded.url and not record.url:
                    record.url = loaded.url
                raw = apply_metadata(record, sidecar, publisher=self.options.publisher,
                                     published=self.options.published)
                try:
                    doc = make_document(raw)
                except InputRejected as exc:
                    self.reject(exc)
                    continue
                self.store_document(doc, raw.source)
        except InputRejected as exc:
            self.reject(exc)


def _guarded(
    records: Iterator[RawDoc | InputRejected], fmt: str, source: str
) -> Iterator[RawDoc | InputRejected]:
    """The reader's records; a crash inside it rejects the rest of that input, not the run."""
    try:
        yield from records
    except InputRejected:
        raise
    except Exception as exc:  # a parser library failing on input nobody foresaw
        raise InputRejected(UNREADABLE[fmt], source,
                            f"the {fmt} reader failed: {type(exc).__name__}: {exc}") from exc


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    publisher: str | None = None,
    published: str | None = None,
    progress: bool | None = False,
    options: IngestOptions | None = None,
    stdin: BinaryIO | None = None,
) -> IngestSummary:
    """Ingest files, folders (recursively), ``-`` (standard input) and URLs into ``store``.

    ``publisher``/``published`` win over every other source of metadata (see
    :mod:`axiswatch.ingest.metadata`). ``progress`` shows a bar on standard
    error: ``True`` always, ``None`` when there are more than a few inputs or
    standard error is a terminal. Raises ``AxiswatchError`` (AW113) for an
    invalid ``published``; bad inputs never raise, they are rejected and logged.
    """
    opts = options or IngestOptions()
    opts.publisher = publisher or opts.publisher
    opts.published = parse_published(published or opts.published, "--published")
    summary = IngestSummary()
    with store.begin() as conn:
        summary.run_id = start_run(conn, "ingest")
    run = _Run(store, opts, summary)
    inputs = list(expand_inputs(paths, opts))
    show = progress if progress is not None else (
        len(inputs) > AUTO_PROGRESS_INPUTS or sys.stderr.isatty()
    )
    for item in _progress(inputs, show):
        if isinstance(item, InputRejected):
            run.reject(item)
        else:
            try:
                run.ingest(item, stdin)
            except AxiswatchError as exc:  # a store or reader failure on one input
                run.reject(InputRejected(exc.code, item.name, exc.message))
    with store.begin() as conn:
        finish_run(conn, summary.run_id, summary.stats())
    return summary


def _progress(items: list[Input | InputRejected], show: bool) -> Iterable[Input | InputRejected]:
    if not show:
        return items
    from tqdm import tqdm

    bar: Iterable[Input | InputRejected] = tqdm(
        items, desc="ingest", unit="input", file=sys.stderr, leave=True
    )
    return bar

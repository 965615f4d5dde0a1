"""Reading inputs into documents: files, folders, standard input and URLs in, normalized
:class:`Document` records (or rejections) out. Nothing here touches the store.

Each input is loaded within the size limit, its format sniffed, its reader
run; each record gets its metadata by the precedence of
:mod:`axiswatch.ingest.metadata`, then its normalized text, content id and
dated sections.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from axiswatch.errors import InputRejected
from axiswatch.ids import document_id
from axiswatch.ingest.decode import decode_bytes
from axiswatch.ingest.inputs import Input, expand_inputs, load_input
from axiswatch.ingest.metadata import SidecarEntry, apply_metadata, read_sidecar
from axiswatch.ingest.normalize import normalize_text
from axiswatch.ingest.record import IngestOptions, RawDoc
from axiswatch.ingest.sections import detect_sections
from axiswatch.ingest.sniff import sniff_format
from axiswatch.model import Document

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
class Read:
    """A document read from ``source`` (a path, URL, ``<stdin>``, or a record within a file)."""

    source: str
    document: Document


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


def language_code(value: str | None) -> str:
    """A short lowercase language code ("en-US" -> "en"); "en" when none is usable."""
    code = (value or "").strip().lower().replace("_", "-").split("-", 1)[0]
    return code if code.isascii() and code.isalpha() and 2 <= len(code) <= 8 else "en"


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
        url=_one_line(raw.url),
        source_path=None if raw.source.startswith(("<", "http://", "https://")) else raw.source,
        fmt=raw.fmt,
        language=language_code(raw.language),
        sections=detect_sections(text, raw.published),
    )


class _Sidecars:
    """The sidecars of the folders read so far, each read once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.entries: dict[Path, dict[str, SidecarEntry]] = {}

    def lookup(self, inp: Input) -> tuple[SidecarEntry | None, list[InputRejected]]:
        if inp.path is None:
            return None, []
        folder = inp.path.parent.resolve()
        problems: list[InputRejected] = []
        if folder not in self.entries:
            path = folder / self.name
            entries: dict[str, SidecarEntry] = {}
            if path.is_file():
                entries, problems = read_sidecar(path)
            self.entries[folder] = entries
        return self.entries[folder].get(inp.path.name), problems


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP content type, if any."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def as_utf8(data: bytes, source: str, declared: str | None) -> bytes:
    """``data`` re-encoded as UTF-8 when the transport declares another charset it is in."""
    if not declared:
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    return decode_bytes(data, source, declared).encode("utf-8")


def _read_one(
    inp: Input, options: IngestOptions, sidecars: _Sidecars, stdin: BinaryIO | None
) -> Iterator[Read | InputRejected]:
    try:
        loaded = load_input(inp, options, stdin)
        fmt = sniff_format(loaded.data, loaded.url or inp.name, loaded.content_type)
        data = loaded.data
        if fmt in ("txt", "html", "jsonl"):
            data = as_utf8(data, inp.name, charset_of(loaded.content_type))
        records = _guarded(reader_for(fmt)(data, inp.name), fmt, inp.name)
        sidecar, problems = sidecars.lookup(inp)
        yield from problems
        for record in records:
            if isinstance(record, InputRejected):
                yield record
                continue
            if loaded.url and not record.url:
                record.url = loaded.url
            raw = apply_metadata(record, sidecar, publisher=options.publisher,
                                 published=options.published)
            try:
                yield Read(raw.source, make_document(raw))
            except InputRejected as exc:
                yield exc
    except InputRejected as exc:
        yield exc


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


def read_documents(
    paths: Sequence[str],
    options: IngestOptions | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: bool | None = False,
) -> Iterator[Read | InputRejected]:
    """Every document the inputs ``paths`` hold, and every rejection, in input order.

    ``options.published`` must already be a valid date (see
    :func:`axiswatch.ingest.metadata.parse_published`). ``progress`` shows a
    bar on standard error: ``True`` always, ``None`` when there are more than
    a few inputs or standard error is a terminal.
    """
    opts = options or IngestOptions()
    sidecars = _Sidecars(opts.sidecar_name)
    inputs = list(expand_inputs(paths, opts))
    show = progress if progress is not None else (
        len(inputs) > AUTO_PROGRESS_INPUTS or sys.stderr.isatty()
    )
    for item in _progress(inputs, show):
        if isinstance(item, InputRejected):
            yield item
        else:
            yield from _read_one(item, opts, sidecars, stdin)


def _progress(items: list[Input | InputRejected], show: bool) -> Iterable[Input | InputRejected]:
    if not show:
        return items
    from tqdm import tqdm

    bar: Iterable[Input | InputRejected] = tqdm(
        items, desc="ingest", unit="input", file=sys.stderr, leave=True
    )
    return bar

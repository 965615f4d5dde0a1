"""Ingest: inputs → documents (:mod:`axiswatch.ingest.reading`) → the store.

Each document is committed in its own transaction together with its sections
and its log line, so a run that fails or is killed loses nothing already
stored, and running it again completes the batch (documents already stored
are counted as duplicates). A bad input is rejected with a stable code and a
reason naming it, logged, and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from axiswatch.errors import InputRejected
from axiswatch.ingest.metadata import parse_published
from axiswatch.ingest.reading import Read, make_document, read_documents
from axiswatch.ingest.record import IngestOptions
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.ingestlog import finish_run, log_input, start_run

__all__ = ["IngestSummary", "Rejection", "ingest_paths", "make_document"]


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
    base = options or IngestOptions()
    opts = replace(
        base,
        skip=base.skip | store_files(store),
        publisher=publisher or base.publisher,
        published=parse_published(published or base.published, "--published"),
    )
    summary = IngestSummary()
    with store.begin() as conn:
        summary.run_id = start_run(conn, "ingest")
    for item in read_documents(paths, opts, stdin=stdin, progress=progress):
        if isinstance(item, InputRejected):
            _reject(store, summary, item)
        else:
            _store(store, summary, item)
    with store.begin() as conn:
        finish_run(conn, summary.run_id, summary.stats())
    return summary


def store_files(store: Store) -> frozenset[Path]:
    """The files of a SQLite store (database, WAL, shared memory, journal), resolved."""
    database = store.engine.url.database
    if store.dialect != "sqlite" or not database or database == ":memory:":
        return frozenset()
    base = Path(database).resolve()
    return frozenset({base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))})


def _reject(store: Store, summary: IngestSummary, exc: InputRejected) -> None:
    summary.read += 1
    summary.rejected += 1
    summary.rejections.append(Rejection(exc.source, exc.code, exc.reason))
    with store.begin() as conn:
        log_input(conn, summary.run_id, exc.source, "rejected", code=exc.code,
                  message=exc.reason)


def _store(store: Store, summary: IngestSummary, item: Read) -> None:
    doc = item.document
    with store.begin() as conn:
        is_new = add_document(conn, doc)
        log_input(conn, summary.run_id, item.source, "new" if is_new else "duplicate",
                  doc_id=doc.id)
    summary.read += 1
    if is_new:
        summary.new += 1
    else:
        summary.duplicate += 1
    summary.doc_ids.append(doc.id)

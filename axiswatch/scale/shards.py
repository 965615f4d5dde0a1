"""Extraction shards: Parquet files a cluster writes and any store loads.

A shard holds one batch of documents, a row each: the document and its
extraction as JSON (:func:`axiswatch.model.to_json`), with a few counts as
plain columns for notebooks. A shard is self-contained, so loading it into an
empty store brings the documents too. Its name is a hash of the document ids
it holds, so a re-run overwrites the same file instead of adding a copy, and
loading is idempotent: a document already stored is kept, and an extraction
replaces that document's previous one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from axiswatch.errors import AxiswatchError
from axiswatch.ids import digest
from axiswatch.model import Document, Extraction, from_json, to_json

COLUMNS = ("doc_id", "extractor", "document", "extraction", "n_events", "n_relations",
           "n_mentions")
PATTERN = "part-*.parquet"


def shard_name(doc_ids: Sequence[str]) -> str:
    """The file name of the shard holding ``doc_ids``."""
    return f"part-{digest(*sorted(doc_ids))}.parquet"


def write_shard(out_dir: Path, pairs: Sequence[tuple[Document, Extraction]]) -> Path:
    """Write one shard of (document, extraction) pairs atomically; its path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / shard_name([d.id for d, _ in pairs])
    table = pa.table({
        "doc_id": pa.array([d.id for d, _ in pairs], pa.string()),
        "extractor": pa.array([x.extractor for _, x in pairs], pa.string()),
        "document": pa.array([to_json(d) for d, _ in pairs], pa.string()),
        "extraction": pa.array([to_json(x) for _, x in pairs], pa.string()),
        "n_events": pa.array([len(x.events) for _, x in pairs], pa.int32()),
        "n_relations": pa.array([len(x.relations) for _, x in pairs], pa.int32()),
        "n_mentions": pa.array([len(x.mentions) for _, x in pairs], pa.int32()),
    })
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def read_shard(path: Path) -> Iterator[tuple[Document, Extraction]]:
    """The (document, extraction) pairs of one shard; ``AW702`` when it is not one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=["document", "extraction"])
    except (pa.ArrowInvalid, OSError, KeyError) as exc:
        raise AxiswatchError("AW702", f"{path}: not an extraction shard ({exc})") from exc
    for i, (doc_json, ex_json) in enumerate(zip(table.column("document").to_pylist(),
                                                 table.column("extraction").to_pylist(),
                                                 strict=True)):
        try:
            doc = from_json(Document, doc_json)
            extraction = from_json(Extraction, ex_json)
        except (TypeError, ValueError) as exc:
            raise AxiswatchError("AW702", f"{path}: row {i} is not a valid record ({exc})") from exc
        if extraction.doc_id != doc.id:
            raise AxiswatchError("AW702", f"{path}: row {i} pairs extraction of "
                                 f"{extraction.doc_id} with document {doc.id}")
        yield doc, extraction


def shard_paths(folder: Path) -> list[Path]:
    """The shards under ``folder`` (or ``folder`` itself when it is a file), in name order."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise AxiswatchError("AW100", f"{folder}: no such file or folder")
    return sorted(folder.rglob(PATTERN))


@dataclass(slots=True)
class LoadSummary:
    """What a load did: shards read, documents new or already stored, extractions saved."""

    shards: int = 0
    documents_new: int = 0
    documents_known: int = 0
    extractions: int = 0
    events: int = 0
    relations: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # source, code, reason
    run_id: str | None = None

    def stats(self) -> dict[str, Any]:
        """JSON-ready figures for the run record."""
        return {
            "shards": self.shards, "documents_new": self.documents_new,
            "documents_known": self.documents_known, "extractions": self.extractions,
            "events": self.events, "relations": self.relations,
            "rejected": len(self.rejected),
        }


def load_shards(store: Any, folder: Path,
                progress: Callable[[str], None] | None = None) -> LoadSummary:
    """Bring every shard under ``folder`` into ``store``; one transaction per document.

    A shard that cannot be read is rejected (``AW702``, logged in the ingest
    log) and the others still load.
    """
    from axiswatch.kb.pack import load_pack
    from axiswatch.store.documents import add_document
    from axiswatch.store.entities import sync_pack
    from axiswatch.store.extractions import save_extraction
    from axiswatch.store.ingestlog import finish_run, log_input, start_run

    summary = LoadSummary()
    with store.begin() as conn:
        sync_pack(conn, load_pack())  # the actors the extractions point to
        summary.run_id = start_run(conn, "load")
    for path in shard_paths(folder):
        try:
            pairs = list(read_shard(path))
        except AxiswatchError as exc:
            summary.rejected.append((str(path), exc.code, exc.message))
            with store.begin() as conn:
                log_input(conn, summary.run_id, str(path), "rejected", code=exc.code,
                          message=exc.message)
            continue
        summary.shards += 1
        for doc, extraction in pairs:
            with store.begin() as conn:
                is_new = add_document(conn, doc)
                save_extraction(conn, extraction)
                log_input(conn, summary.run_id, str(path), "new" if is_new else "duplicate",
                          doc_id=doc.id)
            summary.documents_new += int(is_new)
            summary.documents_known += int(not is_new)
            summary.extractions += 1
            summary.events += len(extraction.events)
            summary.relations += len(extraction.relations)
        if progress:
            progress(f"loaded {path.name}: {len(pairs)} documents")
    with store.begin() as conn:
        finish_run(conn, summary.run_id, summary.stats())
    return summary

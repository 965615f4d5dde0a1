"""Extraction on a Dask cluster: a local one by default, or a scheduler's address.

The driver streams the ids of the documents to process in batches and keeps a
bounded number of batches in flight; it never holds the corpus. Each worker
process loads the extractor once (a worker plugin warms it up), reads its
batch from the store, extracts, and either saves to the store directly (a
transaction per document; PostgreSQL for a real cluster) or writes one
Parquet shard per batch that ``axiswatch load`` brings into any store.

Failures never lose a document: a task that raises is retried
(``retries``), and a batch whose worker dies runs again elsewhere; a document
whose extraction fails is reported ``AW400``, a batch that still fails after
its retries ``AW700``, each logged in the ingest log under the run (the
document stays pending for the next run), and the rest goes on.

Local clusters start worker processes, so a script that calls
:func:`run_extraction` needs the ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import importlib
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from axiswatch.iters import batched

DEFAULT_FACTORY = "axiswatch.extract.pipeline:Extractor"
BATCH_SIZE = 8

# Per worker process: extractors by factory, stores by URL (loaded once, reused).
_EXTRACTORS: dict[str, Any] = {}
_STORES: dict[str, Any] = {}


def _extractor(factory: str) -> Any:
    if factory not in _EXTRACTORS:
        module, attr = factory.split(":")
        _EXTRACTORS[factory] = getattr(importlib.import_module(module), attr)()
    return _EXTRACTORS[factory]


def _store(url: str) -> Any:
    if url not in _STORES:
        from axiswatch.store import Store

        _STORES[url] = Store(url)
    return _STORES[url]


class LoadExtractor(WorkerPlugin):
    """Loads the extractor (and its spaCy pipeline) when a worker starts."""

    name = "axiswatch-extractor"

    def __init__(self, factory: str = DEFAULT_FACTORY) -> None:
        self.factory = factory

    def setup(self, worker: Any) -> None:
        extractor = _extractor(self.factory)
        nlp = getattr(extractor, "nlp", None)
        if nlp is not None:  # build the pipeline now, not in the first task
            nlp("Warm up.")


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_batch(store_url: str, doc_ids: list[str], out_dir: str | None = None,
                  factory: str = DEFAULT_FACTORY) -> dict[str, Any]:
    """Extract one batch on a worker; save to the store or write a shard. Runs remotely.

    Returns small figures and the documents that failed, never the extractions.
    Store or shard errors raise, so the scheduler retries the whole batch.
    """
    from axiswatch.store.documents import iter_documents

    started = time.perf_counter()
    store = _store(store_url)
    extractor = _extractor(factory)
    with store.connect() as conn:
        docs = list(iter_documents(conn, ids=doc_ids))
    found = {d.id for d in docs}
    failed = [(i, "AW202", "document not in the store") for i in doc_ids if i not in found]

    def on_error(doc: Any, error: Any) -> None:
        failed.append((doc.id, getattr(error, "code", "AW400"),
                       getattr(error, "message", str(error))))

    by_id = {d.id: d for d in docs}
    done = [(by_id[x.doc_id], x) for x in extractor.pipe(docs, on_error=on_error)]
    shard = None
    if out_dir is not None:
        if done:
            from axiswatch.scale.shards import write_shard

            shard = str(write_shard(Path(out_dir), done))
    else:
        from axiswatch.store.extractions import store_extraction

        for _doc, extraction in done:
            store_extraction(store, extraction)
    return {
        "extracted": len(done),
        "events": sum(len(x.events) for _d, x in done),
        "relations": sum(len(x.relations) for _d, x in done),
        "words": sum(len(d.text.split()) for d, _x in done),
        "failed": failed,
        "shard": shard,
        "seconds": time.perf_counter() - started,
    }


def _pending_ids(store: Any, doc_ids: Iterable[str] | None, version: str) -> Iterator[str]:
    """The ids to process, streamed: those given, or the documents ``version`` has not seen."""
    from axiswatch.store.documents import iter_documents

    if doc_ids is not None:
        yield from doc_ids
        return
    with store.connect() as conn:
        for doc in iter_documents(conn, pending_for=version):
            yield doc.id


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None  # type: ignore[no-untyped-call]
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=40)
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def run_extraction(
    store_url: str,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    doc_ids: Iterable[str] | None = None,
    out_parquet: str | Path | None = None,
    retries: int = 2,
    batch_size: int = BATCH_SIZE,
    factory: str = DEFAULT_FACTORY,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Extract the pending documents of ``store_url`` (or ``doc_ids``) on a Dask cluster.

    ``scheduler`` is a scheduler address (``tcp://host:8786``); without it a
    ``LocalCluster`` of ``workers`` processes runs here. With ``out_parquet``
    the workers write a shard per batch to that folder instead of the store.
    Returns the run's figures (also stored with the run record).
    """
    from distributed import as_completed

    from axiswatch.extract.pipeline import EXTRACTOR_VERSION
    from axiswatch.kb.pack import load_pack
    from axiswatch.store import Store
    from axiswatch.store.entities import sync_pack
    from axiswatch.store.ingestlog import finish_run, log_input, start_run

    if workers < 1:
        raise ValueError("workers must be at least 1")
    out_dir = str(Path(out_parquet).resolve()) if out_parquet is not None else None
    store = Store(store_url)
    url = store.url
    with store.begin() as conn:
        sync_pack(conn, load_pack())
        run_id = start_run(conn, "extract-dask")
    stats: dict[str, Any] = {"engine": "dask", "scheduler": scheduler or "local",
                             "workers": workers, "batches": 0, "documents": 0,
                             "extracted": 0, "failed": 0, "events": 0, "relations": 0,
                             "words": 0, "shards": []}
    started = time.perf_counter()
    client, cluster = _client(scheduler, workers)
    try:
        client.register_plugin(LoadExtractor(factory))
        n_workers = len(client.scheduler_info()["workers"]) or workers
        in_flight = max(2, 2 * n_workers)
        batches = batched(_pending_ids(store, doc_ids, EXTRACTOR_VERSION), batch_size)
        running = as_completed()  # type: ignore[no-untyped-call]
        ids_of: dict[str, list[str]] = {}

        def submit_next() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            future = client.submit(extract_batch, url, batch, out_dir, factory,
                                   retries=retries, pure=False)
            ids_of[future.key] = batch
            running.add(future)  # type: ignore[no-untyped-call]
            stats["batches"] += 1
            stats["documents"] += len(batch)
            return True

        for _ in range(in_flight):
            if not submit_next():
                break
        for future in running:
            batch = ids_of.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:
                message = f"batch failed after {retries} retries: {_error(exc)}"
                result = {"extracted": 0, "events": 0, "relations": 0, "words": 0,
                          "shard": None, "failed": [(i, "AW700", message) for i in batch],
                          "trace": traceback.format_exception_only(exc)}
            future.release()
            for key in ("extracted", "events", "relations", "words"):
                stats[key] += result[key]
            if result["shard"]:
                stats["shards"].append(result["shard"])
            if result["failed"]:
                stats["failed"] += len(result["failed"])
                with store.begin() as conn:
                    for doc_id, code, message in result["failed"]:
                        log_input(conn, run_id, f"document {doc_id}", "rejected",
                                  doc_id=doc_id if code != "AW202" else None, code=code,
                                  message=message)
            if progress:
                progress(f"extracted {stats['extracted']}/{stats['documents']} documents")
            submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.perf_counter() - started
    stats["seconds"] = round(seconds, 3)
    stats["docs_per_s"] = round(stats["extracted"] / seconds, 3) if seconds else None
    stats["words_per_s"] = round(stats["words"] / seconds, 1) if seconds else None
    stats["run_id"] = run_id
    with store.begin() as conn:
        finish_run(conn, run_id, stats)
    store.close()
    return stats

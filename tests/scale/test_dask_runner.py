"""Extraction on a real Dask LocalCluster of two worker processes.

The cluster starts once for the module; each worker loads the real extractor
once. Results are checked against the same extractor run in this process.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.extract.pipeline import EXTRACTOR_VERSION, Extractor
from axiswatch.ingest.pipeline import ingest_paths
from axiswatch.scale.dask_runner import run_extraction
from axiswatch.scale.shards import read_shard, shard_paths
from axiswatch.store import Store
from axiswatch.store.documents import iter_documents
from axiswatch.store.schema import (
    documents,
    event_sources,
    evidence,
    ingest_log,
    mentions,
    relations,
)
from tests.scale.flaky import crash_marker

N_DOCS = 5
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as local:
        yield str(local.scheduler_address)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def reports(samples_dir: Path, tmp_path: Path) -> Path:
    """A few sample reports (text files) with their sidecar, in a folder of their own."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(samples_dir.glob("*.txt"))[:N_DOCS]:
        shutil.copy(path, folder / path.name)
    shutil.copy(samples_dir / "sources.jsonl", folder / "sources.jsonl")
    return folder


def _counts(url: str) -> dict[str, int]:
    with Store(url) as store, store.connect() as conn:
        return {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
            for t in (documents, event_sources, evidence, mentions, relations)
        }


def _expected(url: str, extractor: Extractor) -> dict[str, Any]:
    with Store(url) as store, store.connect() as conn:
        docs = list(iter_documents(conn))
    extractions = [extractor.extract(d) for d in docs]
    return {
        "docs": {d.id for d in docs},
        "events": sum(len(x.events) for x in extractions),
        "mentions": sum(len(x.mentions) for x in extractions),
        "event_ids": {e.id for x in extractions for e in x.events},
    }


def test_workers_save_to_the_store_directly(
    store_url: str, reports: Path, cluster: str, extractor: Extractor
) -> None:
    with Store(store_url) as store:
        assert ingest_paths(store, [str(reports)]).new == N_DOCS
    expected = _expected(store_url, extractor)
    assert expected["events"] > 0

    stats = run_extraction(store_url, scheduler=cluster, batch_size=2)

    assert stats["documents"] == N_DOCS and stats["extracted"] == N_DOCS
    assert stats["failed"] == 0 and stats["batches"] == 3
    assert stats["events"] == expected["events"]
    counts = _counts(store_url)
    assert counts["event_sources"] == expected["events"]
    assert counts["mentions"] == expected["mentions"]
    with Store(store_url) as store, store.connect() as conn:
        marked = set(conn.execute(sa.select(documents.c.extractor)).scalars())
        stored_ids = set(conn.execute(sa.select(event_sources.c.id)).scalars())
        assert list(iter_documents(conn, pending_for=EXTRACTOR_VERSION)) == []
    assert marked == {EXTRACTOR_VERSION}
    assert stored_ids == expected["event_ids"]

    again = run_extraction(store_url, scheduler=cluster)  # nothing pending any more
    assert again["documents"] == 0
    assert _counts(store_url) == counts


def test_shards_load_into_any_store_and_loading_twice_changes_nothing(
    sqlite_url: str, pg_url: str, reports: Path, cluster: str, extractor: Extractor,
    tmp_path: Path,
) -> None:
    with Store(sqlite_url) as store:
        ingest_paths(store, [str(reports)])
    expected = _expected(sqlite_url, extractor)
    out = tmp_path / "shards"

    stats = run_extraction(sqlite_url, scheduler=cluster, out_parquet=out, batch_size=2)

    paths = shard_paths(out)
    assert len(paths) == 3 and sorted(stats["shards"]) == [str(p) for p in paths]
    pairs = [pair for p in paths for pair in read_shard(p)]
    assert {d.id for d, _x in pairs} == expected["docs"]
    assert sum(len(x.events) for _d, x in pairs) == expected["events"]
    with Store(sqlite_url) as store, store.connect() as conn:  # the source store is untouched
        assert len(list(iter_documents(conn, pending_for=EXTRACTOR_VERSION))) == N_DOCS

    runner = CliRunner()
    first = runner.invoke(cli, ["--db", pg_url, "load", str(out)])
    assert first.exit_code == 0, first.output
    assert f"documents new {N_DOCS}" in first.output
    loaded = _counts(pg_url)
    assert loaded["documents"] == N_DOCS
    assert loaded["event_sources"] == expected["events"]

    second = runner.invoke(cli, ["--db", pg_url, "load", str(out)])
    assert second.exit_code == 0, second.output
    assert f"already stored {N_DOCS}" in second.output
    assert _counts(pg_url) == loaded

    into_source = runner.invoke(cli, ["--db", sqlite_url, "load", str(out)])
    assert into_source.exit_code == 0, into_source.output
    assert _counts(sqlite_url)["event_sources"] == expected["events"]


def test_a_bad_shard_is_rejected_and_the_rest_loads(
    sqlite_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "shards"
    out.mkdir()
    (out / "part-0000.parquet").write_text("not parquet at all")
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "load", str(out)])
    assert result.exit_code == 1
    assert "AW702" in result.output and "part-0000.parquet" in result.output
    with Store(sqlite_url) as store, store.connect() as conn:
        codes = list(conn.execute(sa.select(ingest_log.c.code)).scalars())
    assert codes == ["AW702"]


def _log(url: str) -> list[dict[str, Any]]:
    with Store(url) as store, store.connect() as conn:
        return [dict(r) for r in conn.execute(
            sa.select(ingest_log.c.doc_id, ingest_log.c.status, ingest_log.c.code,
                      ingest_log.c.message)).mappings()]


def test_failures_are_logged_and_a_dead_worker_loses_nothing(
    sqlite_url: str, reports: Path, cluster: str, tmp_path: Path
) -> None:
    (reports / "zz-always-fails.txt").write_text(
        "ALWAYS-FAILS: rockets struck an airbase in western Iraq on Monday, officials said.\n")
    (reports / "zz-crashes-once.txt").write_text(
        "CRASHES-ONCE: a drone attacked a logistics convoy near the border on Tuesday.\n")
    with Store(sqlite_url) as store:
        summary = ingest_paths(store, [str(reports)])
    assert summary.new == N_DOCS + 2
    crash_ids = [d for d in summary.doc_ids if crash_marker(d).exists()]
    for doc_id in summary.doc_ids:
        crash_marker(doc_id).unlink(missing_ok=True)
    assert crash_ids == []
    try:
        stats = run_extraction(sqlite_url, scheduler=cluster, batch_size=3,
                               factory="tests.scale.flaky:Flaky")
    finally:
        crashed = [d for d in summary.doc_ids if crash_marker(d).exists()]
        for doc_id in summary.doc_ids:
            crash_marker(doc_id).unlink(missing_ok=True)
    assert len(crashed) == 1, "the crashing document never ran"
    assert stats["documents"] == N_DOCS + 2
    assert stats["extracted"] == N_DOCS + 1
    assert stats["failed"] == 1
    failures = [e for e in _log(sqlite_url) if e["status"] == "rejected"]
    assert len(failures) == 1
    assert failures[0]["code"] == "AW400" and "cannot extract" in failures[0]["message"]
    with Store(sqlite_url) as store, store.connect() as conn:
        pending = [d.id for d in iter_documents(conn, pending_for=EXTRACTOR_VERSION)]
    assert pending == [failures[0]["doc_id"]]


def test_a_batch_that_keeps_failing_is_logged_per_document(
    sqlite_url: str, reports: Path, cluster: str, tmp_path: Path
) -> None:
    with Store(sqlite_url) as store:
        ingest_paths(store, [str(reports)])
    not_a_folder = tmp_path / "occupied"
    not_a_folder.write_text("a file where the shard folder should be")

    stats = run_extraction(sqlite_url, scheduler=cluster, out_parquet=not_a_folder,
                           retries=1, batch_size=2)

    assert stats["extracted"] == 0 and stats["failed"] == N_DOCS
    failures = [e for e in _log(sqlite_url) if e["status"] == "rejected"]
    assert len(failures) == N_DOCS
    assert {e["code"] for e in failures} == {"AW700"}
    assert all("after 1 retries" in e["message"] for e in failures)


def test_extract_command_runs_on_its_own_local_cluster(
    sqlite_url: str, reports: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    with Store(sqlite_url) as store:
        ingest_paths(store, [str(reports)])
    out = tmp_path / "shards"
    proc = subprocess.run(
        [sys.executable, "-m", "axiswatch.cli.main", "--db", sqlite_url, "extract",
         "--engine", "dask", "--workers", "1", "--out", str(out), "--json"],
        capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    assert stats["scheduler"] == "local" and stats["workers"] == 1
    assert stats["extracted"] == N_DOCS and stats["failed"] == 0
    assert sum(1 for _ in shard_paths(out)) == len(stats["shards"]) >= 1


def test_scheduler_and_out_need_the_dask_engine(sqlite_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "extract", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "--engine dask" in result.output

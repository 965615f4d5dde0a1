"""Several ``axiswatch ingest`` processes over overlapping folders, into one store at once.

Nothing may be lost or stored twice: every distinct document ends up stored
exactly once, logged ``new`` exactly once, and every other sighting of it is a
``duplicate``; no input is rejected for any reason but its own content.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from axiswatch.store import Store
from axiswatch.store.schema import documents, ingest_log, runs, sections

N_PROCESSES = 4
N_GENERATED = 240
PLACES = ("Al Qaim", "Rutba", "Erbil", "Basra", "Mosul", "Kirkuk", "Tikrit", "Samarra")


def _generated_report(i: int) -> str:
    """A short, unique report written here (no corpus text)."""
    place = PLACES[i % len(PLACES)]
    return (
        f"Test bulletin number {i}\n\n"
        f"Local officials said that {i % 7 + 1} rockets struck an area near {place} "
        f"on day {i % 28 + 1} of the month. No group claimed the attack in report {i}.\n"
    )


def _build_folders(root: Path, samples: Path) -> list[Path]:
    """N folders; each holds every generated report and three quarters of the samples."""
    sample_files = sorted(p for p in samples.iterdir() if p.is_file() and p.name != "sources.jsonl")
    folders = []
    for k in range(N_PROCESSES):
        folder = root / f"batch{k}"
        folder.mkdir(parents=True)
        for i in range(N_GENERATED):
            (folder / f"bulletin-{i:04d}.txt").write_text(_generated_report(i), encoding="utf-8")
        for j, path in enumerate(sample_files):
            if j % N_PROCESSES != k:
                shutil.copy(path, folder / path.name)
        if (samples / "sources.jsonl").exists():
            shutil.copy(samples / "sources.jsonl", folder / "sources.jsonl")
        folders.append(folder)
    return folders


def _ingest_cmd(url: str, folder: Path) -> list[str]:
    return [sys.executable, "-m", "axiswatch.cli.main", "--db", url, "ingest", "--json",
            "--no-progress", str(folder)]


def _stored(url: str) -> tuple[set[str], int, list[dict[str, object]], int]:
    with Store(url) as store, store.connect() as conn:
        ids = {r for (r,) in conn.execute(sa.select(documents.c.id))}
        n_sections = conn.execute(sa.select(sa.func.count()).select_from(sections)).scalar_one()
        log = [dict(r) for r in conn.execute(
            sa.select(ingest_log.c.source, ingest_log.c.status, ingest_log.c.doc_id,
                      ingest_log.c.code)).mappings()]
        finished = conn.execute(
            sa.select(sa.func.count()).select_from(runs).where(runs.c.finished_at.is_not(None))
        ).scalar_one()
    return ids, int(n_sections), log, int(finished)


@pytest.mark.slow
def test_concurrent_ingest_loses_and_duplicates_nothing(
    store_url: str, samples_dir: Path, tmp_path: Path
) -> None:
    assert samples_dir.is_dir(), f"sample corpus missing: {samples_dir}"
    folders = _build_folders(tmp_path / "in", samples_dir)

    # The reference: one process ingests the union into its own SQLite file.
    ref_url = f"sqlite:///{tmp_path / 'reference.db'}"
    union = tmp_path / "union"
    union.mkdir()
    for folder in folders:
        for path in folder.iterdir():
            shutil.copy(path, union / path.name)
    ref = subprocess.run(_ingest_cmd(ref_url, union), capture_output=True, text=True,
                         check=False)
    assert ref.returncode in (0, 1), ref.stderr
    ref_ids, ref_sections, ref_log, _ = _stored(ref_url)
    ref_rejected = Counter((Path(str(e["source"])).name, e["code"])
                           for e in ref_log if e["status"] == "rejected")
    assert len(ref_ids) >= N_GENERATED

    procs = [subprocess.Popen(_ingest_cmd(store_url, f), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f in folders]
    deadline = time.monotonic() + 300
    outputs = [p.communicate(timeout=max(1.0, deadline - time.monotonic())) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode in (0, 1), err[-2000:]

    ids, n_sections, log, finished = _stored(store_url)
    assert ids == ref_ids
    assert n_sections == ref_sections
    assert finished == N_PROCESSES

    by_status = Counter(str(e["status"]) for e in log)
    new_per_doc = Counter(e["doc_id"] for e in log if e["status"] == "new")
    assert set(new_per_doc) == ids
    assert set(new_per_doc.values()) == {1}, "a document was stored as new twice"
    inputs_per_folder = [len([p for p in f.iterdir() if p.name != "sources.jsonl"])
                         for f in folders]
    assert by_status["new"] == len(ids)
    # Every rejection is one the single-process reference also made, for the same reason.
    rejected = Counter((Path(str(e["source"])).name, e["code"])
                       for e in log if e["status"] == "rejected")
    assert set(rejected) <= set(ref_rejected)
    assert all(code not in ("AW200",) for (_name, code) in rejected)
    assert by_status["new"] + by_status["duplicate"] + by_status["rejected"] == len(log)
    assert len(log) >= sum(inputs_per_folder)

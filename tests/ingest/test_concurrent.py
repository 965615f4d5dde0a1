"""Two ingest processes over the same folder at once store each document exactly once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from axiswatch.store import Store
from axiswatch.store.schema import documents, ingest_log, sections

N_FILES = 60


def test_two_processes_ingesting_the_same_folder(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"r{i:02d}.txt").write_text(
            f"Iran Update, January {1 + i % 28}, 2024\nReport {i}: a drone struck a base.\n")
    Store(store_url).close()  # migrate once, before the race
    cmd = [sys.executable, "-m", "axiswatch.cli.main", "--db", store_url, "ingest", str(folder),
           "--json", "--no-progress"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    summaries = [json.loads(out) for out, _ in outputs]
    assert sum(s["new"] for s in summaries) == N_FILES
    assert all(s["new"] + s["duplicate"] == N_FILES for s in summaries)
    with Store(store_url) as store, store.connect() as conn:
        def scalar(query: sa.Select[tuple[int]]) -> int:
            return int(conn.execute(query).scalar_one())

        assert scalar(sa.select(sa.func.count()).select_from(documents)) == N_FILES
        assert scalar(sa.select(sa.func.count()).select_from(sections)) == N_FILES
        assert scalar(sa.select(sa.func.count()).select_from(ingest_log)
                      .where(ingest_log.c.status == "new")) == N_FILES

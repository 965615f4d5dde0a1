"""A run killed mid-batch leaves a consistent store, and running it again completes the batch."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N_FILES = 300


def write_reports(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        day = 1 + i % 28
        body = " ".join(f"Report {i} paragraph {j}: militants fired rockets at a base on Sunday, "
                        f"officials said." for j in range(20))
        (folder / f"report_{i:03d}.txt").write_text(
            f"Iran Update, February {day}, 2024\n{body}\n\n"
            f"Iran Update, March {day}, 2024\n{body}\n", encoding="utf-8")


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return int(conn.execute(sql).fetchone()[0])


def stored(db: Path) -> int:
    try:
        return count(db, "SELECT count(*) FROM documents")
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def test_sigkill_mid_run_then_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "axiswatch.cli.main", "--db", f"sqlite:///{db}",
           "ingest", str(folder), "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"

    at_kill = stored(db)
    assert 0 < at_kill < N_FILES
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert count(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                     "(SELECT 1 FROM sections s WHERE s.doc_id = d.id)") == 0
    assert count(db, "SELECT count(*) FROM sections") == 2 * at_kill
    assert count(db, "SELECT count(*) FROM ingest_log WHERE status = 'new'") == at_kill
    assert count(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == 1

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip() == (
        f"read {N_FILES}, new {N_FILES - at_kill}, duplicate {at_kill}, rejected 0")
    assert stored(db) == N_FILES
    assert count(db, "SELECT count(*) FROM sections") == 2 * N_FILES
    assert count(db, "SELECT count(DISTINCT source_path) FROM documents") == N_FILES

"""Several ``axiswatch extract`` processes on one store at once lose and duplicate nothing.

Three processes start together on the same pending documents, so they write
the same documents' extractions at the same time. Afterwards the store must
hold exactly what one process alone writes (checked by re-running alone).

On PostgreSQL the same race is made deterministic in ``test_concurrent_writes``
(two connections, one blocked on the other's lock), where it runs on both
backends.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from axiswatch.ingest.pipeline import ingest_paths
from axiswatch.store import Store
from axiswatch.store.schema import (
    event_actors,
    event_sources,
    events,
    evidence,
    ingest_log,
    mentions,
    relations,
)

N_PROCESSES = 3
N_DOCS = 4


def _snapshot(url: str) -> dict[str, object]:
    with Store(url) as store, store.connect() as conn:
        counts = {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
            for t in (event_sources, events, event_actors, evidence, mentions, relations)
        }
        ids = sorted(conn.execute(sa.select(event_sources.c.id)).scalars())
        errors = list(conn.execute(
            sa.select(ingest_log.c.code).where(ingest_log.c.status == "rejected")).scalars())
    return {"counts": counts, "event_source_ids": ids, "errors": errors}


@pytest.mark.slow
def test_concurrent_extract_equals_one_extract(
    sqlite_url: str, samples_dir: Path, tmp_path: Path
) -> None:
    store_url = sqlite_url
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(samples_dir.glob("*.txt"))[:N_DOCS]:
        shutil.copy(path, folder / path.name)
    with Store(store_url) as store:
        assert ingest_paths(store, [str(folder)]).new == N_DOCS

    cmd = [sys.executable, "-m", "axiswatch.cli.main", "--db", store_url, "extract", "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(N_PROCESSES)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-3000:]
    together = _snapshot(store_url)

    alone = subprocess.run([*cmd, "--all"], capture_output=True, text=True, timeout=600,
                           check=False)
    assert alone.returncode == 0, alone.stderr[-3000:]
    assert together["counts"]["event_sources"] > 0
    assert _snapshot(store_url) == together
    assert together["errors"] == []

"""The store on PostgreSQL: URLs, the test server, and concurrent first opens."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from axiswatch.config import database_url
from axiswatch.store import Store
from axiswatch.store.db import current_revision, head_revision
from tests._postgres import PostgresServer


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@db:5432/aw", "postgresql+psycopg://u:p@db:5432/aw"),
        ("postgres://u@db/aw", "postgresql+psycopg://u@db/aw"),
        ("postgresql+psycopg://u@db/aw", "postgresql+psycopg://u@db/aw"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("/tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_url_picks_the_psycopg_driver(given: str, expected: str) -> None:
    assert database_url(given) == expected


def test_plain_postgresql_url_from_environment_opens_the_store(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    monkeypatch.setenv("AXISWATCH_DB", plain)
    with Store() as store:
        assert store.dialect == "postgresql"
        assert current_revision(store.engine) == head_revision()


def test_store_fixture_runs_on_both_backends(store: Store, request: pytest.FixtureRequest) -> None:
    expected = "postgresql" if "postgresql" in request.node.callspec.id else "sqlite"
    assert store.dialect == expected
    with store.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    assert {"documents", "events", "event_sources", "ingest_log"} <= tables


def test_each_postgresql_test_gets_an_empty_database(pg_url: str) -> None:
    with Store(pg_url) as store, store.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == 0
        conn.exec_driver_sql(
            "INSERT INTO runs (id, command, started_at) VALUES ('r1', 'test', now())"
        )
    with Store(pg_url) as store, store.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM runs").scalar() == 1


_OPEN = """
import sys, time
from axiswatch.store import Store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all start together
with Store(sys.argv[1]) as s, s.connect() as c:
    print(c.exec_driver_sql("SELECT count(*) FROM documents").scalar())
"""


def _open_concurrently(url: str, n: int) -> list[subprocess.CompletedProcess[str]]:
    start = str(time.time() + 3)
    procs = [
        subprocess.Popen([sys.executable, "-c", _OPEN, url, start], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(n)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


@pytest.mark.postgres
def test_concurrent_first_opens_migrate_once_on_postgresql(pg_server: PostgresServer) -> None:
    name, url = pg_server.new_empty_database()
    try:
        results = _open_concurrently(url, 4)
        assert [r.returncode for r in results] == [0] * 4, [r.stderr[-800:] for r in results]
        assert [r.stdout.strip() for r in results] == ["0"] * 4
        with Store(url, migrate=False) as store:
            assert current_revision(store.engine) == head_revision()
    finally:
        pg_server.drop_database(name)


def test_concurrent_first_opens_migrate_once_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    results = _open_concurrently(url, 4)
    assert [r.returncode for r in results] == [0] * 4, [r.stderr[-800:] for r in results]
    with Store(url, migrate=False) as store:
        assert current_revision(store.engine) == head_revision()


def test_commands_take_a_plain_postgresql_url_from_the_environment(
    pg_url: str, samples_dir: Path
) -> None:
    from click.testing import CliRunner

    from axiswatch.cli.main import cli

    env = {"AXISWATCH_DB": pg_url.replace("postgresql+psycopg://", "postgresql://")}
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", "--json", "--no-progress", str(samples_dir)],
                             env=env)
    assert ingested.exit_code in (0, 1), ingested.output
    summary = json.loads(ingested.stdout.strip().splitlines()[-1])
    assert summary["new"] >= 10
    status = runner.invoke(cli, ["status", "--json"], env=env)
    assert status.exit_code == 0, status.output
    assert str(summary["new"]) in status.output
    with Store(pg_url) as store, store.connect() as conn:
        stored = conn.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    assert stored == summary["new"]


def test_postgresql_params_fail_not_skip_without_a_server(tmp_path: Path) -> None:
    import os

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "AXISWATCH_PG_BINDIR": str(tmp_path / "no-such-bindir")}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA",
         str(root / "tests" / "store" / "test_schema.py"), "-k", "migrations_match"],
        capture_output=True, text=True, cwd=root, env=env, timeout=300, check=False)
    assert proc.returncode != 0
    assert "ERROR tests/store/test_schema.py::test_migrations_match_declared_schema[postgresql]" \
        in proc.stdout
    assert "PASSED tests/store/test_schema.py::test_migrations_match_declared_schema[sqlite]" \
        in proc.stdout
    assert "PostgreSQL test server unavailable" in proc.stdout
    assert "skipped" not in proc.stdout

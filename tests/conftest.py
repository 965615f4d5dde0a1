"""Fixtures shared by the whole suite.

``../shared`` (corpus, gold annotations) sits beside the checkout, in CI too;
tests read it at run time and copy nothing from it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from axiswatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:  # so test helpers import as ``tests.<module>``
    sys.path.insert(0, str(ROOT))

from tests._postgres import PostgresServer, PostgresUnavailable  # noqa: E402


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"../shared is missing beside the checkout ({SHARED})"
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture(scope="session")
def gold_path(shared_dir: Path) -> Path:
    return shared_dir / "gold" / "dev.jsonl"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return ROOT / "samples" / "corpus"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole run, stopped at the end.

    It fails (never skips) when the server cannot start: CI installs PostgreSQL.
    """
    try:
        server = PostgresServer()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL test server unavailable: {exc}", pytrace=False)
    try:
        server.start()
    except PostgresUnavailable as exc:
        server.stop()
        pytest.fail(f"PostgreSQL test server did not start: {exc}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database of its own for one test."""
    name, url = pg_server.new_database()
    yield url
    pg_server.drop_database(name)


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def store_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """The URL of a fresh store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return sqlite_url
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def sqlite_store(sqlite_url: str) -> Iterator[Store]:
    """A fresh, migrated store in a real SQLite file only (for SQLite-specific checks)."""
    with Store(sqlite_url) as s:
        yield s


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A fresh, migrated store, once in a real SQLite file and once in PostgreSQL."""
    with Store(store_url) as s:
        yield s

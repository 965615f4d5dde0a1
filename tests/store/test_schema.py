"""The migrations build exactly the schema declared in ``store/schema.py``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from axiswatch.store import Store
from axiswatch.store.db import current_revision, head_revision
from axiswatch.store.schema import metadata


def test_migrations_match_declared_schema(store: Store) -> None:
    with store.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_store_is_at_head_and_reopens_without_change(sqlite_url: str) -> None:
    with Store(sqlite_url) as first:
        assert current_revision(first.engine) == head_revision()
        with first.begin() as conn:
            conn.execute(sa.text("CREATE TABLE keep_me (x INTEGER)"))
    with Store(sqlite_url) as again, again.connect() as conn:
        assert "keep_me" in sa.inspect(conn).get_table_names()


def test_sqlite_store_uses_wal(sqlite_store: Store) -> None:
    with sqlite_store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

"""Command runs and the ingest log: what each run read, stored, skipped and rejected.

A run is opened by :func:`start_run` and closed by :func:`finish_run`; a run
that was killed keeps ``finished_at`` empty. Every input a run looks at gets a
line in ``ingest_log`` with its status (``new``, ``duplicate``, ``rejected``)
and, for a rejection, its stable error code and reason.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from axiswatch.store.schema import (
    documents,
    entities,
    events,
    ingest_log,
    relations,
    runs,
    sections,
)

STATUSES = ("new", "duplicate", "rejected")


def start_run(conn: sa.Connection, command: str) -> str:
    """Open a run of ``command`` and return its id."""
    now = datetime.now(UTC)
    run_id = f"run-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    conn.execute(runs.insert().values(id=run_id, command=command, started_at=now))
    return run_id


def finish_run(conn: sa.Connection, run_id: str, stats: dict[str, Any]) -> None:
    """Close run ``run_id`` with its figures (JSON-ready values)."""
    conn.execute(
        runs.update().where(runs.c.id == run_id).values(finished_at=datetime.now(UTC), stats=stats)
    )


def log_input(
    conn: sa.Connection,
    run_id: str | None,
    source: str,
    status: str,
    doc_id: str | None = None,
    code: str | None = None,
    message: str | None = None,
) -> None:
    """Record what happened to one input (a file, URL, feed entry or JSON Lines record)."""
    if status not in STATUSES:
        raise ValueError(f"unknown ingest status {status!r}")
    conn.execute(
        ingest_log.insert().values(
            run_id=run_id,
            source=_printable(source),
            status=status,
            doc_id=doc_id,
            code=code,
            message=None if message is None else _printable(message),
            created_at=datetime.now(UTC),
        )
    )


def _printable(text: str) -> str:
    """``text`` without NUL characters, which PostgreSQL text columns refuse."""
    return text.replace("\x00", "\\x00")


def rejections(conn: sa.Connection, run_id: str | None = None) -> list[dict[str, Any]]:
    """Rejected inputs of run ``run_id`` (of every run when ``None``), oldest first."""
    query = (
        sa.select(
            ingest_log.c.run_id,
            ingest_log.c.source,
            ingest_log.c.code,
            ingest_log.c.message,
            ingest_log.c.created_at,
        )
        .where(ingest_log.c.status == "rejected")
        .order_by(ingest_log.c.id)
    )
    if run_id is not None:
        query = query.where(ingest_log.c.run_id == run_id)
    return [dict(r) for r in conn.execute(query).mappings()]


def log_entries(conn: sa.Connection, run_id: str) -> list[dict[str, Any]]:
    """Every ingest log line of run ``run_id``, in the order they were written."""
    query = sa.select(ingest_log).where(ingest_log.c.run_id == run_id).order_by(ingest_log.c.id)
    return [dict(r) for r in conn.execute(query).mappings()]


def recent_runs(
    conn: sa.Connection, *, limit: int = 5, command: str | None = None
) -> list[dict[str, Any]]:
    """The latest runs, newest first: ``id, command, started_at, finished_at, stats``."""
    query = sa.select(runs).order_by(runs.c.started_at.desc(), runs.c.id.desc()).limit(limit)
    if command is not None:
        query = query.where(runs.c.command == command)
    return [dict(r) for r in conn.execute(query).mappings()]


def store_counts(conn: sa.Connection) -> dict[str, int]:
    """How many documents, sections, events, relations and entities the store holds."""
    tables = {
        "documents": documents,
        "sections": sections,
        "events": events,
        "relations": relations,
        "entities": entities,
    }
    return {
        name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
        for name, t in tables.items()
    }

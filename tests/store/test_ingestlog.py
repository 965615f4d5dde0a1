"""Runs and the ingest log, on every backend."""

from __future__ import annotations

import pytest

from axiswatch.store import Store
from axiswatch.store.ingestlog import (
    finish_run,
    log_entries,
    log_input,
    recent_runs,
    rejections,
    start_run,
    store_counts,
)


def test_a_run_logs_inputs_and_keeps_its_rejections(store: Store) -> None:
    with store.begin() as conn:
        first = start_run(conn, "ingest")
        log_input(conn, first, "a.txt", "new", doc_id="abc")
        log_input(conn, first, "b.bin", "rejected", code="AW102", message="binary content")
        finish_run(conn, first, {"read": 2, "new": 1, "rejected": 1})
    with store.begin() as conn:
        second = start_run(conn, "ingest")
        log_input(conn, second, "c.txt", "rejected", code="AW101", message="empty")
    with store.connect() as conn:
        assert [r["source"] for r in rejections(conn, first)] == ["b.bin"]
        assert rejections(conn, first)[0]["code"] == "AW102"
        assert [r["source"] for r in rejections(conn)] == ["b.bin", "c.txt"]
        assert [e["status"] for e in log_entries(conn, first)] == ["new", "rejected"]
        runs = recent_runs(conn)
        assert [r["id"] for r in runs] == [second, first]
        assert runs[0]["finished_at"] is None  # a killed run stays unfinished
        assert runs[1]["stats"] == {"read": 2, "new": 1, "rejected": 1}


def test_unknown_status_is_refused(store: Store) -> None:
    with store.begin() as conn, pytest.raises(ValueError, match="status"):
        log_input(conn, None, "x", "lost")


def test_store_counts_of_an_empty_store(store: Store) -> None:
    with store.connect() as conn:
        assert store_counts(conn) == {"documents": 0, "sections": 0, "events": 0,
                                      "relations": 0, "entities": 0}


def test_nul_characters_in_messages_are_stored_visibly(store: Store) -> None:
    with store.begin() as conn:
        run = start_run(conn, "ingest")
        log_input(conn, run, "a.jsonl:3", "rejected", code="AW108", message="bad \x00 value")
    with store.connect() as conn:
        (row,) = rejections(conn, run)
    assert row["message"] == "bad \\x00 value"

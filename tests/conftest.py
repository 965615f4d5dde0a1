"""Fixtures shared by the whole suite.

``../shared`` (corpus, gold annotations) sits beside the checkout, in CI too;
tests read it at run time and copy nothing from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from axiswatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


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


@pytest.fixture
def store(sqlite_url: str) -> Iterator[Store]:
    """A fresh, migrated store in a real SQLite file."""
    with Store(sqlite_url) as s:
        yield s

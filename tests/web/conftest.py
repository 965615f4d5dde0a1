"""Fixtures of the web tests: a seeded store and a client over the app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from axiswatch.store import Store
from axiswatch.web.app import create_app
from tests.web.seed import seed

TOKEN = "test-token-123"


@pytest.fixture
def seeded(store: Store) -> tuple[Store, dict[str, Any]]:
    """The test records in a fresh store: SQLite, then PostgreSQL."""
    return store, seed(store)


@pytest.fixture
def client(seeded: tuple[Store, dict[str, Any]]) -> Iterator[TestClient]:
    store, _ = seeded
    with TestClient(create_app(store, token=TOKEN)) as c:
        yield c


@pytest.fixture
def ids(seeded: tuple[Store, dict[str, Any]]) -> dict[str, Any]:
    return seeded[1]


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}

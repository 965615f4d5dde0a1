"""Fixtures of the web tests: a seeded store, a client over the app, and Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, sync_playwright

from axiswatch.store import Store
from axiswatch.web.app import create_app
from tests.web.seed import seed
from tests.web.server import CHROMIUM, CHROMIUM_ARGS

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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, one per test module."""
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()

"""Settings read from the environment, once, in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "sqlite:///axiswatch.db"


def database_url(explicit: str | None = None) -> str:
    """The store's SQLAlchemy URL: an explicit value, ``AXISWATCH_DB``, or ``./axiswatch.db``.

    A bare file path is accepted and taken as a SQLite file.
    """
    url = explicit or os.environ.get("AXISWATCH_DB") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    for plain in ("postgresql://", "postgres://"):  # psycopg 3 is the PostgreSQL driver
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain):]
    return url


def api_token() -> str | None:
    """The bearer token that web writes require (``AXISWATCH_TOKEN``); none means read-only."""
    return os.environ.get("AXISWATCH_TOKEN") or None

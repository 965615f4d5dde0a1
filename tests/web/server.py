"""The browser and server pieces the page tests share: a real uvicorn server over a
store on a free 127.0.0.1 port in a thread (``running``), and Debian's chromium."""

from __future__ import annotations

from axiswatch.web.background import free_port
from axiswatch.web.background import serve_in_thread as running

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "free_port", "running"]

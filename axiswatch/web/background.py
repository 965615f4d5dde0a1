"""Serving the page from a background thread: for benchmarks, tests and embedding.

``axiswatch serve`` runs uvicorn in the foreground; :func:`serve_in_thread` runs the
same app on a free loopback port until its block ends, so a caller can drive it with
HTTP clients or a browser in the same process.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from axiswatch.store import Store


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_in_thread(store: Store, *, token: str | None = "", map_points: int = 20_000,
                    start_timeout: float = 20.0) -> Iterator[str]:
    """Serve ``store`` on a free loopback port until the block ends; yields the base URL.

    Raises ``RuntimeError`` when the server does not start within ``start_timeout``
    seconds.
    """
    import uvicorn

    from axiswatch.web.app import create_app

    port = free_port()
    app = create_app(store, token=token, map_points=map_points)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"the page server did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

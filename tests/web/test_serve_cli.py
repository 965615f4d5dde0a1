"""``axiswatch serve`` starts the app on 127.0.0.1 over the store it is given."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from axiswatch.cli.main import cli
from tests.web.server import free_port


def test_serve_help_names_the_defaults() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "8000" in result.output
    assert "AXISWATCH_TOKEN" in result.output


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "AXISWATCH_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "axiswatch.cli.main", "--db", str(tmp_path / "s.db"),
         "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        body = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=2).json()
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert body is not None, "the server did not answer"
        assert body["writes"] is False
        events = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5).json()
        assert events["total"] == 0
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in out
    assert "read-only" in out

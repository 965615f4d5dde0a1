"""The URL fetcher against a real local HTTP server, and its refusals."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from axiswatch.errors import InputRejected
from axiswatch.ingest.fetch import fetch_url, is_public_address
from axiswatch.ingest.pipeline import ingest_paths
from axiswatch.ingest.record import IngestOptions
from axiswatch.store import Store
from axiswatch.store.documents import get_document

PAGE = ("<html><head><title>Drone attack on base</title>"
        '<meta property="og:site_name" content="Local Wire"></head><body><article>'
        "<h1>Drone attack on base</h1><p>A one-way attack drone struck a base in eastern Syria "
        "on Monday, killing six fighters, a spokesman said.</p></article></body></html>")


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/legacy":
            body = "Gunmen attacked a caf\u00e9, \u201cofficials\u201d said.".encode("cp1252")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=windows-1252")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        targets = {"/redirect": "/page.html", "/to-file": "file:///etc/passwd",
                   "/loop": "/loop"}
        if self.path in targets:
            self.send_response(302)
            self.send_header("Location", targets[self.path])
            self.end_headers()
            return
        super().do_GET()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 5000)
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(tmp_path)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_follows_redirects_when_private_addresses_are_allowed(server: str) -> None:
    fetched = fetch_url(server + "/redirect", allow_private=True)
    assert fetched.url == server + "/page.html"
    assert fetched.data == PAGE.encode() and fetched.content_type == "text/html"


def test_loopback_is_refused_by_default(server: str) -> None:
    with pytest.raises(InputRejected) as info:
        fetch_url(server + "/page.html")
    assert info.value.code == "AW110" and "127.0.0.1" in info.value.reason


@pytest.mark.parametrize("url", [
    "http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/x", "http://172.16.5.4/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
    "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/", "ftp://example.org/a.txt",
    "file:///etc/passwd", "gopher://example.org/", "http:///nohost",
])
def test_non_public_and_non_http_addresses_are_refused(url: str) -> None:
    with pytest.raises(InputRejected) as info:
        fetch_url(url, timeout=2)
    assert info.value.code == "AW110"


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(InputRejected) as info:
        fetch_url(server + "/to-file", allow_private=True)
    assert info.value.code == "AW110" and "redirected to file:" in info.value.reason


def test_limits_and_failures(server: str) -> None:
    with pytest.raises(InputRejected) as info:
        fetch_url(server + "/big.txt", allow_private=True, max_bytes=1000)
    assert info.value.code == "AW104"
    for path in ("/missing", "/loop"):
        with pytest.raises(InputRejected) as info:
            fetch_url(server + path, allow_private=True)
        assert info.value.code == "AW111"


def test_text_in_the_charset_the_server_declares_is_decoded(store: Store, server: str) -> None:
    summary = ingest_paths(store, [server + "/legacy"], options=IngestOptions(allow_private=True))
    assert summary.new == 1, summary.rejections
    with store.connect() as conn:
        doc = get_document(conn, summary.doc_ids[0])
    assert doc is not None
    assert doc.text == "Gunmen attacked a caf\u00e9, \u201cofficials\u201d said."


def test_a_slow_server_times_out(server: str) -> None:
    with pytest.raises(InputRejected) as info:
        fetch_url(server + "/slow", allow_private=True, timeout=0.3)
    assert info.value.code == "AW111" and "timed out" in info.value.reason


@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("2606:4700:4700::1111", True), ("127.0.0.1", False),
    ("10.0.0.1", False), ("fe80::1", False), ("224.0.0.1", False), ("::ffff:10.0.0.1", False),
])
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_ingest_a_url_through_the_pipeline(store: Store, server: str) -> None:
    summary = ingest_paths(store, [server + "/page.html", "http://127.0.0.1:1/refused"],
                           options=IngestOptions(allow_private=True, timeout=5))
    assert summary.new == 1
    assert [r.code for r in summary.rejections] == ["AW111"]  # allowed, but nothing listens
    with store.connect() as conn:
        doc = get_document(conn, summary.doc_ids[0])
    assert doc is not None
    assert (doc.fmt, doc.title, doc.publisher) == ("html", "Drone attack on base", "Local Wire")
    assert doc.url == server + "/page.html" and doc.source_path is None
    refused = ingest_paths(store, [server + "/page.html"])
    assert [r.code for r in refused.rejections] == ["AW110"]

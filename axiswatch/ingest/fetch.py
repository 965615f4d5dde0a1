"""The URL fetcher: the only code in axiswatch that opens network connections.

It refuses anything but ``http``/``https`` and, after DNS resolution, any
address that is not public (private, loopback, link-local, multicast,
reserved, carrier-grade NAT, unspecified): AW110. The check runs when the
connection is opened, on the very address connected to, so a name that
resolves differently a second time ("DNS rebinding") cannot slip through,
and every redirect is checked again. Responses are limited in size (AW104)
and time; failures are AW111.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore

from axiswatch import __version__
from axiswatch.errors import InputRejected

MAX_REDIRECTS = 5
USER_AGENT = f"axiswatch/{__version__} (+report ingest)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body, its content type and the final URL after redirects."""

    data: bytes
    content_type: str | None
    url: str


class _Refused(Exception):
    """Raised inside the connection layer when an address is not allowed."""


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast IP address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


def check_scheme(url: str) -> None:
    """Raise AW110 unless ``url`` is an ``http(s)`` URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputRejected("AW110", url, "only http:// and https:// URLs with a host are fetched")


def resolve_allowed(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses of ``host`` that may be connected to; :class:`_Refused` when none may."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if allow_private:
        return addresses
    refused = [a for a in addresses if not is_public_address(a)]
    if refused:
        raise _Refused(f"{host} resolves to a non-public address ({', '.join(refused)})")
    return addresses


class _GuardedBackend(httpcore.SyncBackend):
    """A network backend that connects only to addresses :func:`resolve_allowed` accepts."""

    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = resolve_allowed(host, port, self.allow_private)[0]
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


def fetch_url(
    url: str,
    *,
    max_bytes: int = 50 * 1024 * 1024,
    timeout: float = 20.0,
    allow_private: bool = False,
) -> Fetched:
    """GET ``url`` within the limits; raises :class:`InputRejected` (AW110, AW104, AW111).

    ``allow_private`` lifts the address check (for tests against a local
    server); the scheme check stays.
    """
    deadline = time.monotonic() + timeout
    limits = {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    current = url
    with httpcore.ConnectionPool(network_backend=_GuardedBackend(allow_private),
                                 max_connections=2, retries=0) as pool:
        for _ in range(MAX_REDIRECTS + 1):
            try:
                check_scheme(current)
            except InputRejected as exc:
                if current == url:
                    raise
                raise InputRejected("AW110", url, f"redirected to {current}: {exc.reason}") from exc
            try:
                with pool.stream("GET", current, extensions={"timeout": limits}, headers={
                    "User-Agent": USER_AGENT,
                    "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                              "application/atom+xml, application/pdf, text/plain;q=0.9, */*;q=0.5",
                }) as response:
                    headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                               for k, v in response.headers}
                    if response.status in (301, 302, 303, 307, 308) and "location" in headers:
                        current = urljoin(current, headers["location"])
                        continue
                    if response.status >= 400:
                        raise InputRejected("AW111", url, f"HTTP status {response.status}")
                    size = headers.get("content-length", "")
                    if size.isdigit() and int(size) > max_bytes:
                        raise InputRejected(
                            "AW104", url, f"{int(size):,} bytes, over the {max_bytes:,}-byte limit"
                        )
                    body = bytearray()
                    for chunk in response.iter_stream():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise InputRejected("AW104", url,
                                                f"larger than the {max_bytes:,}-byte limit")
                        if time.monotonic() > deadline:
                            raise InputRejected("AW111", url, f"took longer than {timeout:g} s")
                    return Fetched(bytes(body), headers.get("content-type"), current)
            except _Refused as exc:
                raise InputRejected("AW110", url, str(exc)) from exc
            except httpcore.TimeoutException as exc:
                raise InputRejected("AW111", url, f"timed out after {timeout:g} s") from exc
            except (httpcore.ProtocolError, httpcore.NetworkError, httpcore.UnsupportedProtocol,
                    OSError) as exc:
                raise InputRejected("AW111", url, f"fetch failed: {exc}") from exc
    raise InputRejected("AW111", url, f"more than {MAX_REDIRECTS} redirects")

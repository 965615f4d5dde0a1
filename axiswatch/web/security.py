"""Response headers every answer carries, and the bearer token that writes require."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import Request, Response

from axiswatch.web.errors import ApiError

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


async def security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Middleware: add :data:`HEADERS` to every response."""
    response = await call_next(request)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def check_token(request: Request) -> None:
    """Dependency of every write: a configured token, sent as ``Authorization: Bearer``."""
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(403, "AW602", "writes are disabled: the operator set no AXISWATCH_TOKEN")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "AW601", "this write needs an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "AW601", "the bearer token is wrong")

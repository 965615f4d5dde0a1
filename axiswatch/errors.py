"""Errors with stable codes.

Codes never change meaning once published: tools and analysts grep logs for them.

- AW1xx: ingest (reading and validating inputs)
- AW2xx: store
- AW3xx: knowledge pack
- AW4xx: extraction
- AW5xx: fusion, analysis, reports and exports
- AW6xx: web
- AW7xx: scale
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "AW100": "input not found",
    "AW101": "empty input",
    "AW102": "binary or non-text content",
    "AW103": "invalid UTF-8",
    "AW104": "input too large",
    "AW105": "unreadable PDF",
    "AW106": "malformed HTML: no main text",
    "AW107": "malformed or dangerous feed",
    "AW108": "malformed JSON Lines record",
    "AW109": "unsupported format",
    "AW110": "URL refused (private, loopback or non-http address)",
    "AW111": "URL fetch failed",
    "AW112": "invalid sidecar metadata",
    "AW113": "invalid date",
    "AW200": "store unavailable",
    "AW201": "store schema out of date",
    "AW202": "record not found",
    "AW300": "knowledge pack invalid",
    "AW301": "unknown knowledge pack entry",
    "AW400": "extraction failed for a document",
    "AW401": "gold file invalid",
    "AW500": "unknown export format",
    "AW501": "invalid filter",
    "AW502": "invalid judgement",
    "AW503": "briefing could not be rendered",
    "AW504": "malformed fusion input",
    "AW505": "output cannot be written",
    "AW600": "invalid request",
    "AW601": "authentication required or token wrong",
    "AW602": "writes disabled: no API token configured",
    "AW603": "not found",
    "AW604": "method not allowed",
    "AW605": "server error",
    "AW700": "cluster task failed",
    "AW701": "benchmark module missing or invalid",
    "AW702": "invalid extraction shard",
}


class AxiswatchError(Exception):
    """An error with a stable code and a message that names what went wrong."""

    def __init__(self, code: str, message: str) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code}")
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


class InputRejected(AxiswatchError):
    """An input that ingest refuses; the rest of the batch goes on."""

    def __init__(self, code: str, source: str, reason: str) -> None:
        super().__init__(code, f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotFound(AxiswatchError):
    """A record asked for by id or name that the store does not hold."""

    def __init__(self, what: str) -> None:
        super().__init__("AW202", f"not found: {what}")

"""Bytes to text: UTF-8, or UTF-16 when a BOM declares it; anything else is rejected.

Guessing a legacy encoding (latin-1 decodes every byte) would store garbage
that looks like text, so ingest refuses instead and says why.
"""

from __future__ import annotations

import codecs

from axiswatch.errors import InputRejected

_SAMPLE = 8192


def looks_binary(data: bytes) -> bool:
    """True for content with NUL bytes or many control bytes (images, archives, executables)."""
    head = data[:_SAMPLE]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, source: str) -> str:
    """``data`` as text, or :class:`InputRejected` (AW101 empty, AW102 binary, AW103 not UTF-8)."""
    if not data.strip():
        raise InputRejected("AW101", source, "the input is empty")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputRejected(
                "AW103", source, f"declares UTF-16 by its byte order mark but is not: {exc.reason}"
            ) from exc
    if looks_binary(data):
        raise InputRejected("AW102", source, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputRejected(
            "AW103",
            source,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and ingest it again",
        ) from exc

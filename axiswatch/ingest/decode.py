"""Bytes to text: UTF-8, or UTF-16/32 when a BOM declares it, or the charset an HTML
page declares; anything else is rejected.

Guessing a legacy encoding (latin-1 decodes every byte) would store garbage
that looks like text, so ingest refuses instead and says why.
"""

from __future__ import annotations

import codecs

from axiswatch.errors import InputRejected

_SAMPLE = 8192


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _declared_by_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:  # UTF-32 first: its little-endian BOM starts like UTF-16's
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """True for content with NUL bytes or many control bytes (images, archives, executables)."""
    head = data[:_SAMPLE]
    if _declared_by_bom(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """``data`` as text, or :class:`InputRejected` (AW101 empty, AW102 binary, AW103 not UTF-8).

    ``declared`` is a charset the input itself names (an HTML ``<meta
    charset>``, an HTTP content type); it is tried, strictly, when the bytes
    are not UTF-8.
    """
    if not data.strip():
        raise InputRejected("AW101", source, "the input is empty")
    by_bom = _declared_by_bom(data)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif by_bom:
        try:
            return data.decode(by_bom)
        except UnicodeDecodeError as exc:
            raise InputRejected(
                "AW103", source,
                f"declares {by_bom.upper()} by its byte order mark but is not: {exc.reason}",
            ) from exc
    if looks_binary(data):
        raise InputRejected("AW102", source, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if declared and _known(declared) and _known(declared) != "utf-8":
            try:
                return data.decode(declared)
            except UnicodeDecodeError as again:
                raise InputRejected(
                    "AW103", source, f"declares {declared} but is not: {again.reason}"
                ) from again
        raise InputRejected(
            "AW103",
            source,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and ingest it again",
        ) from exc


def _known(charset: str) -> str | None:
    """The codec name of ``charset``, or ``None`` when Python does not know it."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None

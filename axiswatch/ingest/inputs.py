"""Inputs: what the user named (files, folders, ``-``, URLs) and their bytes, within limits."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from axiswatch.errors import InputRejected
from axiswatch.ingest.record import IngestOptions

STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file, standard input, or a URL."""

    kind: str  # "file", "stdin" or "url"
    name: str  # the path, "<stdin>" or the URL, as messages show it
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class Loaded:
    """An input's bytes, with what the transport said about them."""

    data: bytes
    name: str
    content_type: str | None = None
    url: str | None = None


def is_url(value: str) -> bool:
    """True when ``value`` names a URL rather than a path (anything with a scheme)."""
    head = value.split("/", 1)[0]
    return "://" in value and head.endswith(":") and head[:-1].isalpha() and len(head) > 2


def expand_inputs(
    values: Iterable[str], options: IngestOptions
) -> Iterator[Input | InputRejected]:
    """The inputs ``values`` name, folders walked recursively in name order.

    Hidden files and folders, the sidecar files and ``options.skip`` are
    passed over; a path that does not exist becomes a rejection (AW100).
    """
    for value in values:
        if value == "-":
            yield Input("stdin", STDIN)
        elif is_url(value):
            yield Input("url", value)
        else:
            path = Path(value)
            if path.is_dir():
                yield from _walk(path, options)
            elif path.is_file():
                yield Input("file", str(path), path)
            elif path.exists():
                yield InputRejected("AW109", str(path), "not a regular file or folder")
            else:
                yield InputRejected("AW100", str(path), "no such file or folder")


def _walk(root: Path, options: IngestOptions) -> Iterator[Input]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name == options.sidecar_name:
                continue
            path = Path(folder) / name
            if options.skip and path.resolve() in options.skip:
                continue
            if path.is_file():
                yield Input("file", str(path), path)


def read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; a longer input is rejected (AW104)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRejected("AW104", name, f"larger than the {max_bytes:,}-byte limit")
    return data


def load_input(inp: Input, options: IngestOptions, stdin: BinaryIO | None = None) -> Loaded:
    """The bytes of ``inp``; files over the size limit are refused by ``stat`` before reading."""
    if inp.kind == "stdin":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return Loaded(read_limited(stream, STDIN, options.max_bytes), STDIN)
    if inp.kind == "url":
        from axiswatch.ingest.fetch import fetch_url

        fetched = fetch_url(
            inp.name,
            max_bytes=options.max_bytes,
            timeout=options.timeout,
            allow_private=options.allow_private,
        )
        return Loaded(fetched.data, inp.name, fetched.content_type, fetched.url)
    assert inp.path is not None
    try:
        size = inp.path.stat().st_size
        if size > options.max_bytes:
            raise InputRejected(
                "AW104", inp.name, f"{size:,} bytes, over the {options.max_bytes:,}-byte limit"
            )
        with inp.path.open("rb") as fh:
            return Loaded(read_limited(fh, inp.name, options.max_bytes), inp.name)
    except FileNotFoundError as exc:
        raise InputRejected("AW100", inp.name, "no such file") from exc
    except OSError as exc:
        raise InputRejected("AW100", inp.name, f"cannot read: {exc.strerror or exc}") from exc

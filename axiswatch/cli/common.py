"""Helpers shared by the command modules: opening the store, printing tables."""

from __future__ import annotations

from collections.abc import Sequence

import click

from axiswatch.store import Store


def open_store(ctx: click.Context) -> Store:
    """The store named by ``--db`` / ``AXISWATCH_DB`` (default ``./axiswatch.db``)."""
    obj = ctx.find_root().obj or {}
    return Store(obj.get("db"))


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print rows as an aligned plain-text table."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())

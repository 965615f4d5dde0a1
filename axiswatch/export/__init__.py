"""Exports: ACLED-style CSV, GeoJSON, STIX 2.1, Parquet and GraphML.

:func:`export` gathers the selected events once and hands them to the
writer of the format; each writer is a pure function of
:class:`~axiswatch.export.data.ExportData`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from axiswatch.analyze.select import Selection
from axiswatch.errors import AxiswatchError
from axiswatch.export.data import ExportData, gather

FORMATS = ("csv", "geojson", "stix", "parquet", "graphml")


def _text_writer(fmt: str) -> Callable[[ExportData], str]:
    if fmt == "csv":
        from axiswatch.export.acled import to_csv

        return to_csv
    if fmt == "geojson":
        from axiswatch.export.tables import to_geojson

        return to_geojson
    if fmt == "stix":
        from axiswatch.export.stix import to_stix

        return to_stix
    if fmt == "graphml":
        from axiswatch.export.tables import to_graphml

        return to_graphml
    raise AxiswatchError("AW500", f"unknown export format {fmt!r} (expected one of "
                                  f"{', '.join(FORMATS)})")


def export(conn: sa.Connection, fmt: str, sel: Selection, out: Path | None
           ) -> tuple[str | None, list[Path], int]:
    """Export the events ``sel`` selects as ``fmt``.

    Returns the text (when ``out`` is None), the files written, and the number of events.
    """
    if fmt not in FORMATS:
        raise AxiswatchError("AW500", f"unknown export format {fmt!r} (expected one of "
                                      f"{', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise AxiswatchError("AW500", "parquet needs --out FILE")
    data = gather(conn, sel)
    try:
        if fmt == "parquet":
            from axiswatch.export.tables import write_parquet

            assert out is not None
            return None, write_parquet(data, out), len(data.events)
        text = _text_writer(fmt)(data)
        if out is None:
            return text, [], len(data.events)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AxiswatchError("AW505", f"{out}: {exc.strerror or exc}") from exc
    return None, [out], len(data.events)


__all__ = ["FORMATS", "ExportData", "export", "gather"]

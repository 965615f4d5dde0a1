"""The human-readable form of an evaluation: aligned tables, system beside baseline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from axiswatch.eval.score import ARGUMENTS


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    cells = [[("" if v is None else _cell(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))

    def line(values: Sequence[str]) -> str:
        first = values[0].ljust(widths[0])
        rest = [v.rjust(w) for v, w in zip(values[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    return [line(list(headers)), *(line(row) for row in cells)]


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _prf_row(label: str, sys: dict[str, Any], base: dict[str, Any] | None) -> list[object]:
    row: list[object] = [label, sys["gold"], sys["predicted"], sys["matched"],
                         sys["precision"], sys["recall"], sys["f1"]]
    if base is not None:
        row += [base["predicted"], base["f1"]]
    return row


def format_result(result: dict[str, Any], *, title: str = "") -> str:
    """The figures of :func:`axiswatch.eval.runner.run_eval` as plain-text tables."""
    base = result.get("baseline")
    out: list[str] = []
    head = f"axiswatch eval: {result['documents']} document(s)"
    out.append(f"{head} ({title})" if title else head)
    if result.get("missing"):
        out.append(f"not found, left out: {', '.join(result['missing'])}")
    out.append("")

    extra = ["base pred", "base F1"] if base else []
    headers = ["events", "gold", "pred", "matched", "P", "R", "F1", *extra]
    ev, bev = result["events"], (base or {}).get("events")
    rows = [_prf_row("all", ev, bev)]
    for etype, figures in ev["by_type"].items():
        bfig = (bev or {}).get("by_type", {}).get(etype) if base else None
        if base and bfig is None:
            bfig = {"predicted": 0, "f1": 0.0}
        rows.append(_prf_row(f"  {etype}", figures, bfig))
    out += _table(headers, rows)
    out.append("")

    args_headers = [f"arguments ({result.get('arguments_support', 0)} matched)", "system"]
    if base:
        args_headers.append("baseline")
    arg_rows: list[list[object]] = []
    for name in ARGUMENTS:
        row: list[object] = [f"  {name}", result["arguments"][name]]
        if base:
            row.append(base["arguments"][name])
        arg_rows.append(row)
    out += _table(args_headers, arg_rows)
    out.append("")

    headers = ["relations", "gold", "pred", "matched", "P", "R", "F1", *extra]
    out += _table(headers, [_prf_row("all", result["relations"], (base or {}).get("relations"))])
    out.append("")

    other_headers = ["linking and geocoding", "system"] + (["baseline"] if base else [])
    geo, bgeo = result["geocoding"], (base or {}).get("geocoding", {})
    other: list[list[object]] = [
        [f"  linking ({result.get('linking_entities', 0)} entities)", result["linking"]],
        ["  linking, by alias", result.get("linking_aliases", 0.0)],
        [f"  geocoding within 25 km ({geo['located']} located)", geo["within_25km"]],
        ["  geocoding, right country", geo["country"]],
    ]
    if base:
        other[0].append(base["linking"])
        other[1].append(base.get("linking_aliases", 0.0))
        other[2].append(bgeo.get("within_25km", 0.0))
        other[3].append(bgeo.get("country", 0.0))
    out += _table(other_headers, other)
    return "\n".join(out)

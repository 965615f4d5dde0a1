"""Running the benchmark modules under ``bench/`` and keeping their results.

A benchmark module is a plain file ``bench/<suite>.py`` with
``run(**options) -> dict`` and, optionally, ``summarize(result) -> str``
(Markdown) and ``merge(old, new) -> dict`` (to add a run to the figures
already kept instead of replacing them). Options a module's ``run`` does
not take are not passed to it.
Results go to ``results/<suite>.json``; ``results/SUMMARY.md`` is rebuilt
from every result file there, so suites run at different times add up.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from axiswatch.errors import AxiswatchError

SUMMARY = "SUMMARY.md"


def find_bench_dir(explicit: Path | None = None) -> Path:
    """The folder of benchmark modules: ``explicit``, ``./bench``, or the checkout's."""
    candidates = [explicit] if explicit else [
        Path.cwd() / "bench", Path(__file__).resolve().parents[2] / "bench",
    ]
    for folder in candidates:
        if folder is not None and folder.is_dir():
            return folder
    shown = ", ".join(str(c) for c in candidates if c is not None)
    raise AxiswatchError("AW701", f"no benchmark folder found (looked in {shown})")


def load_module(bench_dir: Path, suite: str) -> ModuleType:
    """Import ``bench_dir/<suite>.py`` as a module."""
    path = bench_dir / f"{suite}.py"
    if not path.is_file():
        raise AxiswatchError("AW701", f"{path}: benchmark module not found")
    spec = importlib.util.spec_from_file_location(f"axiswatch_bench_{suite}", path)
    if spec is None or spec.loader is None:
        raise AxiswatchError("AW701", f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "run", None)):
        raise AxiswatchError("AW701", f"{path}: has no run() function")
    return module


def call_run(module: ModuleType, options: Mapping[str, Any],
             progress: Callable[[str], None] | None) -> dict[str, Any]:
    """``module.run`` with the options its signature accepts."""
    params = inspect.signature(module.run).parameters
    takes_all = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    given = dict(options)
    if progress is not None:
        given["progress"] = progress
    kwargs = {k: v for k, v in given.items() if takes_all or k in params}
    result = module.run(**kwargs)
    if not isinstance(result, dict):
        raise AxiswatchError("AW701", f"{module.__file__}: run() returned "
                             f"{type(result).__name__}, not a dict")
    return result


def summary_section(suite: str, result: Mapping[str, Any], module: ModuleType | None) -> str:
    """The Markdown section for one suite's result."""
    header = f"## {suite}\n\n"
    when = result.get("when")
    if when:
        header += f"Measured {when}"
        if result.get("cpus"):
            header += f" on {result['cpus']} CPUs"
        header += ".\n\n"
    summarize = getattr(module, "summarize", None) if module else None
    if callable(summarize):
        return header + str(summarize(result)).rstrip() + "\n"
    summary_lines = getattr(module, "summary_lines", None) if module else None
    if callable(summary_lines):
        return header + "```\n" + "\n".join(summary_lines(result)) + "\n```\n"
    body = json.dumps(result, indent=2, sort_keys=True, default=str)
    return header + "```json\n" + body + "\n```\n"


def write_summary(bench_dir: Path, out_dir: Path) -> str:
    """Rebuild ``SUMMARY.md`` from every ``<suite>.json`` in ``out_dir``; its text."""
    parts = ["# Benchmark results\n"]
    for path in sorted(out_dir.glob("*.json")):
        suite = path.stem
        result = json.loads(path.read_text(encoding="utf-8"))
        module = None
        if (bench_dir / f"{suite}.py").is_file():
            try:
                module = load_module(bench_dir, suite)
            except AxiswatchError:
                module = None
        parts.append(summary_section(suite, result, module))
    text = "\n".join(parts)
    (out_dir / SUMMARY).write_text(text, encoding="utf-8")
    return text


def run_suites(bench_dir: Path, suites: Sequence[str], out_dir: Path, *,
               options: Mapping[str, Any],
               progress: Callable[[str], None] | None = None) -> str:
    """Run each suite, write its JSON, then the summary; the summary's text."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for suite in suites:
        module = load_module(bench_dir, suite)
        if progress:
            progress(f"bench: {suite}")
        result = call_run(module, options, progress)
        path = out_dir / f"{suite}.json"
        merge = getattr(module, "merge", None)
        if callable(merge) and path.is_file():  # e.g. a 1M run added to 10k/100k figures
            result = merge(json.loads(path.read_text(encoding="utf-8")), result)
        path.write_text(
            json.dumps(result, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8"
        )
    return write_summary(bench_dir, out_dir)

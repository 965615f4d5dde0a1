"""``axiswatch bench``: run the benchmark modules under ``bench/`` and keep their figures."""

from __future__ import annotations

import sys
from pathlib import Path

import click

SUITES = ("store", "extraction", "scale", "web")


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@click.command()
@click.option("--suite", "suites", default="store", show_default=True,
              help=f"Comma-separated suites ({', '.join(SUITES)}) or 'all'.")
@click.option("--sizes", default="10000,100000", show_default=True,
              help="Event counts for the store suite, comma-separated.")
@click.option("--backend", "backends", default="sqlite,postgresql", show_default=True,
              help="Store backends, comma-separated (PostgreSQL runs on a private server).")
@click.option("--repeats", type=click.IntRange(min=1), default=None,
              help="Timed runs of each query (store suite; default 40).")
@click.option("--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the benchmark modules (default: ./bench, else the checkout's).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Where results go (default: BENCH_DIR/results).")
def bench(suites: str, sizes: str, backends: str, repeats: int | None,
          bench_dir: Path | None, out_dir: Path | None) -> None:
    """Run benchmarks; write results/<suite>.json and results/SUMMARY.md.

    Speed is reported as figures and as ratios against a baseline measured in
    the same run, never asserted in tests.
    """
    from axiswatch.scale.benchrun import find_bench_dir, run_suites

    chosen = list(SUITES) if suites.strip() == "all" else _split(suites)
    unknown = set(chosen) - set(SUITES)
    if unknown:
        raise click.BadParameter(f"unknown suite(s): {', '.join(sorted(unknown))}",
                                 param_hint="--suite")
    try:
        size_list = [int(s) for s in _split(sizes)]
    except ValueError as exc:
        raise click.BadParameter(f"not a list of integers: {sizes}", param_hint="--sizes") from exc
    folder = find_bench_dir(bench_dir)
    options: dict[str, object] = {"sizes": size_list, "backends": _split(backends)}
    if repeats is not None:
        options["repeats"] = repeats
    summary = run_suites(
        folder, chosen, out_dir or folder / "results", options=options,
        progress=lambda msg: click.echo(msg, err=True),
    )
    click.echo(summary)
    sys.stdout.flush()

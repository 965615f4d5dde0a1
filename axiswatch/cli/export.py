"""``axiswatch export``: ACLED-style CSV, GeoJSON, STIX 2.1, Parquet, GraphML."""

from __future__ import annotations

from pathlib import Path

import click

from axiswatch.cli.common import open_store
from axiswatch.cli.stats import selection_options

FORMATS = ("csv", "geojson", "stix", "parquet", "graphml")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (standard output when omitted; parquet needs it).")
@selection_options
@click.pass_context
def export(ctx: click.Context, fmt: str, out: Path | None, date_from: str | None,
           date_to: str | None, actor: str | None, types: tuple[str, ...],
           country: str | None) -> None:
    """Export the selected events (rejected ones left out) for other tools."""
    from axiswatch.analyze.select import Selection
    from axiswatch.export import export as run_export

    sel = Selection(date_from=date_from, date_to=date_to, actor=actor, types=types,
                    country=country)
    with open_store(ctx) as store, store.connect() as conn:
        text, written, n = run_export(conn, fmt, sel, out)
    if text is not None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    for path in written:
        click.echo(f"wrote {path}", err=True)
    click.echo(f"{n} events exported as {fmt}", err=True)

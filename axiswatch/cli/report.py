"""``axiswatch report``: the daily (or any period's) briefing."""

from __future__ import annotations

from pathlib import Path

import click

from axiswatch.cli.common import open_store


@click.command("report")
@click.option("--date", "day", metavar="DATE", help="The day to brief (YYYY-MM-DD).")
@click.option("--from", "date_from", metavar="DATE", help="First day of the period.")
@click.option("--to", "date_to", metavar="DATE", help="Last day of the period.")
@click.option("--actor", metavar="NAME", help="Only events of this actor, its fronts and units.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Event type (repeatable).")
@click.option("--country", metavar="ISO2", help="Country code, e.g. IQ.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder to write the briefing into.")
@click.option("--no-pdf", is_flag=True, help="Skip the PDF even when Chromium is installed.")
@click.pass_context
def report(ctx: click.Context, day: str | None, date_from: str | None, date_to: str | None,
           actor: str | None, types: tuple[str, ...], country: str | None, out_dir: Path,
           no_pdf: bool) -> None:
    """Write a briefing (Markdown, HTML, tempo chart, map, PDF) for a day or a period."""
    from axiswatch.analyze.select import Selection, parse_day
    from axiswatch.errors import AxiswatchError
    from axiswatch.report.briefing import build_briefing, write_briefing

    if day and (date_from or date_to):
        raise AxiswatchError("AW501", "give --date or --from/--to, not both")
    start = parse_day(day or date_from, "--date" if day else "--from")
    end = parse_day(day or date_to, "--date" if day else "--to")
    if start is None or end is None:
        raise AxiswatchError("AW501", "a briefing needs --date, or both --from and --to")
    if end < start:
        raise AxiswatchError("AW501", f"--to {end} is before --from {start}")
    sel = Selection(actor=actor, types=types, country=country)
    with open_store(ctx) as store, store.connect() as conn:
        briefing = build_briefing(conn, start, end, sel=sel)
    written = write_briefing(briefing, out_dir, pdf=not no_pdf)
    click.echo(f"{briefing.title}: {len(briefing.takeaways)} events, "
               f"{len(briefing.footnotes)} footnotes")
    for kind, path in written.items():
        click.echo(f"  {kind}: {path}")

"""``axiswatch stats``: tempo, comparisons, most active actors, pauses."""

from __future__ import annotations

import json
from typing import Any

import click

from axiswatch.cli.common import echo_table, open_store


def selection_options(func: Any) -> Any:
    """The filters stats, report and export share."""
    for option in reversed([
        click.option("--from", "date_from", metavar="DATE", help="First day (YYYY-MM-DD)."),
        click.option("--to", "date_to", metavar="DATE", help="Last day (YYYY-MM-DD)."),
        click.option("--actor", metavar="NAME",
                     help="An actor by any name, with its fronts and units."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="Event type (repeatable)."),
        click.option("--country", metavar="ISO2", help="Country code, e.g. IQ."),
    ]):
        func = option(func)
    return func


@click.command("stats")
@selection_options
@click.option("--compare", metavar="A:B,C:D",
              help="Compare the daily average of two windows, e.g. "
                   "2024-01-01:2024-01-31,2024-02-01:2024-02-29.")
@click.option("--top", default=10, show_default=True, help="How many actors to list.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON.")
@click.pass_context
def stats(ctx: click.Context, date_from: str | None, date_to: str | None, actor: str | None,
          types: tuple[str, ...], country: str | None, compare: str | None, top: int,
          as_json: bool) -> None:
    """Counts by day and week, daily averages, window comparisons, actors and pauses."""
    from axiswatch.analyze.select import Selection
    from axiswatch.analyze.stats import store_stats

    sel = Selection(date_from=date_from, date_to=date_to, actor=actor, types=types,
                    country=country)
    with open_store(ctx) as store, store.connect() as conn:
        out = store_stats(conn, sel, compare=compare, top=top)
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    click.echo(f"{out['selection']}: {out['events']} events from {out['from'] or '…'} "
               f"to {out['to'] or '…'} "
               f"({out['coarse']} dated only to the month or year)")
    click.echo(f"daily average: {out['daily_average']:.2f} over {out['days']} days")
    if "compare" in out:
        click.echo(out["compare"]["sentence"])
    if out["by_type"]:
        click.echo("by type: " + ", ".join(f"{k} {v}" for k, v in out["by_type"].items()))
        click.echo("by country: " + ", ".join(f"{k} {v}" for k, v in sorted(
            out["by_country"].items(), key=lambda kv: (-kv[1], kv[0]))))
    busy = [w for w in out["by_week"] if w["events"]]
    if busy:
        quiet = len(out["by_week"]) - len(busy)
        click.echo("by week: " + ", ".join(f"{w['week']} {w['events']}" for w in busy)
                   + (f" ({quiet} week{'s' if quiet > 1 else ''} without events)"
                      if quiet else ""))
    gap = out["longest_gap"]
    if gap:
        click.echo(f"longest gap: {gap['days']} days between {gap['after']} and {gap['before']}")
    for cp in out["change_points"]:
        click.echo(f"change point {cp['date']}: {cp['mean_before']} -> {cp['mean_after']} a day")
    if out["top_actors"]:
        pauses = {p["id"]: p for p in out["actor_pauses"]}
        echo_table(["actor", "events", "claimed", "last claimed attack", "days since"],
                   [[a["name"], a["events"], a["claimed"],
                     pauses.get(a["id"], {}).get("last_claimed_attack"),
                     pauses.get(a["id"], {}).get("days_since")] for a in out["top_actors"]])

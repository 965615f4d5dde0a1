"""``axiswatch load``: bring extraction shards (Parquet) written by a cluster into the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from axiswatch.cli.common import open_store


@click.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def load(ctx: click.Context, folder: Path, as_json: bool) -> None:
    """Load the part-*.parquet shards under FOLDER (from `extract --engine dask --out`).

    Documents come with their extractions, so any store can take them; loading
    the same shards twice changes nothing. Exit code 1 when a shard was
    rejected (the others still load).
    """
    from axiswatch.scale.shards import load_shards

    with open_store(ctx) as store:
        summary = load_shards(store, folder)
    for source, code, reason in summary.rejected:
        click.echo(f"rejected: {code} {source}: {reason}", err=True)
    if as_json:
        click.echo(json.dumps({**summary.stats(), "run_id": summary.run_id}))
    else:
        click.echo(
            f"shards {summary.shards}, documents new {summary.documents_new}, "
            f"already stored {summary.documents_known}, extractions {summary.extractions}, "
            f"events {summary.events}, relations {summary.relations}, "
            f"rejected {len(summary.rejected)}"
        )
    if summary.rejected:
        sys.exit(1)

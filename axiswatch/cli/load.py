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


def extract_on_cluster(ctx: click.Context, *, redo_all: bool, doc_ids: tuple[str, ...],
                       workers: int, scheduler: str | None, out_dir: Path | None,
                       as_json: bool) -> None:
    """``axiswatch extract --engine dask``: the same extraction, on a Dask cluster."""
    from axiswatch.scale.dask_runner import run_extraction
    from axiswatch.store.documents import iter_documents, resolve_document_ids

    with open_store(ctx) as store:
        ids: list[str] | None = None
        with store.connect() as conn:
            if doc_ids:
                ids = resolve_document_ids(conn, doc_ids)
            elif redo_all:
                ids = [doc.id for doc in iter_documents(conn)]
        url = store.url
    stats = run_extraction(url, scheduler=scheduler, workers=workers, doc_ids=ids,
                           out_parquet=out_dir)
    if as_json:
        click.echo(json.dumps(stats))
    else:
        where = f"{len(stats['shards'])} shards in {out_dir}" if out_dir else "the store"
        click.echo(
            f"{stats['extracted']} of {stats['documents']} documents extracted on "
            f"{stats['scheduler']} ({stats['workers']} workers) into {where}: "
            f"{stats['events']} events, {stats['relations']} relations, "
            f"{stats['words_per_s'] or 0:,.0f} words/s"
            + (f"; {stats['failed']} failed (see `axiswatch status`)" if stats["failed"] else "")
        )
    if stats["failed"]:
        ctx.exit(1)

"""``axiswatch ingest | status | docs | doc``: reading reports in, and seeing what is stored."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

import click

from axiswatch.cli.common import echo_table, open_store


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--publisher", default=None,
              help="Publisher of every input (wins over files and sidecars).")
@click.option("--published", default=None,
              help="Publication date of every input, YYYY-MM-DD or YYYY-MM "
              "(wins over files and sidecars).")
@click.option("--max-mb", type=click.FloatRange(min=0.001), default=50.0, show_default=True,
              help="Reject inputs larger than this many megabytes.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds allowed to fetch one URL.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error "
              "(default: with many inputs, or on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--to-jsonl", "to_jsonl", type=click.File("w", encoding="utf-8"), default=None,
              help="Write the documents as JSON Lines to this file (- for standard output) "
              "instead of storing them.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], publisher: str | None,
           published: str | None, max_mb: float, timeout: float, progress: bool | None,
           as_json: bool, to_jsonl: TextIO | None) -> None:
    """Read reports into the store: text, HTML, PDF, RSS/Atom, JSON Lines, URLs.

    PATHS are files, folders (read recursively), - for standard input, or
    http(s):// URLs. A sources.jsonl beside the files gives their publisher and
    date. Exit code 0 when every input was stored or already there, 1 when
    some were rejected.
    """
    from axiswatch.errors import AxiswatchError
    from axiswatch.ingest.metadata import parse_published
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.ingest.record import IngestOptions

    try:
        published = parse_published(published, "--published")
    except AxiswatchError as exc:
        raise click.BadParameter(exc.message, param_hint="--published") from exc
    options = IngestOptions(max_bytes=int(max_mb * 1024 * 1024), timeout=timeout,
                            publisher=publisher, published=published)
    if to_jsonl is not None:
        _write_jsonl(list(paths), options, progress, to_jsonl)
        return
    with open_store(ctx) as store:
        summary = ingest_paths(store, list(paths), publisher=publisher, published=published,
                               progress=progress, options=options)
    for rejection in summary.rejections:
        click.echo(f"rejected: {rejection}", err=True)
    if as_json:
        click.echo(json.dumps({**summary.stats(), "run_id": summary.run_id,
                               "doc_ids": summary.doc_ids,
                               "rejections": [{"source": r.source, "code": r.code,
                                               "reason": r.reason}
                                              for r in summary.rejections]}))
    else:
        click.echo(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
                   f"rejected {summary.rejected}")
    if summary.rejected:
        sys.exit(1)


def _write_jsonl(paths: list[str], options: Any, progress: bool | None, out: TextIO) -> None:
    """Read the inputs and write their documents as JSON Lines, without a store."""
    from axiswatch.errors import InputRejected
    from axiswatch.ingest.reading import read_documents
    from axiswatch.model import to_json

    written = rejected = 0
    for item in read_documents(paths, options, progress=progress):
        if isinstance(item, InputRejected):
            rejected += 1
            click.echo(f"rejected: {item.code} {item.source}: {item.reason}", err=True)
        else:
            out.write(to_json(item.document) + "\n")
            written += 1
    out.flush()
    click.echo(f"written {written}, rejected {rejected}", err=True)
    if rejected:
        sys.exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """What the store holds, the last runs, and the inputs the last ingest rejected."""
    from axiswatch.store.ingestlog import recent_runs, rejections, store_counts

    with open_store(ctx) as store, store.connect() as conn:
        counts = store_counts(conn)
        runs = recent_runs(conn, limit=5)
        last_ingest = recent_runs(conn, limit=1, command="ingest")
        rejected = rejections(conn, last_ingest[0]["id"]) if last_ingest else []
    if as_json:
        click.echo(json.dumps({"counts": counts, "runs": runs, "rejected": rejected},
                              default=str))
        return
    click.echo("  ".join(f"{name} {n}" for name, n in counts.items()))
    if runs:
        click.echo("")
        echo_table(["run", "command", "started", "finished", "stats"],
                   [[r["id"], r["command"], _when(r["started_at"]),
                     _when(r["finished_at"]) or "(unfinished)", _stats(r["stats"])]
                    for r in runs])
    if rejected:
        click.echo(f"\nrejected by the last ingest ({len(rejected)}):")
        for r in rejected:
            click.echo(f"  {r['code']} {r['source']}: {r['message']}")


def _when(value: Any) -> str:
    return "" if value is None else str(value)[:19]


def _stats(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    return ", ".join(f"{k} {v}" for k, v in value.items())


@click.command()
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
@click.pass_context
def docs(ctx: click.Context, limit: int, offset: int, as_json: bool) -> None:
    """List stored documents, newest publication first."""
    from axiswatch.store.documents import list_documents

    with open_store(ctx) as store, store.connect() as conn:
        rows = list_documents(conn, limit=limit, offset=offset)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
        return
    echo_table(
        ["id", "published", "publisher", "title", "chars", "sections", "extracted"],
        [[r["id"], r["published"], _cut(r["publisher"], 24), _cut(r["title"], 60), r["n_chars"],
          r["n_sections"], r["extractor"] or "no"] for r in rows],
    )


def _cut(value: str | None, width: int) -> str:
    if not value:
        return ""
    return value if len(value) <= width else value[: width - 1] + "…"


@click.command()
@click.argument("doc_id")
@click.option("--text", "show_text", is_flag=True, help="Print the document's text too.")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@click.pass_context
def doc(ctx: click.Context, doc_id: str, show_text: bool, as_json: bool) -> None:
    """One document with its dated sections; DOC_ID may be a unique prefix of the id."""
    from axiswatch.errors import NotFound
    from axiswatch.model import to_json
    from axiswatch.store.documents import get_document, resolve_document_id

    with open_store(ctx) as store, store.connect() as conn:
        found = resolve_document_id(conn, doc_id)
        if len(found) > 1 and doc_id not in found:
            raise click.UsageError(f"{doc_id!r} matches several documents: {', '.join(found)}")
        if not found:
            raise NotFound(f"document {doc_id}")
        document = get_document(conn, doc_id if doc_id in found else found[0])
    if document is None:
        raise NotFound(f"document {doc_id}")
    if as_json:
        click.echo(to_json(document))
        return
    click.echo(f"id         {document.id}")
    click.echo(f"title      {document.title or ''}")
    click.echo(f"publisher  {document.publisher or ''}")
    click.echo(f"published  {document.published or ''}")
    click.echo(f"format     {document.fmt}")
    click.echo(f"source     {document.url or document.source_path or ''}")
    click.echo(f"chars      {len(document.text)}")
    if document.sections:
        click.echo("")
        echo_table(["#", "start", "end", "date", "precision", "heading"],
                   [[i, s.start, s.end, s.ref_date, s.date_precision, _cut(s.heading, 70)]
                    for i, s in enumerate(document.sections)])
    if show_text:
        click.echo("")
        click.echo(document.text)

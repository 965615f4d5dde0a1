"""``axiswatch extract``, ``axiswatch event ID`` and ``axiswatch actor NAME``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

import click

from axiswatch.cli.common import echo_table, open_store
from axiswatch.errors import NotFound


@click.command("extract")
@click.option("--all", "redo_all", is_flag=True,
              help="Extract every stored document again, not only those the current "
              "extractor has not processed.")
@click.option("--doc", "doc_ids", multiple=True, metavar="ID",
              help="Only this document (an id or a unique id prefix); repeatable.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parsing processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents per parsing batch.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run here, or on a Dask cluster (--scheduler, or a "
              "local cluster of --workers processes).")
@click.option("--scheduler", default=None, metavar="ADDR",
              help="With --engine dask: a scheduler address, e.g. tcp://host:8786.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="With --engine dask: write Parquet shards to this folder "
              "instead of the store (then `axiswatch load`).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def extract(ctx: click.Context, redo_all: bool, doc_ids: tuple[str, ...], workers: int,
            batch_size: int, engine: str, scheduler: str | None, out_dir: Path | None,
            as_json: bool) -> None:
    """Find events, relations and actors in stored documents, each with its evidence.

    Runs on the documents the current extractor version has not processed yet
    (so a re-run does only what is new); --all or --doc redo documents. A
    document that fails is reported with AW400 and the others go on; the exit
    code is then 1.
    """
    from axiswatch.errors import AxiswatchError
    from axiswatch.extract.pipeline import EXTRACTOR_VERSION, Extractor
    from axiswatch.model import Document
    from axiswatch.store.documents import iter_documents, resolve_document_ids
    from axiswatch.store.entities import sync_pack
    from axiswatch.store.extractions import store_extraction
    from axiswatch.store.ingestlog import finish_run, start_run

    if engine == "dask" or scheduler or out_dir:
        from axiswatch.cli.load import extract_on_cluster

        if engine != "dask":
            raise click.BadParameter("--scheduler and --out need --engine dask")
        extract_on_cluster(ctx, redo_all=redo_all, doc_ids=doc_ids, workers=workers,
                           scheduler=scheduler, out_dir=out_dir, as_json=as_json)
        return
    extractor = Extractor()
    failures: list[str] = []
    per_type: Counter[str] = Counter()
    totals: Counter[str] = Counter(dict.fromkeys(
        ("documents", "events", "relations", "entities", "mentions"), 0))

    def failed(doc: Document, error: AxiswatchError) -> None:
        failures.append(str(error))
        click.echo(f"error: {error}", err=True)

    with open_store(ctx) as store:
        with store.begin() as conn:
            sync_pack(conn, extractor.pack)
            run_id = start_run(conn, "extract")
            ids: list[str] | None = None
            if doc_ids:
                ids = resolve_document_ids(conn, doc_ids)
        pending = None if (redo_all or ids) else EXTRACTOR_VERSION
        with store.connect() as read:
            docs = list(iter_documents(read, pending_for=pending, ids=ids))
        for extraction in extractor.pipe(docs, n_process=workers, batch_size=batch_size,
                                         on_error=failed):
            try:
                store_extraction(store, extraction)
            except Exception as exc:  # one document's store error must not stop the rest
                failed(Document(extraction.doc_id, ""), AxiswatchError(
                    "AW400", f"document {extraction.doc_id}: cannot store: {exc}"))
                continue
            totals["documents"] += 1
            totals["events"] += len(extraction.events)
            totals["relations"] += len(extraction.relations)
            totals["entities"] += len(extraction.entities)
            totals["mentions"] += len(extraction.mentions)
            per_type.update(ev.type for ev in extraction.events)
        stats: dict[str, Any] = {**totals, "failed": len(failures),
                                 "by_type": dict(sorted(per_type.items())),
                                 "extractor": EXTRACTOR_VERSION}
        with store.begin() as conn:
            finish_run(conn, run_id, {**stats, "errors": failures[:50]})
    if as_json:
        click.echo(json.dumps(stats))
    else:
        click.echo(f"{totals['documents']} documents extracted with {EXTRACTOR_VERSION}: "
                   f"{totals['events']} events, {totals['relations']} relations, "
                   f"{totals['entities']} candidate entities, {totals['mentions']} mentions"
                   + (f"; {len(failures)} failed (AW400)" if failures else ""))
        if per_type:
            echo_table(["type", "events"], sorted(per_type.items()))
    if failures:
        ctx.exit(1)


class _DefaultShow(click.Group):
    """``event ID`` means ``event show ID``; ``event merge``/``split`` are subcommands."""

    LAZY: ClassVar[dict[str, str]] = {"merge": "axiswatch.cli.fuse:merge",
                                      "split": "axiswatch.cli.fuse:split"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            import importlib

            module, attr = self.LAZY[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attr)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.list_commands(ctx) and not args[0].startswith("-"):
            args = ["show", *args]
        return super().resolve_command(ctx, args)


@click.group("event", cls=_DefaultShow, invoke_without_command=False)
def event() -> None:
    """One event: `event ID` shows it; `event merge A B` and `event split ID SOURCE…` judge it."""


def _fmt_list(values: Any) -> str:
    return ", ".join(values) if values else "-"


@event.command("show")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@click.pass_context
def show(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show an event (or the event of a source id): all fields, sources and evidence."""
    from axiswatch.geo.place import location_note
    from axiswatch.store.extractions import get_event

    with open_store(ctx) as store, store.connect() as conn:
        ev = get_event(conn, event_id)
    if ev is None:
        raise NotFound(f"event {event_id}")
    if as_json:
        click.echo(json.dumps(ev, default=str, ensure_ascii=False))
        return
    rows = [
        ("type", f"{ev['type']}" + (f" / {ev['subtype']}" if ev.get("subtype") else "")),
        ("date", f"{ev.get('date') or '-'} ({ev.get('date_precision') or 'unknown'})"),
        ("location", f"{ev.get('location_name') or ev.get('location') or '-'}"
                     + (f" [{ev['lat']:.4f}, {ev['lon']:.4f}]" if ev.get("lat") is not None
                        else "")),
        ("country", ev.get("country") or "-"),
        ("placed", location_note(ev)),
        ("actors", _fmt_list(ev.get("actors"))),
        ("claimed by", _fmt_list(ev.get("claimed_by"))),
        ("attributed to", _fmt_list(ev.get("attributed_to"))),
        ("target", ev.get("target") or "-"),
        ("target actors", _fmt_list(ev.get("target_actors"))),
        ("weapon", ev.get("weapon") or "-"),
        ("killed / injured", f"{ev.get('killed') if ev.get('killed') is not None else '-'} / "
                             f"{ev.get('injured') if ev.get('injured') is not None else '-'}"),
        ("certainty", ev.get("certainty")),
        ("status", f"{ev.get('status')}, {ev.get('n_sources')} source(s)"),
    ]
    click.echo(f"event {ev['id']}")
    echo_table(["field", "value"], rows)
    for src in ev["sources"]:
        where = src.get("publisher") or src.get("title") or src["doc_id"]
        click.echo(f"\nsource {src['id']} - {where}, {src.get('published') or 'undated'}"
                   f" (document {src['doc_id']})")
        for span in src["evidence"]:
            click.echo(f"  [{span['start']}:{span['end']}] \"{span['text']}\"")


@click.command("actor")
@click.argument("name")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Events to list.")
@click.option("--json", "as_json", is_flag=True, help="Print what is known as JSON.")
@click.pass_context
def actor(ctx: click.Context, name: str, limit: int, as_json: bool) -> None:
    """What is known of an actor: aliases, relations with evidence, its events."""
    from axiswatch.store.entities import find_entities
    from axiswatch.store.extractions import actor_summary

    with open_store(ctx) as store, store.connect() as conn:
        found = find_entities(conn, name, limit=5)
        if not found:
            raise NotFound(f"actor {name!r}")
        summary = actor_summary(conn, found[0]["id"], limit=limit)
    if as_json:
        click.echo(json.dumps(summary, default=str, ensure_ascii=False))
        return
    ent = summary["entity"]
    click.echo(f"{ent['name']} ({ent['id']}): {ent['type']}"
               + (f", {ent['country']}" if ent.get("country") else "")
               + f", {ent['source']}; {summary['mentions']} mention(s)")
    if len(found) > 1:
        others = ", ".join(f["id"] for f in found[1:])
        click.echo(f"  (the name may also mean: {others})")
    if ent.get("aliases"):
        click.echo("aliases: " + "; ".join(ent["aliases"]))
    if summary["relations"]:
        click.echo("\nrelations:")
        for r in summary["relations"]:
            click.echo(f"  {r['subject']} {r['predicate']} {r['object']} "
                       f"({r['certainty']}, {r['source']})")
            for span in r["evidence"][:2]:
                click.echo(f"      \"{span['text']}\" - {span.get('publisher') or span['doc_id']}")
    if summary["events"]:
        click.echo("\nevents:")
        echo_table(["id", "date", "type", "role", "place", "evidence"],
                   [(e["id"], e.get("date") or "-", e["type"], ",".join(e["roles"]),
                     e.get("location_name") or "-", (e.get("summary") or "")[:80])
                    for e in summary["events"]])

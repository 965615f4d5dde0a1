"""``axiswatch fuse``, ``event merge``, ``event split`` and ``attribution``."""

from __future__ import annotations

import getpass
import json
from typing import TextIO

import click

from axiswatch.cli.common import echo_table, open_store
from axiswatch.errors import AxiswatchError, NotFound

_author = click.option("--author", envvar="AXISWATCH_AUTHOR", default=None,
                       help="Who makes the judgement (default: the login name).")
_reason = click.option("--reason", default=None, help="Why, in a sentence.")


def _who(author: str | None) -> str:
    return author or getpass.getuser() or "analyst"


@click.command("fuse")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"), default=None,
              metavar="FILE",
              help="Fuse extractions read as JSON Lines (- for stdin) without a store; "
                   "write fused events as JSON Lines to standard output.")
@click.pass_context
def fuse(ctx: click.Context, as_json: bool, jsonl: TextIO | None) -> None:
    """Merge reports of the same occurrence across documents into one event."""
    from axiswatch.fuse import fuse_store

    if jsonl is not None:
        _fuse_jsonl(jsonl)
        return
    with open_store(ctx) as store:
        summary = fuse_store(store)
    data = {"sources": summary.sources, "events": summary.events, "merged": summary.merged,
            "rejected": summary.rejected, "deleted": summary.deleted,
            "written": summary.written}
    if as_json:
        click.echo(json.dumps(data))
        return
    click.echo(f"{summary.sources} event sources -> {summary.events} events "
               f"({summary.merged} with several sources, {summary.rejected} rejected; "
               f"{summary.written} written, {summary.deleted} removed)")


def _fuse_jsonl(stream: TextIO) -> None:
    from axiswatch.fuse.jsonl import fuse_extractions, read_extractions, to_line

    errors: list[AxiswatchError] = []
    rows = fuse_extractions(list(read_extractions(stream, stream.name, errors)))
    for row in rows:
        click.echo(to_line(row))
    for err in errors:
        click.echo(f"error: {err}", err=True)
    click.echo(f"{sum(r['n_sources'] for r in rows)} event sources -> {len(rows)} events"
               + (f"; {len(errors)} lines rejected" if errors else ""), err=True)


def _members(conn: object, event_id: str) -> list[str]:
    from axiswatch.store.fusion import load_sources

    ids = [s["id"] for s in load_sources(conn, event_ids=[event_id])]  # type: ignore[arg-type]
    if not ids:
        raise NotFound(f"event {event_id}")
    return ids


@click.command("merge")
@click.argument("event_a")
@click.argument("event_b")
@_author
@_reason
@click.pass_context
def merge(ctx: click.Context, event_a: str, event_b: str, author: str | None,
          reason: str | None) -> None:
    """Merge two events into one, as an analyst's judgement later fusions keep."""
    from axiswatch.fuse import refresh_event
    from axiswatch.store.judgements import record_judgement

    if event_a == event_b:
        raise AxiswatchError("AW502", f"cannot merge event {event_a} with itself")
    with open_store(ctx) as store:
        with store.begin() as conn:
            sources = sorted(set(_members(conn, event_a)) | set(_members(conn, event_b)))
            jid = record_judgement(conn, target_kind="event", target_id=event_a,
                                   action="merge", payload={"with": event_b, "sources": sources},
                                   author=_who(author), reason=reason)
        ids = refresh_event(store, event_a)
    click.echo(f"{jid}: merged {event_a} and {event_b} into {ids[0]} "
               f"({len(sources)} sources)")


@click.command("split")
@click.argument("event")
@click.argument("source_ids", nargs=-1, required=True)
@_author
@_reason
@click.pass_context
def split(ctx: click.Context, event: str, source_ids: tuple[str, ...], author: str | None,
          reason: str | None) -> None:
    """Split SOURCE_IDS off EVENT into an event of their own, kept apart by later fusions."""
    from axiswatch.fuse import refresh_event
    from axiswatch.store.judgements import record_judgement

    with open_store(ctx) as store:
        with store.begin() as conn:
            members = _members(conn, event)
            unknown = sorted(set(source_ids) - set(members))
            if unknown:
                raise AxiswatchError("AW502", f"event {event} has no source(s) "
                                              f"{', '.join(unknown)}")
            rest = sorted(set(members) - set(source_ids))
            if not rest:
                raise AxiswatchError("AW502", f"split of {event}: at least one source must stay")
            jid = record_judgement(conn, target_kind="event", target_id=event, action="split",
                                   payload={"sources": sorted(set(source_ids)), "rest": rest},
                                   author=_who(author), reason=reason)
        ids = refresh_event(store, event)
    click.echo(f"{jid}: split {event} into {', '.join(sorted(ids))}")


@click.command("attribution")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the chain as JSON.")
@click.pass_context
def attribution(ctx: click.Context, name: str, as_json: bool) -> None:
    """Walk NAME's attribution chain: front -> group -> coalition -> sponsor, with evidence."""
    from axiswatch.analyze.select import find_entity
    from axiswatch.fuse import attribution_chain

    with open_store(ctx) as store, store.connect() as conn:
        ids = find_entity(conn, name)
        if not ids:
            raise NotFound(f"entity {name!r}")
        steps = attribution_chain(conn, ids[0])
    if as_json:
        click.echo(json.dumps({"entity": ids[0], "chain": steps}, default=str))
        return
    if not steps:
        click.echo(f"{ids[0]}: no front, parent or sponsor known")
        return
    rows = []
    for s in steps:
        ev = s["evidence"][0] if s["evidence"] else None
        cite = (f"{ev.get('publisher') or ev['doc_id']}: {ev['text']}" if ev
                else ("knowledge pack" if s["source"] == "kb" else ""))
        rows.append(["  " * (s["depth"] - 1) + s["subject_name"], s["predicate"],
                     s["object_name"], s["certainty"], s["path_certainty"], cite])
    echo_table(["subject", "predicate", "object", "certainty", "path", "evidence"], rows)

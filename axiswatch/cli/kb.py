"""``axiswatch kb``: check the knowledge pack and show its entries."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import click

from axiswatch.errors import AxiswatchError


@click.group()
def kb() -> None:
    """Check the knowledge pack, show an actor, place or facility."""


@kb.command("check")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="A pack directory (with actors/ and places/); default: shipped.")
def check(strict: bool, data_dir: Path | None) -> None:
    """Validate the pack: ids, aliases, links, coordinates, country codes, sources."""
    from axiswatch.kb.check import check_pack
    from axiswatch.kb.pack import DATA_DIR, build_pack, pack_files, read_entries

    data_dir = data_dir or DATA_DIR
    problems = check_pack(data_dir)
    entries, _ = read_entries(data_dir)
    pack = build_pack(entries)
    for problem in problems:
        click.echo(str(problem))
    errors = [str(p) for p in problems if p.severity == "error" or strict]
    ontology_note = _check_ontology()
    if ontology_note.startswith("error"):
        errors.append(ontology_note)
    types = Counter(e.type for e in pack.entries.values())
    n_alias = sum(1 + len(e.all_aliases()) for e in pack.entries.values())
    click.echo(f"pack: {len(pack_files(data_dir))} files in {data_dir}")
    click.echo(f"entries: {len(pack.entries)} ("
               + ", ".join(f"{t} {n}" for t, n in sorted(types.items())) + ")")
    click.echo(f"aliases: {n_alias}; relations: {len(pack.relations)}")
    click.echo(ontology_note)
    warnings = sum(p.severity == "warning" for p in problems)
    if errors:
        click.echo(f"FAILED: {len(errors)} error(s), {warnings} warning(s)")
        sys.exit(1)
    click.echo(f"OK: 0 errors, {warnings} warning(s)")


def _check_ontology() -> str:
    if importlib.util.find_spec("axiswatch.kb.ontology") is None:
        return "ontology: not present (axiswatch/kb/ontology.py), skipped"
    try:
        from axiswatch.kb.ontology import load_ontology  # type: ignore[import-not-found,unused-ignore]

        ontology = load_ontology()
    except AxiswatchError as exc:
        return f"error: ontology: {exc}"
    except Exception as exc:  # any failure to load is a failed check
        return f"error: ontology: {type(exc).__name__}: {exc}"
    return f"ontology: loaded ({type(ontology).__name__})"


@kb.command("show")
@click.argument("name", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the entry and its links as JSON.")
def show(name: tuple[str, ...], as_json: bool) -> None:
    """Print an entry by id or any alias (fuzzy fallback), with its links both ways."""
    from axiswatch.kb import load_pack

    pack = load_pack()
    query = " ".join(name)
    ids = [query] if query in pack.entries else pack.lookup(query)
    how = "id" if query in pack.entries else "alias"
    if not ids:
        found = pack.match(query, min_score=80)
        if found is None:
            raise AxiswatchError("AW301", f"no knowledge pack entry matches {query!r}")
        ids, how = [found[0]], f"fuzzy match, score {found[1]:.0f}"
    if len(ids) > 1:
        click.echo(f"{query!r} is ambiguous: {', '.join(ids)}; showing {ids[0]}")
    entry = pack.entry(ids[0])
    if as_json:
        import json

        from axiswatch.model import to_dict

        data = entry.model_dump(by_alias=True, exclude_defaults=True)
        data["aliases"] = [a.text for a in entry.all_aliases()]
        data["relations"] = [to_dict(r) for r in pack.relations
                             if entry.id in (r.subject, r.object)]
        data["matched_by"] = how
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{entry.name}  [{entry.id}]  ({how})")
    click.echo(f"  type: {entry.type}" + (f"  country: {entry.country}" if entry.country else ""))
    if entry.title:
        click.echo(f"  role: {entry.title}")
    if entry.lat is not None:
        click.echo(f"  location: {entry.lat:.4f}, {entry.lon:.4f}  precision: {entry.precision}")
    for label, value in (("born", entry.born), ("died", entry.died),
                         ("active from", entry.active_from), ("active to", entry.active_to),
                         ("wikidata", entry.wikidata)):
        if value:
            click.echo(f"  {label}: {value}")
    aliases = [a.text + (" (exact case)" if a.exact_case else "") for a in entry.all_aliases()]
    if aliases:
        click.echo("  aliases: " + "; ".join(aliases))
    for des in entry.designations:
        years = f" {des.year}" if des.year else ""
        removed = f" (removed {des.removed})" if des.removed else ""
        click.echo(f"  designated: {des.list} by {des.by}{years}{removed}")
    out = [r for r in pack.relations if r.subject == entry.id]
    back = [r for r in pack.relations if r.object == entry.id]
    for r in out:
        click.echo(f"  -> {r.predicate} {_name(pack, r.object)}{_span(r.valid_from, r.valid_to)}"
                   + ("" if r.certainty == "confirmed" else f" [{r.certainty}]"))
    for r in back:
        click.echo(f"  <- {_name(pack, r.subject)} {r.predicate}{_span(r.valid_from, r.valid_to)}"
                   + ("" if r.certainty == "confirmed" else f" [{r.certainty}]"))
    if entry.note:
        click.echo(f"  note: {entry.note}")
    click.echo(f"  source: {entry.source}  (file {pack.files.get(entry.id, '?')})")


def _name(pack: object, entity_id: str) -> str:
    entries = getattr(pack, "entries", {})
    entry = entries.get(entity_id)
    return f"{entry.name} [{entity_id}]" if entry is not None else entity_id


def _span(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    return f" ({start or '?'} – {end or 'now'})"


@kb.command("sync")
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Copy the pack's entities, aliases and relations into the store (idempotent)."""
    from axiswatch.cli.common import open_store
    from axiswatch.kb import load_pack
    from axiswatch.store.entities import sync_pack

    pack = load_pack()
    with open_store(ctx) as store, store.begin() as conn:
        counts = sync_pack(conn, pack)
    click.echo(f"synced pack {pack.version}: {counts['entities']} entities, "
               f"{counts['aliases']} aliases, {counts['relations']} relations")


@kb.command("geocode")
@click.argument("phrase", nargs=-1, required=True)
@click.option("--country", "countries", multiple=True,
              help="ISO2 code of a country the text is about (repeatable).")
@click.option("--baseline", is_flag=True, help="Also print the naive GeoNames answer.")
def geocode(phrase: tuple[str, ...], countries: tuple[str, ...], baseline: bool) -> None:
    """Resolve a place name or location phrase ("west of Deir ez-Zor") offline."""
    from axiswatch.geo import load_geocoder

    geo = load_geocoder()
    text = " ".join(phrase)
    place = geo.resolve_phrase(text, countries=[c.upper() for c in countries])
    if place is None:
        raise AxiswatchError("AW301", f"no place found for {text!r}")
    click.echo(f"{place.name}  [{place.id}]  {place.lat:.4f}, {place.lon:.4f}  "
               f"country {place.country or '-'}  precision {place.precision}  ({place.source})")
    if baseline:
        naive = geo.baseline(text)
        click.echo("baseline: " + ("none" if naive is None else
                                   f"{naive.name} [{naive.id}] {naive.lat:.4f}, {naive.lon:.4f} "
                                   f"{naive.country}"))

"""A briefing as data: key takeaways by theatre, each footnoted to its sources.

:func:`build_briefing` reads the period's events, their sources and the
attribution chains of the groups they name; :func:`write_briefing` renders
Markdown and HTML (Jinja2, autoescaped) with a tempo chart, a map and, when
Chromium is installed, a PDF. A briefing holds the events whose stated date
lies within its period (an event dated only to a month appears in a briefing
of that whole month, not in a daily one). Every sentence comes from stored values; every
footnote names a stored source (publisher, title, date, URL or path, and the
evidence sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from axiswatch.analyze.select import Selection, select_events
from axiswatch.analyze.stats import compute_stats
from axiswatch.analyze.tempo import compare_windows
from axiswatch.errors import AxiswatchError
from axiswatch.report.wording import event_sentences, theatre_of, theatre_order

CONTEXT_DAYS = 30


@dataclass(slots=True)
class Footnote:
    """One source report behind a takeaway."""

    number: int
    source_id: str
    event_id: str
    publisher: str
    title: str
    published: str
    link: str
    evidence: str


@dataclass(slots=True)
class Takeaway:
    """One event as sentences, with the numbers of its footnotes."""

    number: int
    event_id: str
    theatre: str
    sentences: list[str]
    footnotes: list[int]
    type: str
    lat: float | None
    lon: float | None
    n_sources: int


@dataclass(slots=True)
class Briefing:
    """Everything a rendered briefing shows."""

    title: str
    date_from: date
    date_to: date
    selection: str
    generated: str
    theatres: list[tuple[str, list[Takeaway]]]
    footnotes: list[Footnote]
    figures: dict[str, Any]
    context_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def takeaways(self) -> list[Takeaway]:
        """Every takeaway in briefing order."""
        return [t for _, items in self.theatres for t in items]


def _within(event: dict[str, Any], start: date, end: date) -> bool:
    first, last = event.get("date_start"), event.get("date_end") or event.get("date_start")
    if not first:
        return False
    return start.isoformat() <= str(first)[:10] and str(last)[:10] <= end.isoformat()


def _title(start: date, end: date) -> str:
    if start == end:
        return f"Daily update: {start.day} {start:%B %Y}"
    return f"Update: {start.day} {start:%B %Y} to {end.day} {end:%B %Y}"


def build_briefing(conn: sa.Connection, date_from: date, date_to: date, *,
                   sel: Selection | None = None, now: datetime | None = None) -> Briefing:
    """The briefing for [date_from, date_to] (other filters from ``sel``)."""
    from axiswatch.fuse.run import attribution_chain
    from axiswatch.store.analytics import sources_of_events

    base = sel or Selection()
    period = Selection(date_from=date_from.isoformat(), date_to=date_to.isoformat(),
                       actor=base.actor, types=base.types, country=base.country)
    events, _info = select_events(conn, period)
    # only what the period contains: a report dated "in January" is no news of one day
    events = [e for e in events if _within(e, date_from, date_to)]
    context_sel = Selection(date_from=(date_from - timedelta(days=CONTEXT_DAYS)).isoformat(),
                            date_to=date_to.isoformat(), actor=base.actor, types=base.types,
                            country=base.country)
    context, _ = select_events(conn, context_sel)
    sources = sources_of_events(conn, [e["id"] for e in events])
    from axiswatch.export.data import entity_table

    entities = entity_table(conn)

    def name(entity_id: str) -> str:
        return str(entities.get(entity_id, {}).get("name") or entity_id)

    chains: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        for entity in [*(ev.get("claimed_by") or ()), *(ev.get("attributed_to") or ()),
                       *(ev.get("actors") or ())]:
            if entity not in chains:
                chains[entity] = attribution_chain(conn, entity)
    order = {name: i for i, name in enumerate(theatre_order())}
    ranked = sorted(events, key=lambda e: (order.get(theatre_of(e), 99), e.get("date_start")
                                           or "", -(e.get("n_sources") or 1), e["id"]))
    footnotes: list[Footnote] = []
    grouped: dict[str, list[Takeaway]] = {}
    for i, ev in enumerate(ranked, start=1):
        srcs = sources.get(ev["id"], [])
        stated = {k: [s[k] for s in srcs if s.get(k) is not None] for k in ("killed", "injured")}
        numbers = []
        for src in srcs:
            note = Footnote(
                number=len(footnotes) + 1, source_id=src["id"], event_id=ev["id"],
                publisher=src.get("publisher") or "unknown publisher",
                title=src.get("title") or "untitled", published=src.get("published") or "",
                link=src.get("url") or src.get("source_path") or f"document {src['doc_id']}",
                evidence=src.get("evidence") or "")
            footnotes.append(note)
            numbers.append(note.number)
        theatre = theatre_of(ev)
        grouped.setdefault(theatre, []).append(Takeaway(
            number=i, event_id=ev["id"], theatre=theatre,
            sentences=event_sentences(ev, name, chains, stated), footnotes=numbers,
            type=ev["type"], lat=ev.get("lat"), lon=ev.get("lon"),
            n_sources=ev.get("n_sources") or 1))
    theatres = [(t, grouped[t]) for t in theatre_order() if t in grouped]
    figures: dict[str, Any] = compute_stats(events, date_from=date_from, date_to=date_to,
                                            names={k: name(k) for k in entities})
    length = (date_to - date_from).days + 1
    before = (date_from - timedelta(days=length), date_from - timedelta(days=1))
    if length <= CONTEXT_DAYS:  # the context holds the preceding period of the same length
        figures["compare"] = compare_windows(context, before, (date_from, date_to))
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return Briefing(title=_title(date_from, date_to), date_from=date_from, date_to=date_to,
                    selection=period.describe(), generated=stamp, theatres=theatres,
                    footnotes=footnotes, figures=figures, context_events=context)


def write_briefing(briefing: Briefing, out_dir: Path, *, pdf: bool = True) -> dict[str, Path]:
    """Render ``briefing`` into ``out_dir``; the files written by kind."""
    from axiswatch.report.chart import write_chart
    from axiswatch.report.mapsvg import render_map
    from axiswatch.report.render import render_html, render_markdown

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".axiswatch-write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise AxiswatchError("AW505", f"{out_dir}: {exc.strerror or exc}") from exc
    written: dict[str, Path] = {}
    start = briefing.date_from - timedelta(days=CONTEXT_DAYS)
    png, svg = write_chart(briefing.context_events, start, briefing.date_to, out_dir,
                           highlight=(briefing.date_from, briefing.date_to))
    written["chart_png"], written["chart_svg"] = png, svg
    points = [{"lat": t.lat, "lon": t.lon, "type": t.type, "label": str(t.number),
               "title": t.sentences[0]} for t in briefing.takeaways]
    map_path = out_dir / "map.svg"
    map_path.write_text(render_map(points), encoding="utf-8")
    written["map"] = map_path
    md = out_dir / "briefing.md"
    md.write_text(render_markdown(briefing), encoding="utf-8")
    written["markdown"] = md
    html = out_dir / "briefing.html"
    html.write_text(render_html(briefing), encoding="utf-8")
    written["html"] = html
    if pdf:
        from axiswatch.report.pdf import chromium_path, html_to_pdf

        if chromium_path() is not None:
            written["pdf"] = html_to_pdf(html, out_dir / "briefing.pdf")
    return written

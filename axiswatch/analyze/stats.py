"""Figures over a selection of events: tempo, types, countries, actors, pauses.

``compute_stats`` is pure over event mappings; :func:`store_stats` reads them
from the store through :mod:`axiswatch.analyze.select`.

- ``by_day``/``by_week``: events dated to the day, per day (zeros included)
  and per ISO week, over the selected period (or the span of the events);
- ``daily_average``: events per day over that period;
- ``compare``: two windows' daily averages and a sentence
  ("daily average fell from 5.0 to 2.7 (-46%)");
- ``top_actors``: entities by the number of events they carried out, claimed
  or are held responsible for;
- ``longest_gap``: the longest run of days without an event;
  ``actor_pauses``: per top actor, its last claimed attack and the days since
  then (as of the end of the period);
- ``change_points``: see :mod:`axiswatch.analyze.tempo`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa

from axiswatch.analyze.select import Selection, parse_day, parse_windows, select_events
from axiswatch.analyze.tempo import (
    change_points,
    compare_windows,
    daily_average,
    daily_counts,
    day_of,
    longest_gap,
    weekly_counts,
)
from axiswatch.model import ACTOR_ROLES


def _top_actors(events: Sequence[Mapping[str, Any]], names: Mapping[str, str], top: int
                ) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    for ev in events:
        involved: set[str] = set()
        for name in ACTOR_ROLES:
            involved.update(ev.get(name) or ())
        counts.update(involved)
        claims.update(set(ev.get("claimed_by") or ()))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [{"id": k, "name": names.get(k, k), "events": n, "claimed": claims.get(k, 0)}
            for k, n in ranked]


def _pauses(events: Sequence[Mapping[str, Any]], actors: Sequence[str], as_of: date
            ) -> list[dict[str, Any]]:
    out = []
    for actor in actors:
        days = [d for d in (day_of(e) for e in events
                            if e["type"] == "attack" and actor in (e.get("claimed_by") or ()))
                if d is not None]
        last = max(days) if days else None
        out.append({"id": actor, "last_claimed_attack": last.isoformat() if last else None,
                    "days_since": (as_of - last).days if last else None})
    return out


def compute_stats(events: Sequence[Mapping[str, Any]], *, date_from: date | None = None,
                  date_to: date | None = None, compare: str | None = None,
                  names: Mapping[str, str] | None = None, top: int = 10) -> dict[str, Any]:
    """All figures for ``events`` over [date_from, date_to] (default: their span)."""
    names = names or {}
    days = [d for d in (day_of(e) for e in events) if d is not None]
    start = date_from or (min(days) if days else None)
    end = date_to or (max(days) if days else None)
    daily = daily_counts(events, start, end) if start and end else []
    top_actors = _top_actors(events, names, top)
    out: dict[str, Any] = {
        "events": len(events),
        "coarse": sum(1 for e in events if day_of(e) is None),
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "days": len(daily),
        "daily_average": round(daily_average(daily), 2),
        "by_type": dict(sorted(Counter(e["type"] for e in events).items())),
        "by_country": dict(sorted(Counter(e.get("country") or "??" for e in events).items())),
        "by_week": [{"week": w, "events": n} for w, n in weekly_counts(daily)],
        "by_day": [{"date": d.isoformat(), "events": n} for d, n in daily],
        "top_actors": top_actors,
        "longest_gap": longest_gap(days),
        "actor_pauses": _pauses(events, [a["id"] for a in top_actors], end) if end else [],
        "change_points": change_points(daily),
    }
    if compare:
        first, second = parse_windows(compare)
        out["compare"] = compare_windows(events, first, second)
    return out


def store_stats(conn: sa.Connection, sel: Selection, *, compare: str | None = None,
                top: int = 10) -> dict[str, Any]:
    """:func:`compute_stats` over the events the store holds for ``sel``."""
    from axiswatch.fuse.run import entity_names

    start, end = parse_day(sel.date_from, "--from"), parse_day(sel.date_to, "--to")
    events, info = select_events(conn, sel)
    if compare:
        first, second = parse_windows(compare)
        wider = Selection(date_from=min(first[0], second[0]).isoformat(),
                          date_to=max(first[1], second[1]).isoformat(), actor=sel.actor,
                          types=sel.types, country=sel.country)
        pool, _ = select_events(conn, wider)
    out = compute_stats(events, date_from=start, date_to=end, names=entity_names(conn), top=top)
    if compare:
        out["compare"] = compare_windows(pool, first, second)
    return {**info, **out}

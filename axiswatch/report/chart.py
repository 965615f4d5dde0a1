"""The tempo chart of a briefing: events per day by type (matplotlib, Agg backend).

Periods longer than ``WEEKLY_AFTER_DAYS`` are drawn per ISO week instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from axiswatch.analyze.tempo import day_of
from axiswatch.report.mapsvg import PALETTE

WEEKLY_AFTER_DAYS = 120  # longer periods are drawn as weekly bars


def daily_by_type(events: Sequence[Mapping[str, Any]], start: date, end: date
                  ) -> tuple[list[date], dict[str, list[int]]]:
    """Days from ``start`` to ``end`` and, per event type, the events on each day."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    counts: Counter[tuple[str, date]] = Counter()
    for ev in events:
        day = day_of(ev)
        if day is not None and start <= day <= end:
            counts[(ev["type"], day)] += 1
    types = sorted({t for t, _ in counts})
    return days, {t: [counts.get((t, d), 0) for d in days] for t in types}


def by_week(days: Sequence[date], series: Mapping[str, Sequence[int]]
            ) -> tuple[list[date], dict[str, list[int]]]:
    """Daily series summed into weeks starting on Monday (the weeks' first days, counts)."""
    weeks = sorted({d - timedelta(days=d.weekday()) for d in days})
    index = {w: i for i, w in enumerate(weeks)}
    out: dict[str, list[int]] = {}
    for etype, values in series.items():
        summed = [0] * len(weeks)
        for d, n in zip(days, values, strict=True):
            summed[index[d - timedelta(days=d.weekday())]] += n
        out[etype] = summed
    return weeks, out


def _num(day: date) -> float:
    """Matplotlib's date number (days since its 1970-01-01 epoch)."""
    return float((day - date(1970, 1, 1)).days)


def write_chart(events: Sequence[Mapping[str, Any]], start: date, end: date, out_dir: Path,
                *, highlight: tuple[date, date] | None = None) -> list[Path]:
    """Write ``tempo.png`` and ``tempo.svg`` into ``out_dir``; the paths written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    days, series = daily_by_type(events, start, end)
    weekly = len(days) > WEEKLY_AFTER_DAYS
    if weekly:
        days, series = by_week(days, series)
    xs = [_num(d) + (3 if weekly else 0) for d in days]
    fig, ax = plt.subplots(figsize=(7, 2.6), dpi=120)
    bottom = [0] * len(days)
    for etype, values in series.items():
        ax.bar(xs, values, bottom=bottom, color=PALETTE.get(etype, "#555555"), label=etype,
               width=6 if weekly else 0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    if highlight:
        ax.axvspan(_num(highlight[0]) - 0.5, _num(highlight[1]) + 0.5, color="#f1c40f",
                   alpha=0.2, lw=0)
    ax.set_ylabel("events per week" if weekly else "events per day")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
    ax.spines[["top", "right"]].set_visible(False)
    if series:
        ax.legend(fontsize=7, frameon=False, ncols=min(len(series), 5), loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "tempo.png", out_dir / "tempo.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None})
    plt.close(fig)
    return paths

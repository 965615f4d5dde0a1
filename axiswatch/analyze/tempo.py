"""Tempo of events: daily and weekly counts, averages, window comparisons, gaps, change points.

Pure functions over event mappings (``date_start``, ``date_precision`` as
from :func:`axiswatch.store.queries.select_events`). Only events dated to the
day enter the daily series; events dated to the month or year are counted
apart (``coarse``), since spreading them over days would invent a tempo.

Change points: binary segmentation of the daily series on a shift in the
mean. The best split of a segment is the one that most reduces the sum of
squared deviations; it is kept when that reduction exceeds
``penalty × variance × ln(n)`` (a BIC-like threshold on the series' variance),
and both halves are searched again (segments shorter than ``min_size`` days
are not split). Each change point reports the mean before and after.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise
from typing import Any


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def day_of(event: Mapping[str, Any]) -> date | None:
    """The day an event happened, when it is dated to the day."""
    if event.get("date_precision") not in (None, "day"):
        return None
    return _day(event.get("date_start")) or _day(event.get("date"))


def daily_counts(events: Iterable[Mapping[str, Any]], start: date, end: date
                 ) -> list[tuple[date, int]]:
    """Events per day for every day from ``start`` to ``end`` (zeros included)."""
    counts = Counter(d for d in (day_of(e) for e in events) if d is not None)
    n = (end - start).days + 1
    return [(start + timedelta(days=i), counts.get(start + timedelta(days=i), 0))
            for i in range(max(n, 0))]


def weekly_counts(daily: Sequence[tuple[date, int]]) -> list[tuple[str, int]]:
    """Events per ISO week (``2024-W05``), in order."""
    weeks: dict[str, int] = {}
    for day, n in daily:
        year, week, _ = day.isocalendar()
        key = f"{year}-W{week:02d}"
        weeks[key] = weeks.get(key, 0) + n
    return list(weeks.items())


def daily_average(daily: Sequence[tuple[date, int]]) -> float:
    """Mean events per day over the series (0 for an empty series)."""
    return sum(n for _, n in daily) / len(daily) if daily else 0.0


def compare_windows(events: Sequence[Mapping[str, Any]], first: tuple[date, date],
                    second: tuple[date, date]) -> dict[str, Any]:
    """Daily averages of two windows and a sentence saying how the second compares."""
    windows: list[dict[str, Any]] = []
    for start, end in (first, second):
        series = daily_counts(events, start, end)
        windows.append({"from": start.isoformat(), "to": end.isoformat(), "days": len(series),
                        "events": sum(n for _, n in series),
                        "daily_average": round(daily_average(series), 2)})
    a, b = float(str(windows[0]["daily_average"])), float(str(windows[1]["daily_average"]))
    if math.isclose(a, b, abs_tol=0.005):
        sentence = f"daily average unchanged at {a:.1f}"
        change = 0.0
    else:
        verb = "rose" if b > a else "fell"
        sentence = f"daily average {verb} from {a:.1f} to {b:.1f}"
        change = round((b - a) / a * 100, 1) if a else math.inf
        if a:
            sentence += f" ({change:+.0f}%)"
    return {"windows": windows, "change_percent": change, "sentence": sentence}


def longest_gap(days: Iterable[date]) -> dict[str, Any] | None:
    """The longest run of days with no event between two event days."""
    ordered = sorted(set(days))
    best: dict[str, Any] | None = None
    for prev, nxt in pairwise(ordered):
        gap = (nxt - prev).days - 1
        if gap > 0 and (best is None or gap > best["days"]):
            best = {"after": prev.isoformat(), "before": nxt.isoformat(), "days": gap}
    return best


def change_points(daily: Sequence[tuple[date, int]], *, penalty: float = 2.0,
                  min_size: int = 5) -> list[dict[str, Any]]:
    """Days where the daily mean shifts (binary segmentation; see the module docstring)."""
    values = [float(n) for _, n in daily]
    n = len(values)
    if n < 2 * min_size:
        return []
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / n
    if variance == 0:
        return []
    threshold = penalty * variance * math.log(n)
    found: list[int] = []

    def sse(lo: int, hi: int, s: list[float], s2: list[float]) -> float:
        total, sq, k = s[hi] - s[lo], s2[hi] - s2[lo], hi - lo
        return sq - total * total / k

    s = [0.0]
    s2 = [0.0]
    for v in values:
        s.append(s[-1] + v)
        s2.append(s2[-1] + v * v)

    def split(lo: int, hi: int) -> None:
        if hi - lo < 2 * min_size:
            return
        whole = sse(lo, hi, s, s2)
        best_gain, best_at = 0.0, -1
        for at in range(lo + min_size, hi - min_size + 1):
            gain = whole - sse(lo, at, s, s2) - sse(at, hi, s, s2)
            if gain > best_gain:
                best_gain, best_at = gain, at
        if best_at > 0 and best_gain > threshold:
            found.append(best_at)
            split(lo, best_at)
            split(best_at, hi)

    split(0, n)
    out = []
    bounds = [0, *sorted(found), n]
    for i, at in enumerate(sorted(found), start=1):
        before = values[bounds[i - 1]:at]
        after = values[at:bounds[i + 1]]
        out.append({"date": daily[at][0].isoformat(),
                    "mean_before": round(sum(before) / len(before), 2),
                    "mean_after": round(sum(after) / len(after), 2)})
    return out

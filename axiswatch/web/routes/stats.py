"""Counts of the events matching a filter: total, by type, by country, per day."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from axiswatch.store.queries import count_events, timeline_counts
from axiswatch.web.params import FilterParams

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats")
def stats(request: Request, filters: Annotated[FilterParams, Depends()]) -> dict[str, Any]:
    """Totals of the events matching the filters, by type and per day."""
    flt = filters.to_filter(request, limit=0)
    with request.app.state.store.connect() as conn:
        total = count_events(conn, flt)
        days = timeline_counts(conn, flt)
    by_type: Counter[str] = Counter()
    for row in days:
        by_type[row["type"]] += row["count"]
    n_days = len({row["date"] for row in days})
    return {"total": total, "by_type": dict(by_type.most_common()), "days": days,
            "active_days": n_days}

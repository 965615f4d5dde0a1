"""Synthetic fused events for load tests: realistic shapes, no real occurrences.

The generator streams batches of rows for the ``events`` and ``event_actors``
tables, so a million events never sit in memory at once. The distributions
imitate what the store holds in practice:

- dates over about three years, with a slowly rising tempo and short surges;
- points clustered around theatres (Iraq, Syria, Yemen and the Red Sea,
  Lebanon), each a weighted set of hotspots with a Gaussian spread;
- event types weighted towards attacks and strikes;
- actors drawn from the knowledge pack's groups and fronts with a Zipf-like
  skew (a few groups act in most events).

Everything is seeded, so two runs with the same arguments write the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from axiswatch.ids import digest

START = dt.date(2022, 1, 1)
DAYS = 3 * 365

# (country, lat, lon, spread in degrees, weight): hotspots where events cluster.
HOTSPOTS: tuple[tuple[str, float, float, float, float], ...] = (
    ("IQ", 33.31, 44.37, 0.25, 8.0),  # Baghdad
    ("IQ", 33.80, 42.44, 0.60, 5.0),  # western Anbar
    ("IQ", 36.19, 44.01, 0.20, 4.0),  # Erbil
    ("IQ", 30.51, 47.78, 0.30, 2.0),  # Basra
    ("IQ", 34.45, 41.05, 0.30, 2.0),  # the border crossing area
    ("SY", 35.33, 40.14, 0.40, 5.0),  # Deir ez-Zor
    ("SY", 34.45, 40.92, 0.20, 3.0),  # Albu Kamal
    ("SY", 33.51, 36.29, 0.25, 3.0),  # Damascus
    ("SY", 36.50, 40.75, 0.50, 2.0),  # Hasakah
    ("YE", 15.37, 44.19, 0.30, 4.0),  # Sanaa
    ("YE", 14.80, 42.95, 0.30, 4.0),  # Hodeidah coast
    ("YE", 14.50, 41.50, 1.20, 5.0),  # Red Sea shipping lanes
    ("YE", 12.60, 43.30, 0.60, 2.0),  # Bab el-Mandeb
    ("LB", 33.27, 35.40, 0.20, 6.0),  # south Lebanon
    ("LB", 33.85, 35.50, 0.10, 2.0),  # Beirut's southern suburbs
    ("LB", 34.00, 36.20, 0.30, 1.0),  # Bekaa valley
)
TYPE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("attack", 35), ("strike", 20), ("statement", 10), ("killing", 7), ("arrest", 6),
    ("meeting", 6), ("transfer", 5), ("protest", 5), ("plot", 3), ("sanction", 3),
)
CERTAINTY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("reported", 45), ("claimed", 25), ("confirmed", 15), ("assessed", 10), ("alleged", 5),
)
PRECISIONS = (("town", 55), ("province", 20), ("facility", 15), ("country", 10))


@dataclass(frozen=True, slots=True)
class Batch:
    """One batch of rows: events and the actor index that goes with them."""

    events: list[dict[str, Any]]
    event_actors: list[dict[str, Any]]


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _day(rng: random.Random) -> dt.date:
    """A day over the three years, tempo rising with time and in short surges."""
    while True:
        offset = int(DAYS * math.sqrt(rng.random()))  # density grows linearly with time
        surge = 1.0 + 2.0 * (math.sin(offset / 37.0) > 0.92)
        if rng.random() < surge / 3.0:
            return START + dt.timedelta(days=min(offset, DAYS - 1))


def _actor_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) ** 1.1 for rank in range(n)]


def pack_actor_ids() -> list[str]:
    """The knowledge pack's groups, fronts and state bodies: the actors events are given."""
    try:
        from axiswatch.kb import load_pack
    except ImportError:  # the package may not re-export it
        from axiswatch.kb.pack import load_pack

    pack = load_pack()
    wanted = ("armed_group", "front_group", "coalition", "state_body")
    ids = sorted(e.id for e in pack.entities.values() if e.type in wanted)
    if not ids:
        raise ValueError("the knowledge pack has no groups to draw actors from")
    return ids


def generate(
    n: int, actor_ids: Sequence[str], *, batch_size: int = 5000, seed: int = 7
) -> Iterator[Batch]:
    """``n`` synthetic events in batches of ``batch_size`` (deterministic for a ``seed``)."""
    if not actor_ids:
        raise ValueError("need at least one actor id")
    rng = random.Random(seed)
    weights = _actor_weights(len(actor_ids))
    order = list(actor_ids)
    rng.shuffle(order)
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    hotspot_weights = [h[4] for h in HOTSPOTS]
    for first in range(0, n, batch_size):
        events: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for i in range(first, min(n, first + batch_size)):
            spot = rng.choices(range(len(HOTSPOTS)), weights=hotspot_weights)[0]
            country, lat, lon, spread, _weight = HOTSPOTS[spot]
            kind = _weighted(rng, TYPE_WEIGHTS)
            day = _day(rng)
            monthly = rng.random() < 0.08
            start = day.replace(day=1) if monthly else day
            if monthly:
                nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
                end = nxt - dt.timedelta(days=1)
            else:
                end = day
            n_actors = 1 if rng.random() < 0.8 else 2
            actors = sorted(set(rng.choices(order, weights=weights, k=n_actors)))
            certainty = _weighted(rng, CERTAINTY_WEIGHTS)
            claimed = actors[:1] if certainty == "claimed" else []
            attributed = actors[:1] if certainty in ("assessed", "alleged") else []
            event_id = "ev-" + digest("synthetic", seed, i)
            events.append({
                "id": event_id,
                "type": kind,
                "subtype": None,
                "date": start.isoformat()[:7] if monthly else start.isoformat(),
                "date_precision": "month" if monthly else "day",
                "date_start": start,
                "date_end": end,
                "location": None,
                "location_name": f"{country} hotspot {spot + 1}",
                "country": country,
                "lat": round(rng.gauss(lat, spread), 5),
                "lon": round(rng.gauss(lon, spread), 5),
                "geo_precision": _weighted(rng, PRECISIONS),
                "actors": actors,
                "claimed_by": claimed,
                "attributed_to": attributed,
                "target": None,
                "target_actors": [],
                "weapon": None,
                "killed": rng.choice((None, None, None, 0, 1, 2, 5)),
                "injured": rng.choice((None, None, 0, 1, 3)),
                "certainty": certainty,
                "n_sources": 1 + int(rng.expovariate(1.5)),
                "summary": f"synthetic {kind} event {i}",
                "fusion": None,
                "status": "extracted",
                "updated_at": now,
            })
            roles = {("actor", a) for a in actors}
            roles |= {("claimed_by", a) for a in claimed}
            roles |= {("attributed_to", a) for a in attributed}
            links.extend(
                {"event_id": event_id, "entity_id": a, "role": r} for r, a in sorted(roles)
            )
        yield Batch(events, links)

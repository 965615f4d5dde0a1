"""Store benchmark: ingest rate, query latency and peak memory at 10k–1M events.

For each backend and size a child process gets a fresh store, streams the
synthetic events of :mod:`axiswatch.scale.synth` into it in batches, then
times the page's queries through :mod:`axiswatch.store.queries`:

- ``map``: a box around a hotspot, a 30-day window and one or two types
  (``event_geojson``, up to 1,000 points);
- ``timeline``: counts per day and type over 180 days in one country
  (``timeline_counts``);
- ``actor``: the newest 100 events of one actor (``select_events``);
- ``list``: the newest 100 events in a 7-day window (``select_events``).

Each query runs a few times to warm up, then ``repeats`` times with seeded
random parameters; p50 and p95 are reported. The child's peak resident
memory (``ru_maxrss``) shows whether ingest stays flat as the size grows.

PostgreSQL runs on a private, throw-away server (``axiswatch.scale.pgserver``).

Run: ``axiswatch bench --suite store --sizes 10000,100000`` or
``python bench/store.py --sizes 10000``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BATCH = 5000
QUERY_KINDS = ("map", "timeline", "actor", "list")


def _percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child(url: str, size: int, repeats: int, seed: int) -> dict[str, Any]:
    """Fill a fresh store at ``url`` with ``size`` events and time the queries (in a child)."""
    import sqlalchemy as sa

    from axiswatch.scale.synth import HOTSPOTS, generate, pack_actor_ids
    from axiswatch.store import Store
    from axiswatch.store.queries import EventFilter, event_geojson, select_events, timeline_counts
    from axiswatch.store.schema import event_actors, events

    actor_ids = pack_actor_ids()
    rss_start = _peak_rss_mb()
    with Store(url) as store:
        gen_s = write_s = 0.0
        t0 = time.perf_counter()
        batches = generate(size, actor_ids, batch_size=BATCH, seed=seed)
        while True:
            g0 = time.perf_counter()
            batch = next(batches, None)
            gen_s += time.perf_counter() - g0
            if batch is None:
                break
            w0 = time.perf_counter()
            with store.begin() as conn:
                conn.execute(events.insert(), batch.events)
                conn.execute(event_actors.insert(), batch.event_actors)
            write_s += time.perf_counter() - w0
        if store.dialect == "postgresql":  # what autovacuum does after a bulk load
            with store.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        else:
            with store.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        ingest_s = time.perf_counter() - t0
        rss_ingest = _peak_rss_mb()

        rng = random.Random(seed + 1)
        start = dt.date(2022, 1, 1)

        def a_day(span: int) -> dt.date:
            return start + dt.timedelta(days=rng.randrange(3 * 365 - span))

        def map_query(conn: sa.Connection) -> int:
            _c, lat, lon, _s, _w = rng.choice(HOTSPOTS)
            d = a_day(30)
            types = tuple(rng.sample(("attack", "strike", "killing"), rng.choice((1, 2))))
            flt = EventFilter(bbox=(lon - 1.5, lat - 1.5, lon + 1.5, lat + 1.5), date_from=d,
                              date_to=d + dt.timedelta(days=30), types=types, limit=1000)
            return len(event_geojson(conn, flt)["features"])

        def timeline_query(conn: sa.Connection) -> int:
            d = a_day(180)
            country = rng.choice(("IQ", "SY", "YE", "LB"))
            flt = EventFilter(date_from=d, date_to=d + dt.timedelta(days=180), country=country)
            return sum(r["count"] for r in timeline_counts(conn, flt))

        def actor_query(conn: sa.Connection) -> int:
            flt = EventFilter(actors=(rng.choice(actor_ids),), limit=100)
            return len(select_events(conn, flt))

        def list_query(conn: sa.Connection) -> int:
            d = a_day(7)
            flt = EventFilter(date_from=d, date_to=d + dt.timedelta(days=7), limit=100)
            return len(select_events(conn, flt))

        kinds: dict[str, Callable[[sa.Connection], int]] = {
            "map": map_query, "timeline": timeline_query, "actor": actor_query,
            "list": list_query,
        }
        queries: dict[str, dict[str, float]] = {}
        with store.connect() as conn:
            for name, fn in kinds.items():
                for _ in range(3):
                    fn(conn)
                times, rows = [], []
                for _ in range(repeats):
                    q0 = time.perf_counter()
                    rows.append(fn(conn))
                    times.append((time.perf_counter() - q0) * 1000.0)
                queries[name] = {
                    "p50_ms": round(statistics.median(times), 2),
                    "p95_ms": round(_percentile(times, 0.95), 2),
                    "max_ms": round(max(times), 2),
                    "rows_mean": round(statistics.fmean(rows), 1),
                }
            count = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        dialect = store.dialect
    return {
        "backend": dialect,
        "size": size,
        "stored": int(count),
        "ingest_s": round(ingest_s, 2),
        "ingest_rate": round(size / ingest_s, 1),
        "generate_s": round(gen_s, 2),
        "write_s": round(write_s, 2),
        "write_rate": round(size / write_s, 1) if write_s else None,
        "queries": queries,
        "repeats": repeats,
        "rss_start_mb": round(rss_start, 1),
        "rss_after_ingest_mb": round(rss_ingest, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _run_child(url: str, size: int, repeats: int, seed: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", url, "--sizes", str(size),
           "--repeats", str(repeats), "--seed", str(seed)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"store benchmark child failed for {size} events:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(
    *,
    sizes: Sequence[int] = (10_000, 100_000),
    backends: Sequence[str] = ("sqlite", "postgresql"),
    repeats: int = 40,
    seed: int = 7,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Benchmark every backend at every size; one child process per (backend, size)."""
    say = progress or (lambda _msg: None)
    results: list[dict[str, Any]] = []
    unknown = set(backends) - {"sqlite", "postgresql"}
    if unknown:
        raise ValueError(f"unknown backend(s): {', '.join(sorted(unknown))}")
    meta: dict[str, Any] = {
        "suite": "store",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "batch": BATCH,
    }
    with tempfile.TemporaryDirectory(prefix="axiswatch-bench-") as tmp:
        if "sqlite" in backends:
            for size in sizes:
                say(f"store: sqlite, {size:,} events")
                url = f"sqlite:///{Path(tmp) / f'bench-{size}.db'}"
                results.append(_run_child(url, size, repeats, seed))
                for suffix in ("", "-wal", "-shm"):
                    Path(tmp, f"bench-{size}.db{suffix}").unlink(missing_ok=True)
        if "postgresql" in backends:
            from axiswatch.scale.pgserver import PostgresServer

            with PostgresServer() as server:
                meta["postgresql"] = server.bindir.parent.name
                for size in sizes:
                    say(f"store: postgresql, {size:,} events")
                    name, url = server.new_database()
                    try:
                        results.append(_run_child(url, size, repeats, seed))
                    finally:
                        server.drop_database(name)
    return {**meta, "results": results}


def merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Figures of an earlier run with a new run's added; a (backend, size) measured again wins."""
    rows = {(r["backend"], r["size"]): r for r in old.get("results", [])}
    rows.update({(r["backend"], r["size"]): r for r in new["results"]})
    return {**new, "results": [rows[k] for k in sorted(rows)]}


def summarize(result: dict[str, Any]) -> str:
    """A Markdown table of one run: size × backend × ingest × query p50/p95 × peak RSS."""
    head = ("| events | backend | ingest ev/s | " + " | ".join(
        f"{k} p50/p95 ms" for k in QUERY_KINDS) + " | peak RSS MB |")
    lines = [head, "|" + "---|" * (4 + len(QUERY_KINDS))]
    for r in sorted(result["results"], key=lambda r: (r["size"], r["backend"])):
        cells = [f"{r['size']:,}", r["backend"], f"{r['ingest_rate']:,.0f}"]
        for k in QUERY_KINDS:
            q = r["queries"][k]
            cells.append(f"{q['p50_ms']:.1f} / {q['p95_ms']:.1f}")
        cells.append(f"{r['peak_rss_mb']:.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    by_backend: dict[str, list[dict[str, Any]]] = {}
    for r in result["results"]:
        by_backend.setdefault(r["backend"], []).append(r)
    notes = []
    for backend, rows in sorted(by_backend.items()):
        rows.sort(key=lambda r: r["size"])
        if len(rows) >= 2:
            small, big = rows[-2], rows[-1]
            notes.append(
                f"- {backend}: peak RSS {small['peak_rss_mb']:.0f} MB at {small['size']:,} → "
                f"{big['peak_rss_mb']:.0f} MB at {big['size']:,} "
                f"(×{big['peak_rss_mb'] / small['peak_rss_mb']:.2f} for ×"
                f"{big['size'] / small['size']:.0f} events)"
            )
        worst = max(rows[-1]["queries"][k]["p95_ms"] for k in QUERY_KINDS)
        notes.append(f"- {backend}: worst p95 at {rows[-1]['size']:,} events: {worst:.1f} ms "
                     f"(target < 100 ms)")
    return "\n".join([*lines, "", *notes]) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--backend", default="sqlite,postgresql")
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.child:
        print(json.dumps(_child(args.child, sizes[0], args.repeats, args.seed)))
        return
    result = run(sizes=sizes, backends=args.backend.split(","), repeats=args.repeats,
                 seed=args.seed, progress=lambda m: print(m, file=sys.stderr))
    print(json.dumps(result, indent=2))
    print(summarize(result), file=sys.stderr)


if __name__ == "__main__":
    main()

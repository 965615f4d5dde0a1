"""Web benchmark: first render of the map page and API latency over a generated store.

A fresh SQLite store is filled with ``size`` synthetic events
(:mod:`axiswatch.scale.synth`, default 100,000) and a small baseline store
with ``baseline_size`` events (default 1,000); each is served by uvicorn on a
free 127.0.0.1 port and measured the same way:

- ``first_render_s``: headless Chromium opens ``/`` with no filter; seconds
  from navigation start until the map has drawn every matching event (as
  markers clustered in the browser up to 20,000 events, beyond that as the
  server's counts per grid cell), read from the page's ``performance`` marks;
  ``page_ready_s`` until the list, the timeline and the basemap are drawn
  too; medians of ``renders`` loads in fresh contexts;
- ``api``: p50/p95 of a filtered list query (box, 30 days, one or two types,
  50 rows) and of the filtered map GeoJSON, against ``/api/meta`` (no store
  work) measured in the same run.

Ratios: big store / baseline store for the render; query / ``/api/meta`` for
the API. Results go to ``bench/results/web.json``.

Run: ``python bench/web.py`` or ``axiswatch bench --suite web``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
RESULTS = Path(__file__).resolve().parent / "results" / "web.json"


def _percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _fill(url: str, size: int, seed: int) -> None:
    from axiswatch.scale.synth import generate, pack_actor_ids
    from axiswatch.store import Store
    from axiswatch.store.schema import event_actors, events

    with Store(url) as store:
        for batch in generate(size, pack_actor_ids(), batch_size=5000, seed=seed):
            with store.begin() as conn:
                conn.execute(events.insert(), batch.events)
                conn.execute(event_actors.insert(), batch.event_actors)
        with store.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


@contextmanager
def _serving(url: str) -> Iterator[str]:
    from axiswatch.store import Store
    from axiswatch.web.background import serve_in_thread

    with Store(url) as store, serve_in_thread(store) as base:
        yield base


_MARKS = "() => Object.fromEntries(performance.getEntriesByType('mark')" \
         ".reverse().map(m => [m.name, m.startTime / 1000]))"


def _render_times(base: str, renders: int) -> list[dict[str, float]]:
    """Seconds from navigation start to: the first markers drawn (``map_s``), the basemap,
    the timeline, and the whole page ready (``ready_s``), per load in a fresh context."""
    from playwright.sync_api import sync_playwright

    loads = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(renders):
            context = browser.new_context(viewport={"width": 1400, "height": 850})
            page = context.new_page()
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=yes]", timeout=120_000)
            page.wait_for_selector("#map[data-basemap=ready]", timeout=120_000)
            ready = time.perf_counter() - t0
            marks = page.evaluate(_MARKS)
            loads.append({"map_s": round(marks["axiswatch:markers"], 3),
                          "basemap_s": round(marks["axiswatch:basemap"], 3),
                          "timeline_s": round(marks["axiswatch:timeline"], 3),
                          "ready_s": round(ready, 3),
                          "mode": page.get_attribute("#map", "data-mode") or ""})
            context.close()
        browser.close()
    return loads


def _api_times(base: str, repeats: int, seed: int) -> dict[str, dict[str, float]]:
    import httpx

    from axiswatch.scale.synth import HOTSPOTS

    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)

    def filtered() -> dict[str, Any]:
        _c, lat, lon, _s, _w = rng.choice(HOTSPOTS)
        d = start + dt.timedelta(days=rng.randrange(3 * 365 - 30))
        return {"bbox": f"{lon - 1.5},{lat - 1.5},{lon + 1.5},{lat + 1.5}",
                "date_from": d.isoformat(), "date_to": (d + dt.timedelta(days=30)).isoformat(),
                "type": rng.sample(["attack", "strike", "killing"], rng.choice((1, 2)))}

    kinds: dict[str, Callable[[], tuple[str, dict[str, Any]]]] = {
        "meta": lambda: ("/api/meta", {}),
        "events": lambda: ("/api/events", {**filtered(), "limit": 50}),
        "geojson": lambda: ("/api/events.geojson", filtered()),
        "grid": lambda: ("/api/events.grid", {**filtered(), "zoom": 7}),
    }
    out: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, make in kinds.items():
            samples = []
            for i in range(repeats + 3):
                path, params = make()
                t0 = time.perf_counter()
                r = client.get(path, params=params)
                elapsed = time.perf_counter() - t0
                r.raise_for_status()
                if i >= 3:  # warm-up
                    samples.append(elapsed * 1000)
            out[name] = {"p50_ms": round(statistics.median(samples), 2),
                         "p95_ms": round(_percentile(samples, 0.95), 2)}
    return out


def run(*, size: int = 100_000, baseline_size: int = 1_000, renders: int = 3,
        repeats: int = 40, seed: int = 7,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Measure the big store against the baseline store; the result as a dict."""
    say = progress or (lambda _msg: None)
    stores: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="axiswatch-web-bench-") as tmp:
        for label, n in (("baseline", baseline_size), ("store", size)):
            url = f"sqlite:///{Path(tmp) / f'{label}.db'}"
            say(f"web: generating {n:,} events")
            t0 = time.perf_counter()
            _fill(url, n, seed)
            fill_s = time.perf_counter() - t0
            with _serving(url) as base:
                say(f"web: rendering the map over {n:,} events")
                render = _render_times(base, renders)
                api = _api_times(base, repeats, seed)
            stores[label] = {
                "events": n, "fill_s": round(fill_s, 1),
                "first_render_s": statistics.median(r["map_s"] for r in render),
                "page_ready_s": statistics.median(r["ready_s"] for r in render),
                "map_mode": render[0]["mode"], "loads": render, "api": api}
    big, small = stores["store"], stores["baseline"]
    meta_p95 = big["api"]["meta"]["p95_ms"] or 1e-9
    return {
        "suite": "web",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "stores": stores,
        "ratios": {
            "first_render_vs_baseline": round(big["first_render_s"] / small["first_render_s"], 2),
            "events_p95_vs_meta": round(big["api"]["events"]["p95_ms"] / meta_p95, 2),
            "geojson_p95_vs_meta": round(big["api"]["geojson"]["p95_ms"] / meta_p95, 2),
        },
        "targets": {"first_render_s": 2.0},
    }


def summarize(result: dict[str, Any]) -> str:
    """A Markdown table of the figures."""
    lines = ["| store | events | map drawn (s) | page ready (s) | list p95 (ms) "
             "| map GeoJSON p95 (ms) | /api/meta p95 (ms) |", "|---|---|---|---|---|---|---|"]
    for label, s in result["stores"].items():
        a = s["api"]
        lines.append(f"| {label} | {s['events']:,} | {s['first_render_s']} | "
                     f"{s['page_ready_s']} | "
                     f"{a['events']['p95_ms']} | {a['geojson']['p95_ms']} | "
                     f"{a['meta']['p95_ms']} |")
    r = result["ratios"]
    lines.append("")
    lines.append(f"First render vs baseline store: {r['first_render_vs_baseline']}x; "
                 f"filtered list p95 vs /api/meta: {r['events_p95_vs_meta']}x.")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--baseline-size", type=int, default=1_000)
    parser.add_argument("--renders", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args(argv)
    result = run(size=args.size, baseline_size=args.baseline_size, renders=args.renders,
                 repeats=args.repeats, progress=lambda m: print(m, file=sys.stderr))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(summarize(result))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())

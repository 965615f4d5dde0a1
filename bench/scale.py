"""Cluster extraction throughput: Dask on 1 and 2 workers against bare spaCy, same run.

The texts are the ~700-word articles that ``bench/extraction.py`` builds at
run time from the reports in ``../shared/corpus``. On the same texts it measures:

- the bare ``en_core_web_sm`` pipeline (``nlp.pipe``) on 1 and 2 processes;
- ``run_extraction`` on a ``LocalCluster`` of 1 and 2 workers, from documents
  in a fresh SQLite store to extractions saved in it (the cluster is started
  and the extractor loaded before the clock starts: startup is reported apart);
- the same extractor in this process without a cluster (``bench/extraction.py``'s
  end-to-end run), to tell the cluster's overhead from the extractor's cost.

It reports words/s, the ratio cluster / bare spaCy for the same number of
processes (target ≥ 0.6) and the speed-up from 1 to 2 workers.

Run: ``axiswatch bench --suite scale`` or ``python bench/scale.py --articles 40``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 0.6


def _extraction_module() -> ModuleType:
    """``bench/extraction.py`` (its corpus builder and bare-spaCy timing)."""
    spec = importlib.util.spec_from_file_location("axiswatch_bench_extraction",
                                                  HERE / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _store_with(texts: Sequence[str], folder: Path) -> str:
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.store import Store

    docs = folder / "articles"
    docs.mkdir(parents=True)
    for i, text in enumerate(texts):
        (docs / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    with Store(url) as store:
        ingest_paths(store, [str(docs)], published="2024-08-26", progress=False)
    return url


def bench_cluster(texts: Sequence[str], workers: int, folder: Path) -> dict[str, Any]:
    """``run_extraction`` on a warm LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    from axiswatch.scale.dask_runner import LoadExtractor, run_extraction

    url = _store_with(texts, folder)
    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as cluster, \
            Client(cluster) as client:
        client.register_plugin(LoadExtractor())
        startup = time.perf_counter() - t0
        stats = run_extraction(url, scheduler=cluster.scheduler_address)
    return {
        "workers": workers,
        "startup_s": round(startup, 2),
        "seconds": stats["seconds"],
        "documents": stats["extracted"],
        "failed": stats["failed"],
        "events": stats["events"],
        "articles_per_s": stats["docs_per_s"],
        "words_per_s": stats["words_per_s"],
    }


def run(articles: int = 40, *, workers: Sequence[int] = (1, 2), rounds: int = 2,
        corpus_dir: Path | None = None,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Measure bare spaCy and the cluster on the same articles; the figures.

    Each configuration runs ``rounds`` times and keeps its best rate, which
    damps the noise of a shared machine.
    """
    say = progress or (lambda _m: None)
    ext = _extraction_module()
    corpus = corpus_dir or ext.DEFAULT_CORPUS
    texts = ext.build_articles(ext.paragraphs(corpus), articles)
    result: dict[str, Any] = {
        "suite": "scale",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "target_ratio": TARGET_RATIO,
        "spacy": {}, "dask": {}, "ratio": {},
    }
    def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
        return max(runs, key=lambda r: float(r["words_per_s"]))

    with tempfile.TemporaryDirectory(prefix="axiswatch-bench-") as tmp:
        say("scale: axiswatch in this process (no cluster)")
        local_runs = []
        for i in range(rounds):
            workdir = Path(tmp) / f"local{i}"
            workdir.mkdir()
            local_runs.append(ext.bench_axiswatch(texts, 1, workdir))
        result["local"] = best(local_runs)
        for n in workers:
            say(f"scale: bare spaCy on {n} process(es)")
            result["spacy"][str(n)] = best([ext.bench_spacy(texts, n) for _ in range(rounds)])
            say(f"scale: Dask on {n} worker(s)")
            result["dask"][str(n)] = best([bench_cluster(texts, n, Path(tmp) / f"w{n}-{i}")
                                           for i in range(rounds)])
            result["ratio"][str(n)] = round(result["dask"][str(n)]["words_per_s"]
                                            / result["spacy"][str(n)]["words_per_s"], 3)
        if "1" in result["dask"]:
            result["cluster_overhead_ratio"] = round(
                result["dask"]["1"]["words_per_s"] / result["local"]["words_per_s"], 3)
    if "1" in result["dask"] and len(workers) > 1:
        top = str(max(workers))
        result["speedup"] = round(result["dask"][top]["words_per_s"]
                                  / result["dask"]["1"]["words_per_s"], 3)
    return result


def summarize(result: dict[str, Any]) -> str:
    """A Markdown table: processes × bare spaCy × Dask × ratio."""
    lines = [f"{result['articles']} articles, {result['words']:,} words.", "",
             "| processes | bare spaCy words/s | Dask words/s | Dask articles/s | ratio |",
             "|---|---|---|---|---|"]
    for n in result["dask"]:
        s, d = result["spacy"][n], result["dask"][n]
        lines.append(f"| {n} | {s['words_per_s']:,.0f} | {d['words_per_s']:,.0f} | "
                     f"{d['articles_per_s']:.2f} | {result['ratio'][n]:.2f} |")
    if "local" in result:
        lines += ["", f"axiswatch in one process without a cluster (ingest included): "
                      f"{result['local']['words_per_s']:,.0f} words/s; Dask on 1 worker reaches "
                      f"×{result.get('cluster_overhead_ratio', 0):.2f} of it."]
    if "speedup" in result:
        lines += ["", f"Speed-up from 1 to {max(result['dask'], key=int)} workers: "
                      f"×{result['speedup']:.2f}; target ratio ≥ {result['target_ratio']}."]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args(argv)
    result = run(args.articles, workers=[int(w) for w in args.workers.split(",")],
                 progress=lambda m: print(m, file=sys.stderr))
    print(json.dumps(result, indent=2))
    print(summarize(result), file=sys.stderr)


if __name__ == "__main__":
    main()

"""Extraction throughput: axiswatch end to end against the bare spaCy pipeline, same run.

Builds a corpus of varied ~700-word articles at run time from the reports in
``../shared/corpus`` (their paragraphs shuffled with a fixed seed and
recombined, so no two articles are copies), then measures on the same texts:

- the bare ``en_core_web_sm`` pipeline (``nlp.pipe``), words/s and articles/s,
  on 1 and 2 processes;
- axiswatch end to end: ingest the files into a fresh SQLite store, extract,
  save the extractions; articles/s on 1 and 2 processes.

It prints the ratio end-to-end / bare (target ≥ 0.6) and writes the figures to
``bench/results/extraction.json``. Run ``python -m bench.extraction [--articles N]``;
``axiswatch bench`` calls :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "bench" / "results" / "extraction.json"
TARGET_RATIO = 0.6
ARTICLE_WORDS = 700
SEED = 20240826
MAX_PARAGRAPH_WORDS = 150
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def paragraphs(corpus_dir: Path) -> list[str]:
    """The non-trivial paragraphs of every report in ``corpus_dir``."""
    found: list[str] = []
    for path in sorted(corpus_dir.iterdir()):
        if not path.is_file() or path.suffix not in {".txt", ".md"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            found.extend(_chunks(" ".join(line.split())))
    if not found:
        raise SystemExit(f"no paragraphs found under {corpus_dir}")
    return found


def _chunks(paragraph: str, *, most: int = MAX_PARAGRAPH_WORDS) -> list[str]:
    """A paragraph of at least 12 words, cut at sentence ends into pieces of at most ``most``."""
    if len(_WORD.findall(paragraph)) < 12:
        return []
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for sentence in _SENTENCE_END.split(paragraph):
        n = len(_WORD.findall(sentence))
        if current and count + n > most:
            pieces.append(" ".join(current))
            current, count = [], 0
        current.append(sentence)
        count += n
    if current:
        pieces.append(" ".join(current))
    return pieces


def build_articles(paras: Sequence[str], n: int, *, words: int = ARTICLE_WORDS,
                   seed: int = SEED) -> list[str]:
    """``n`` distinct articles of about ``words`` words from shuffled paragraphs."""
    rng = random.Random(seed)
    articles: list[str] = []
    seen: set[str] = set()
    pool: list[str] = []
    attempts = 0
    while len(articles) < n:
        attempts += 1
        if attempts > n * 20:
            raise SystemExit("not enough distinct paragraphs to build the articles")
        parts: list[str] = []
        count = 0
        while count < words:
            if not pool:
                pool = list(paras)
                rng.shuffle(pool)
            para = pool.pop()
            parts.append(para)
            count += len(_WORD.findall(para))
        text = "\n\n".join(parts) + "\n"
        if text not in seen:
            seen.add(text)
            articles.append(text)
    return articles


def _word_count(texts: Sequence[str]) -> int:
    return sum(len(_WORD.findall(t)) for t in texts)


def bench_spacy(texts: Sequence[str], n_process: int) -> dict[str, float]:
    """The bare ``en_core_web_sm`` pipeline over ``texts``."""
    from axiswatch.eval.baseline import load_nlp

    nlp = load_nlp()
    nlp.pipe(["warm up."])
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=n_process, batch_size=8):
        pass
    seconds = time.perf_counter() - start
    return _rates(texts, seconds)


def _rates(texts: Sequence[str], seconds: float) -> dict[str, float]:
    return {
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(texts) / seconds, 3),
        "words_per_s": round(_word_count(texts) / seconds, 1),
    }


def bench_axiswatch(texts: Sequence[str], n_process: int, workdir: Path) -> dict[str, Any]:
    """Ingest → extract → store for ``texts`` written as files, in a fresh SQLite store."""
    from axiswatch.extract.pipeline import EXTRACTOR_VERSION, Extractor
    from axiswatch.ingest.pipeline import ingest_paths
    from axiswatch.store import Store
    from axiswatch.store.documents import iter_documents
    from axiswatch.store.extractions import save_extraction

    docs_dir = workdir / f"articles-{n_process}"
    docs_dir.mkdir()
    for i, text in enumerate(texts):
        (docs_dir / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    extractor = Extractor()
    store = Store(f"sqlite:///{workdir / f'bench-{n_process}.db'}")
    try:
        _warm(extractor)
        start = time.perf_counter()
        summary = ingest_paths(store, [str(docs_dir)], published="2024-08-26", progress=False)
        ingested = time.perf_counter()
        with store.connect() as conn:
            docs = list(iter_documents(conn, pending_for=EXTRACTOR_VERSION))
        events = 0
        for extraction in extractor.pipe(docs, n_process=n_process):
            events += len(extraction.events)
            with store.begin() as conn:
                save_extraction(conn, extraction)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    rates = _rates(texts, seconds)
    rates.update(
        {
            "ingest_seconds": round(ingested - start, 3),
            "documents": summary.new,
            "events": events,
        }
    )
    return rates


def _warm(extractor: Any) -> None:
    from axiswatch.model import Document

    extractor.extract(Document(id="warm-up", text="Warm up. Nothing happened.",
                               published="2024-01-01"))


def run(articles: int = 30, *, corpus_dir: Path | None = None, out: Path | None = DEFAULT_OUT,
        processes: Sequence[int] = (1, 2),
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Measure and return the figures (and write them to ``out`` unless it is None)."""
    say = progress or (lambda _msg: None)
    corpus = corpus_dir or DEFAULT_CORPUS
    texts = build_articles(paragraphs(corpus), articles)
    result: dict[str, Any] = {
        "benchmark": "extraction",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "articles": len(texts),
        "words": _word_count(texts),
        "corpus": str(corpus),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "target_ratio": TARGET_RATIO,
        "spacy": {},
        "axiswatch": {},
        "ratio": {},
    }
    with tempfile.TemporaryDirectory(prefix="axiswatch-bench-") as tmp:
        for n in processes:
            say(f"extraction: bare spaCy on {n} process(es)")
            result["spacy"][str(n)] = bench_spacy(texts, n)
            say(f"extraction: axiswatch end to end on {n} process(es)")
            result["axiswatch"][str(n)] = bench_axiswatch(texts, n, Path(tmp))
            result["ratio"][str(n)] = round(
                result["axiswatch"][str(n)]["articles_per_s"]
                / result["spacy"][str(n)]["articles_per_s"], 3)
    best = str(max(processes))
    result["headline"] = {
        "processes": int(best),
        "axiswatch_articles_per_s": result["axiswatch"][best]["articles_per_s"],
        "spacy_articles_per_s": result["spacy"][best]["articles_per_s"],
        "ratio": result["ratio"][best],
        "meets_target": result["ratio"][best] >= TARGET_RATIO,
    }
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def summary_lines(result: dict[str, Any]) -> list[str]:
    """The figures as a few readable lines."""
    lines = [f"extraction benchmark: {result['articles']} articles, {result['words']} words"]
    for n in result["spacy"]:
        s, a = result["spacy"][n], result["axiswatch"][n]
        lines.append(
            f"  {n} process(es): spaCy {s['words_per_s']:.0f} words/s "
            f"{s['articles_per_s']:.2f} articles/s | axiswatch end to end "
            f"{a['words_per_s']:.0f} words/s {a['articles_per_s']:.2f} articles/s | "
            f"ratio {result['ratio'][n]:.2f}"
        )
    h = result["headline"]
    verdict = "meets" if h["meets_target"] else "below"
    lines.append(f"  ratio on {h['processes']} process(es): {h['ratio']:.2f} "
                 f"({verdict} the {result['target_ratio']} target)")
    return lines


def summarize(result: dict[str, Any]) -> str:
    """The figures as Markdown, for ``bench/results/SUMMARY.md``."""
    rows = ["| processes | spaCy words/s | spaCy articles/s | axiswatch words/s "
            "| axiswatch articles/s | ratio |", "| --- | --- | --- | --- | --- | --- |"]
    for n in result["spacy"]:
        s, a = result["spacy"][n], result["axiswatch"][n]
        rows.append(f"| {n} | {s['words_per_s']:.0f} | {s['articles_per_s']:.2f} "
                    f"| {a['words_per_s']:.0f} | {a['articles_per_s']:.2f} "
                    f"| {result['ratio'][n]:.2f} |")
    h = result["headline"]
    verdict = "meets" if h["meets_target"] else "is below"
    return (f"{result['articles']} articles of about {ARTICLE_WORDS} words "
            f"({result['words']} words), built from the reports in `{result['corpus']}`; "
            "end to end is ingest → extract → store in a fresh SQLite file.\n\n"
            + "\n".join(rows)
            + f"\n\nOn {h['processes']} process(es) the ratio {h['ratio']:.2f} {verdict} "
            f"the target of {result['target_ratio']}.\n"
            + (f"\n{result['note']}\n" if result.get("note") else ""))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__)
    parser.add_argument("--articles", type=int, default=30, help="articles to build (30)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder of reports to build them from")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2],
                        help="process counts to measure (1 2)")
    args = parser.parse_args(argv)
    result = run(args.articles, corpus_dir=args.corpus, out=args.out, processes=args.processes)
    print("\n".join(summary_lines(result)))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()

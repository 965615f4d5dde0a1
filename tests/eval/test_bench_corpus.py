"""The extraction benchmark's corpus: distinct ~700-word articles, the same every run."""

from __future__ import annotations

from pathlib import Path

from axiswatch.scale.benchrun import load_module

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_articles_are_distinct_about_700_words_and_reproducible(corpus_dir: Path) -> None:
    bench = load_module(BENCH, "extraction")
    paras = bench.paragraphs(corpus_dir)
    assert all(12 <= len(p.split()) <= bench.MAX_PARAGRAPH_WORDS + 60 for p in paras)
    articles = bench.build_articles(paras, 12)
    assert len(set(articles)) == 12
    assert all(700 <= len(a.split()) <= 700 + bench.MAX_PARAGRAPH_WORDS + 60 for a in articles)
    assert bench.build_articles(paras, 12) == articles
    assert bench.build_articles(paras, 12, seed=1) != articles
    # built from every report, not copies of one file
    sources = [p.read_text(encoding="utf-8") for p in corpus_dir.glob("*.txt")]
    used = {i for a in articles for i, s in enumerate(sources)
            if any(par in " ".join(s.split()) for par in a.split("\n\n"))}
    assert len(used) == len(sources)


def test_summary_reports_the_ratio_against_the_target() -> None:
    bench = load_module(BENCH, "extraction")
    rates = {"seconds": 1.0, "articles_per_s": 2.0, "words_per_s": 1400.0}
    slow = {"seconds": 2.0, "articles_per_s": 1.0, "words_per_s": 700.0}
    result = {"articles": 2, "words": 1400, "corpus": "c", "target_ratio": 0.6,
              "spacy": {"2": rates}, "axiswatch": {"2": slow}, "ratio": {"2": 0.5},
              "headline": {"processes": 2, "ratio": 0.5, "meets_target": False}}
    text = bench.summarize(result)
    assert "| 2 | 1400 | 2.00 | 700 | 1.00 | 0.50 |" in text
    assert "is below the target of 0.6" in text

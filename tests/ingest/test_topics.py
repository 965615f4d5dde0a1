"""Article starts in bundles without headings: lead paragraphs after a change of vocabulary."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from axiswatch.ingest.normalize import normalize_text
from axiswatch.ingest.sections import detect_sections
from axiswatch.ingest.topics import MIN_ARTICLE, article_starts, is_lead_paragraph

VOCABULARY = {
    "shipping": "tanker vessel crew port cargo strait navy convoy insurer freighter harbor",
    "nurses": "nurse hospital wage strike ward patient clinic shift salary union doctor",
    "budget": "budget ministry revenue deficit tax parliament spending subsidy bond loan",
}
TOPICS = {name: words.split() for name, words in VOCABULARY.items()}


def article(topic: str, rng: random.Random, n: int = 8) -> list[str]:
    words = TOPICS[topic]
    lead = f"{words[0].capitalize()} and {' and '.join(rng.sample(words, 6))} were in the news."
    body = [  # only the topic's words and function words
        f"The {' and the '.join(rng.sample(words, 5))} were with the {rng.choice(words)}. "
        f"Then the {' and '.join(rng.sample(words, 4))} were at the {rng.choice(words)}."
        for _ in range(n - 1)
    ]
    return [lead, *body]


def test_bundle_of_articles_on_different_topics_is_split_at_their_leads() -> None:
    rng = random.Random(3)
    paragraphs = article("shipping", rng) + article("nurses", rng) + article("budget", rng)
    assert article_starts(paragraphs) == [8, 16]


def test_one_article_on_one_topic_is_not_split() -> None:
    rng = random.Random(5)
    assert article_starts(article("nurses", rng, n=24)) == []


def test_short_documents_are_not_split() -> None:
    rng = random.Random(1)
    paragraphs = article("shipping", rng, n=MIN_ARTICLE) + article("budget", rng, n=MIN_ARTICLE)
    assert article_starts(paragraphs) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Public outrage is mounting as workers across the country face arrests for protesting.",
     True),
    ("Israel and Hezbollah exchanged messages on Sunday signalling that neither seeks "
     "escalation, both said the clashes were “done.”", True),
    ("However, the ministry said the figures were wrong and would be revised next week.", False),
    ("He said the group would respond at a time of its choosing, according to the statement.",
     False),
    ("The group said it had fired drones. It gave no details. It said more would follow. "
     "Officials declined to comment.", False),  # four sentences: body text
    ("Arsenal overview", False),  # a sub-heading
    ("short.", False),
])
def test_is_lead_paragraph(paragraph: str, expected: bool) -> None:
    assert is_lead_paragraph(paragraph) is expected


def test_sections_of_the_shared_corpus_agree_with_its_gold(
    corpus_dir: Path, gold_path: Path
) -> None:
    """Every section found is a gold section with the gold date; most gold sections are found."""
    found_total = gold_total = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = normalize_text((corpus_dir / gold["doc"]).read_text(encoding="utf-8"))
        sections = detect_sections(text, gold["published"])
        expected = {normalize_text(s["heading"]): s["date"] for s in gold["sections"]}
        if len(expected) < 2:  # a single article: one title section at most
            assert len(sections) <= 1
            continue
        for section in sections:
            assert section.heading in expected, section.heading
            assert section.ref_date == expected[section.heading]
        found_total += len(sections)
        gold_total += len(expected)
    assert gold_total and found_total / gold_total >= 0.8

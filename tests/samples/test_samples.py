"""The shipped sample corpus: every file parses, metadata agrees, and the text is its own.

The reference corpus (``../shared/corpus``) is read at run time only, to prove
that no sample shares a run of eight consecutive words with it.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

NGRAM = 8
MIN_WORDS, MAX_WORDS = 150, 450
MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
          "November|December")
SECTION_HEADING = re.compile(
    rf"^(?P<name>[A-Z][A-Za-z ]+), (?P<date>(?:{MONTHS}) \d{{1,2}}, \d{{4}})$", re.MULTILINE)
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
SIDECAR = "sources.jsonl"
# Outlets whose names the fictional publishers must not borrow.
REAL_OUTLETS = ("reuters", "associated press", "afp", "agence france", "bbc", "al jazeera",
                "al arabiya", "jerusalem post", "iran international", "times of israel",
                "new york times", "washington post", "cnn", "wall street journal", "guardian",
                "axios", "al-monitor", "the national", "critical threats", "isw")


@dataclass(frozen=True, slots=True)
class Report:
    """One report of the sample corpus: where it came from, its text and date."""

    source: str
    title: str
    text: str
    published: date


# ---------------------------------------------------------------- helpers


def words(text: str) -> list[str]:
    """Lowercased word tokens with curly apostrophes and dashes folded."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return WORD.findall(text.lower())


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive tokens."""
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def shared_runs(a: str, b: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    """Runs of ``n`` consecutive words that occur in both texts."""
    return ngrams(words(a), n) & ngrams(words(b), n)


class _HTMLFacts(HTMLParser):
    """Title, meta properties, article text and the names of elements seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.tags: set[str] = set()
        self.article: list[str] = []
        self._in_title = False
        self._article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        attr = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attr.get("property") or attr.get("name")
            if key:
                self.meta[key] = attr.get("content", "")
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._article_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article_depth -= 1
        elif tag == "p" and self._article_depth:
            self.article.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._article_depth:
            self.article.append(data)


def parse_html(path: Path) -> _HTMLFacts:
    facts = _HTMLFacts()
    facts.feed(path.read_text(encoding="utf-8"))
    facts.close()
    return facts


def sidecar_rows(corpus: Path) -> list[dict[str, str]]:
    lines = (corpus / SIDECAR).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def iso_date(value: str) -> date:
    """A date or date-time in ISO 8601, as its date; raises ValueError otherwise."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


def feed_items(path: Path) -> list[ET.Element]:
    root = ET.parse(path).getroot()
    return root.findall("./channel/item")


def iter_reports(corpus: Path) -> Iterator[Report]:
    """Every report in the sample corpus, whatever its format."""
    meta = {row["file"]: row for row in sidecar_rows(corpus)}
    for path in sorted(corpus.iterdir()):
        if path.name == SIDECAR:
            continue
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            title = text.strip().splitlines()[0]
            yield Report(path.name, title, text, iso_date(meta[path.name]["published"]))
        elif path.suffix == ".html":
            facts = parse_html(path)
            yield Report(path.name, facts.title, "".join(facts.article),
                         iso_date(facts.meta["article:published_time"]))
        elif path.suffix == ".xml":
            for i, item in enumerate(feed_items(path)):
                published = parsedate_to_datetime(item.findtext("pubDate", "")).date()
                yield Report(f"{path.name}#{i}", item.findtext("title", ""),
                             item.findtext("description", ""), published)
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                rec = json.loads(line)
                yield Report(f"{path.name}#{i}", rec["title"], rec["text"],
                             iso_date(rec["published"]))


def heading_date(heading: str) -> date:
    """The date a section heading names."""
    match = SECTION_HEADING.match(heading)
    assert match, heading
    return datetime.strptime(match["date"], "%B %d, %Y").date()


def split_sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) for each dated section heading in a bundle."""
    marks = list(SECTION_HEADING.finditer(text))
    return [(m.group(0), text[m.end():marks[i + 1].start() if i + 1 < len(marks) else None])
            for i, m in enumerate(marks)]


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def reports(samples_dir: Path) -> list[Report]:
    return list(iter_reports(samples_dir))


@pytest.fixture(scope="module")
def reference_texts(corpus_dir: Path) -> dict[str, str]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus_dir.iterdir())
             if p.is_file()}
    assert any(name.endswith(".txt") for name in texts), f"no reports in {corpus_dir}"
    return texts


# ---------------------------------------------------------------- helpers work


@pytest.mark.parametrize(("a", "b", "shared"), [
    ("one two three four five six seven eight", "x one two three four five six seven eight y", 1),
    ("one two three four five six seven", "one two three four five six seven", 0),
    ("Kata\u2019ib Hezbollah said on Tuesday it would stop all attacks now",
     "kata'ib hezbollah said on tuesday it would stop", 1),
    ("a b c d e f g h", "a b c d e f g i", 0),
])
def test_shared_runs_counts_eight_word_runs(a: str, b: str, shared: int) -> None:
    assert len(shared_runs(a, b)) == shared


def test_overlap_check_catches_a_copied_sentence(reference_texts: dict[str, str]) -> None:
    """A positive control: a run lifted from the reference corpus is detected."""
    ref = next(t for n, t in reference_texts.items() if n.endswith(".txt"))
    lifted = " ".join(words(ref)[40:52])
    assert shared_runs(f"Our own opening words. {lifted} And our own ending.", ref)


def test_section_heading_pattern() -> None:
    text = "Axis Daily, February 2, 2024\nbody one\nAxis Daily, February 3, 2024\nbody two\n"
    assert [h for h, _ in split_sections(text)] == ["Axis Daily, February 2, 2024",
                                                    "Axis Daily, February 3, 2024"]
    assert split_sections("Published on February 2, 2024 in Baghdad.") == []


# ---------------------------------------------------------------- the corpus


def test_every_file_is_utf8_and_clean(samples_dir: Path) -> None:
    files = [p for p in samples_dir.iterdir() if p.is_file()]
    assert files
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: byte-order mark"
        text = raw.decode("utf-8")
        bad = {c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"}
        assert not bad, f"{path.name}: control characters {bad!r}"
        assert path.suffix in {".txt", ".html", ".xml", ".jsonl", ".pdf"}, path.name


def test_sidecar_names_every_text_file_and_only_existing_files(samples_dir: Path) -> None:
    rows = sidecar_rows(samples_dir)
    named = [row["file"] for row in rows]
    assert len(named) == len(set(named)), "a file is listed twice in sources.jsonl"
    on_disk = {p.name for p in samples_dir.iterdir() if p.suffix in {".txt", ".pdf"}}
    assert set(named) == on_disk
    for row in rows:
        assert set(row) >= {"file", "publisher", "published", "language"}, row
        assert row["language"] == "en"
        assert row["publisher"].strip()
        assert date.fromisoformat(row["published"]).isoformat() == row["published"]


def test_jsonl_records(samples_dir: Path) -> None:
    files = sorted(samples_dir.glob("*.jsonl"))
    files = [p for p in files if p.name != SIDECAR]
    assert files, "no JSON Lines file of records"
    for path in files:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(records) >= 2, path.name
        for rec in records:
            assert set(rec) == {"url", "title", "publisher", "published", "text"}, rec.keys()
            assert rec["url"].startswith("https://example.org/"), rec["url"]
            assert rec["title"].strip() and rec["text"].strip() and rec["publisher"].strip()
            iso_date(rec["published"])


def test_feed_is_rss_with_dated_items(samples_dir: Path) -> None:
    feeds = sorted(samples_dir.glob("*.xml"))
    assert feeds, "no feed file"
    for path in feeds:
        root = ET.parse(path).getroot()
        assert root.tag == "rss" and root.get("version") == "2.0", path.name
        items = feed_items(path)
        assert 2 <= len(items) <= 3, path.name
        for item in items:
            assert item.findtext("link", "").startswith("https://example.org/")
            assert item.findtext("title", "").strip()
            assert parsedate_to_datetime(item.findtext("pubDate", "")).tzinfo is not None


def test_html_page_has_metadata_and_boilerplate(samples_dir: Path) -> None:
    pages = sorted(samples_dir.glob("*.html"))
    assert pages, "no HTML page"
    for path in pages:
        facts = parse_html(path)
        assert facts.title.strip(), path.name
        assert facts.meta.get("og:site_name", "").strip(), path.name
        iso_date(facts.meta["article:published_time"])
        assert {"nav", "footer", "article"} <= facts.tags, path.name
        assert len(words("".join(facts.article))) >= MIN_WORDS


def test_bundle_has_two_dated_sections(samples_dir: Path) -> None:
    bundles = {}
    for path in sorted(samples_dir.glob("*.txt")):
        sections = split_sections(path.read_text(encoding="utf-8"))
        if len(sections) >= 2:
            bundles[path.name] = sections
    assert bundles, "no bundle with dated section headings"
    for name, sections in bundles.items():
        dates = [heading_date(h) for h, _ in sections]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), name
        for heading, body in sections:
            assert "Key takeaways" in body, f"{name}: {heading} has no key takeaways"


def test_corpus_size_and_report_lengths(reports: list[Report], samples_dir: Path) -> None:
    assert len(reports) >= 12
    for report in reports:
        sections = split_sections(report.text)
        bodies = [body for _, body in sections] or [report.text]
        for body in bodies:
            n = len(words(body))
            assert MIN_WORDS <= n <= MAX_WORDS, f"{report.source}: {n} words"
        assert report.title.strip()
        assert date(2019, 1, 1) <= report.published <= date(2025, 12, 31), report.source
    formats = {Path(r.source.split("#")[0]).suffix for r in reports}
    assert formats >= {".txt", ".html", ".xml", ".jsonl"}


def test_publishers_are_fictional(samples_dir: Path, corpus_dir: Path) -> None:
    def publishers(rows: Iterable[dict[str, str]]) -> set[str]:
        return {row["publisher"].strip().lower() for row in rows}

    ours = publishers(sidecar_rows(samples_dir))
    for path in samples_dir.glob("*.jsonl"):
        if path.name != SIDECAR:
            ours |= publishers(json.loads(x) for x in path.read_text("utf-8").splitlines())
    for path in samples_dir.glob("*.html"):
        ours.add(parse_html(path).meta["og:site_name"].strip().lower())
    theirs = publishers(sidecar_rows(corpus_dir))
    assert not ours & theirs
    for name in ours:
        for outlet in REAL_OUTLETS:
            assert not re.search(rf"\b{re.escape(outlet)}\b", name), f"{name} borrows {outlet}"


def test_same_occurrence_reported_on_different_days(reports: list[Report]) -> None:
    """Fusion needs several reports of one occurrence, published on different days."""
    tower = {r.published for r in reports if "tower 22" in r.text.lower()}
    assert len(tower) >= 3


def test_no_run_of_eight_words_shared_with_reference(reports: list[Report],
                                                     reference_texts: dict[str, str]) -> None:
    ref_runs = {name: ngrams(words(text)) for name, text in reference_texts.items()}
    found = []
    for report in reports:
        mine = ngrams(words(report.title + "\n" + report.text))
        for name, runs in ref_runs.items():
            found += [(report.source, name, " ".join(run)) for run in sorted(mine & runs)]
    assert not found, "runs shared with the reference corpus:\n" + "\n".join(map(str, found))


def test_readme_describes_the_corpus(samples_dir: Path) -> None:
    readme = (samples_dir.parent / "README.md").read_text(encoding="utf-8")
    assert "own words" in readme
    for path in samples_dir.iterdir():
        if path.suffix in {".html", ".xml", ".jsonl"}:
            assert path.name in readme, f"README does not mention {path.name}"

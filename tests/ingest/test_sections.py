"""Dated sections: the heading detector by table, by property, and on the shared corpus."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from axiswatch.ingest.normalize import normalize_text
from axiswatch.ingest.sections import detect_sections, heading_date, is_title_line, unmark


@pytest.mark.parametrize(("line", "expected"), [
    ("Iran Update, February 14, 2024", ("2024-02-14", "day")),
    ("Iran Update, Feb. 14, 2024", ("2024-02-14", "day")),
    ("Tuesday 3 March 2021", ("2021-03-03", "day")),
    ("Daily brief — 2024-08-26", ("2024-08-26", "day")),
    ("Iraq and Syria Update: 1st of June, 2023", ("2023-06-01", "day")),
    ("Monthly review, August 2024", ("2024-08", "month")),
    ("Iran Update, February 30, 2024", None),  # no such day
    ("On March 3, ten rockets struck the base in western Anbar province.", None),
    ("The group was formed in 2007 and fought in Iraq and Syria, officials said on "
     "February 14, 2024", None),  # running text: too many other words
    ("Published: 14 February 2024", None),  # metadata, not a heading
    ("Updated February 14, 2024", None),
    ("February 14, 2024.", ("2024-02-14", "day")),
    ("February 14, 2024 | 10:30", ("2024-02-14", "day")),
    ("- Strikes in Iraq, February 2, 2024", None),  # a bullet point
    ("(photo credit: REUTERS/February 14, 2024)", None),  # a caption
    ("1. February 14, 2024", None),  # a numbered list item
    ("", None),
])
def test_heading_date(line: str, expected: tuple[str, str] | None) -> None:
    assert heading_date(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Iran-backed militia linked to terror plots targeting Jews in Central Asia", True),
    ("Is Iran preparing an attack from Iraq?", True),
    ("“Done”: Hezbollah and Israel signal a pause", True),
    ("Militants fired rockets at the base, officials said.", False),
    ("He said the attacks were “done.”", False),
    ("lowercase start is running text", False),
    ("Drones", False),  # one word: a sub-heading at most
    ("- bullet item", False),
    ("---", False),
    ("x" * 250, False),
])
def test_is_title_line(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected


def test_daily_updates_become_dated_sections() -> None:
    text = ("Iran Update, February 14, 2024\nKey takeaways\n- Militants fired rockets on "
            "Sunday.\n\nIran Update, February 15, 2024\nA drone struck a base on Monday.")
    sections = detect_sections(text, "2024-02-16")
    assert [(s.heading, s.ref_date, s.date_precision) for s in sections] == [
        ("Iran Update, February 14, 2024", "2024-02-14", "day"),
        ("Iran Update, February 15, 2024", "2024-02-15", "day"),
    ]
    assert text[sections[1].start:].startswith("Iran Update, February 15")


def test_preamble_before_the_first_dated_heading_is_its_own_section() -> None:
    preamble = "Institute for Conflict Studies\n" + "About the archive of updates. " * 12
    text = f"{preamble}\n\nIran Update, February 14, 2024\nText of the update."
    sections = detect_sections(text, "2024-02-20")
    assert [(s.heading, s.ref_date) for s in sections] == [
        ("Institute for Conflict Studies", "2024-02-20"),
        ("Iran Update, February 14, 2024", "2024-02-14"),
    ]


@pytest.mark.parametrize("header", [
    "Headline of the story here\nBy Staff Writer\nFebruary 14, 2024",
    "Headline of the story here\nFebruary 14, 2024 | 10:30",
    "Institute for Conflict Studies\nDaily archive\n\nIran Update, February 14, 2024",
])
def test_a_dateline_under_a_headline_dates_the_whole_article(header: str) -> None:
    text = f"{header}\nMilitants fired rockets on Sunday, officials said.\n\nMore text."
    (section,) = detect_sections(text, "2024-02-20")
    assert (section.start, section.end) == (0, len(text))
    assert (section.heading, section.ref_date) == (header.split("\n")[0], "2024-02-14")


def test_markdown_headings_are_read_without_their_marks() -> None:
    intro = "An introduction to the week's updates. " * 10
    text = (f"# Weekly digest\n\n{intro}\n\n## **Iran Update, February 14, 2024**\n"
            "Rockets on Sunday.\n\n## Iran Update, February 15, 2024 ##\nDrones on Monday.")
    sections = detect_sections(text, "2024-02-16")
    assert [(s.heading, s.ref_date) for s in sections] == [
        ("Weekly digest", "2024-02-16"),
        ("Iran Update, February 14, 2024", "2024-02-14"),
        ("Iran Update, February 15, 2024", "2024-02-15"),
    ]
    assert text[sections[1].start:].startswith("## **Iran Update")


def test_close_dated_headings_with_different_dates_stay_apart() -> None:
    text = "Iran Update, February 14, 2024\nNo update.\nIran Update, February 15, 2024\nText."
    assert [s.ref_date for s in detect_sections(text, None)] == ["2024-02-14", "2024-02-15"]


def test_bundled_articles_after_separators_take_the_publication_month() -> None:
    text = ("First story headline here\nBody of the first story, on Sunday.\n\n* * *\n\n"
            "Second story headline here\nBody of the second story.\n\n---\n\n"
            "Third story headline\nBody three.")
    sections = detect_sections(text, "2024-08-26")
    assert [(s.heading, s.ref_date, s.date_precision) for s in sections] == [
        ("First story headline here", "2024-08", "month"),
        ("Second story headline here", "2024-08", "month"),
        ("Third story headline", "2024-08", "month"),
    ]


@pytest.mark.parametrize(("published", "expected"), [
    ("2021-03-04", ("2021-03-04", "day")), ("2021-03", ("2021-03", "month")),
    ("2021", ("2021", "year")), (None, (None, None)),
])
def test_a_single_titled_article_takes_the_publication_date_as_given(
    published: str | None, expected: tuple[str | None, str | None]
) -> None:
    (section,) = detect_sections("A headline for the story\nThe body, in a sentence.", published)
    assert (section.ref_date, section.date_precision) == expected
    assert (section.start, section.heading) == (0, "A headline for the story")


def test_running_text_without_headings_has_no_sections() -> None:
    assert detect_sections("militants fired rockets.\nThey said so.", "2024-01-01") == []


def test_shared_corpus_sections_are_valid_and_dated(corpus_dir: Path) -> None:
    meta = {json.loads(line)["file"]: json.loads(line)
            for line in (corpus_dir / "sources.jsonl").read_text().splitlines() if line.strip()}
    for path in sorted(corpus_dir.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        published = meta[path.name]["published"]
        sections = detect_sections(text, published)
        assert sections, path.name
        assert sections[0].start == 0 and sections[-1].end == len(text)
        assert sections[0].heading == text.split("\n", 1)[0]
        assert all(s.ref_date and published.startswith(s.ref_date) for s in sections)


LINE = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60),
    st.sampled_from(["Iran Update, February 14, 2024", "Daily brief — 2024-08-26", "* * *",
                     "---", "", "Headline For A Story", "Monthly review, August 2024",
                     "Body text that runs on, in a sentence."]),
)


@given(st.lists(LINE, max_size=30), st.sampled_from([None, "2024-08-26", "2024-08"]))
def test_sections_are_ordered_non_overlapping_and_cover_the_text(
    lines: list[str], published: str | None
) -> None:
    text = normalize_text("\n".join(lines))
    sections = detect_sections(text, published)
    if not sections:
        return
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start
    for s in sections:
        assert 0 <= s.start < s.end <= len(text)
        assert s.heading.strip() and unmark(s.heading) in text
        assert s.date_precision in (None, "day", "month", "year")
        assert (s.ref_date is None) == (s.date_precision is None)

"""Each reader on inputs generated at test time and on the shared corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from axiswatch.errors import InputRejected
from axiswatch.ingest.feed import read_feed
from axiswatch.ingest.htmlpage import fragment_text, read_html
from axiswatch.ingest.jsonl import read_jsonl
from axiswatch.ingest.pdf import read_pdf, reflow
from axiswatch.ingest.pipeline import make_document
from axiswatch.ingest.record import RawDoc
from axiswatch.ingest.sniff import sniff_format
from axiswatch.ingest.text import read_text

BODY = ("Militants fired three rockets at a base in western Anbar province on Sunday, "
        "officials said, and a group calling itself the Islamic Resistance claimed the attack.")


def docs_of(records: list[RawDoc | InputRejected]) -> list[RawDoc]:
    return [r for r in records if isinstance(r, RawDoc)]


def make_pdf(blocks: list[tuple[str, str]], title: str | None = None) -> bytes:
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title or "", author="Desk")
    doc.build([Paragraph(text, styles[style]) for style, text in blocks])
    return buf.getvalue()


def test_text_reader_on_the_shared_corpus(corpus_dir: Path) -> None:
    for path in sorted(corpus_dir.glob("*.txt")):
        (raw,) = docs_of(list(read_text(path.read_bytes(), str(path))))
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        assert raw.fmt == "txt" and raw.title == first_line
        assert raw.text == path.read_text(encoding="utf-8")


HTML_PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Rockets hit base | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-02-14T08:00:00Z">
<link rel="canonical" href="https://news.example.org/2024/02/14/rockets"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Rockets hit base</h1><p>{BODY}</p>
<p>Kata’ib Hezbollah denied any role. The group is part of the Popular Mobilization Forces.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def test_html_reader_takes_main_text_and_metadata() -> None:
    (raw,) = docs_of(list(read_html(HTML_PAGE.encode(), "page.html")))
    assert raw.title == "Rockets hit base"
    assert raw.publisher == "Example News"
    assert raw.published == "2024-02-14"
    assert raw.text.startswith("Rockets hit base\n")
    assert BODY in raw.text and "Kata’ib Hezbollah denied" in raw.text
    assert "Home" not in raw.text and "All rights reserved" not in raw.text


@pytest.mark.parametrize("markup", [
    "<html><body><nav>Home</nav><div></div></body></html>",
    "<html><head><title>Only a title</title></head><body><script>var x=1;</script></body></html>",
    "<<<>>> </p></div><body",
])
def test_html_without_main_text_is_rejected(markup: str) -> None:
    with pytest.raises(InputRejected) as info:
        list(read_html(markup.encode(), "empty.html"))
    assert info.value.code == "AW106" and "empty.html" in str(info.value)


def test_fragment_text_keeps_paragraphs() -> None:
    assert fragment_text("<p>One <b>bold</b></p><p>Two<br>three</p>").split() == [
        "One", "bold", "Two", "three"]
    assert fragment_text("<p>a</p><p>b</p>").strip().split("\n") == ["a", "b"]
    assert fragment_text("plain & simple") == "plain & simple"


def test_pdf_reader_joins_lines_and_finds_dated_sections() -> None:
    data = make_pdf([("Heading1", "Iran Update, February 14, 2024"), ("Normal", BODY * 3),
                     ("Heading1", "Iran Update, February 15, 2024"), ("Normal", BODY * 2)],
                    title="Iran Update")
    (raw,) = docs_of(list(read_pdf(data, "update.pdf")))
    assert raw.title == "Iran Update" and raw.fmt == "pdf"
    lines = raw.text.split("\n")
    assert len(lines) == 4
    assert (lines[0], lines[2]) == ("Iran Update, February 14, 2024",
                                    "Iran Update, February 15, 2024")
    assert lines[1].replace(" ", "") == (BODY * 3).replace(" ", "")  # one paragraph again
    assert lines[3].replace(" ", "") == (BODY * 2).replace(" ", "")
    doc = make_document(raw)
    assert [(s.ref_date, s.date_precision) for s in doc.sections] == [
        ("2024-02-14", "day"), ("2024-02-15", "day")]


def test_a_sentence_cut_by_a_page_break_is_joined_again() -> None:
    from axiswatch.ingest.pdf import _continue_page

    paragraphs = ["First paragraph ends.", "A sentence cut by the"]
    _continue_page(paragraphs, ["page break goes on here.", "Next paragraph."])
    assert paragraphs == ["First paragraph ends.", "A sentence cut by the page break goes on here.",
                          "Next paragraph."]
    _continue_page(paragraphs, ["New page, new paragraph."])
    assert paragraphs[-1] == "New page, new paragraph."


def test_reflow_keeps_hyphenated_words_and_drops_page_numbers() -> None:
    lines = ["The Iran-", "backed group fired rockets at the base in the", "night.", "", "12"]
    assert reflow(lines) == ["The Iran-backed group fired rockets at the base in the night."]


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],
    lambda b: b"%PDF-1.7\n" + b"\x00garbage" * 50,
    lambda b: b"not a pdf at all, just words",
])
def test_damaged_pdf_is_rejected(damage: object) -> None:
    data = make_pdf([("Normal", BODY)])
    with pytest.raises(InputRejected) as info:
        list(read_pdf(damage(data), "bad.pdf"))  # type: ignore[operator]
    assert info.value.code == "AW105" and "bad.pdf" in str(info.value)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Desk Wire</title><link>https://wire.example.org/</link>
<language>en-us</language>
<item><title>Rockets hit base</title><link>https://wire.example.org/1</link>
<pubDate>Sun, 04 Feb 2024 07:30:00 +0000</pubDate>
<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
<item><title>Second story</title><link>https://wire.example.org/2</link>
<pubDate>Mon, 05 Feb 2024 10:00:00 +0000</pubDate>
<description>A drone struck a depot.</description></item>
<item><title>No body</title><link>https://wire.example.org/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom entry</title><link href="https://atom.example.org/a"/>
<updated>2024-03-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_reader_makes_one_document_per_entry() -> None:
    records = list(read_feed(RSS.encode(), "wire.xml"))
    docs = docs_of(records)
    assert [d.title for d in docs] == ["Rockets hit base", "Second story"]
    assert [d.published for d in docs] == ["2024-02-04", "2024-02-05"]
    assert {d.publisher for d in docs} == {"Desk Wire"} and docs[0].language == "en"
    assert docs[0].url == "https://wire.example.org/1" and docs[0].multi
    assert docs[0].text == f"Rockets hit base\n{BODY}"
    (rejected,) = [r for r in records if isinstance(r, InputRejected)]
    assert rejected.code == "AW101" and rejected.source == "wire.xml#3"


def test_atom_reader() -> None:
    (doc,) = docs_of(list(read_feed(ATOM.encode(), "atom.xml")))
    assert (doc.title, doc.publisher, doc.published) == ("Atom entry", "Atom Desk", "2024-03-01")
    assert BODY in doc.text and "<p>" not in doc.text


ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title>
<description>&lol3;</description></item></channel></rss>"""


@pytest.mark.parametrize("reader", [read_feed, read_html])
def test_entity_declarations_are_refused_before_parsing(reader: object) -> None:
    with pytest.raises(InputRejected) as info:
        list(reader(ENTITY_BOMB.encode(), "bomb.xml"))  # type: ignore[operator]
    assert info.value.code == "AW107" and "bomb.xml" in str(info.value)


def test_malformed_feed_is_rejected() -> None:
    with pytest.raises(InputRejected) as info:
        list(read_feed(b"<rss><channel><title>broken</ti", "broken.rss"))
    assert info.value.code == "AW107"


def test_jsonl_reader_rejects_bad_lines_by_number_and_keeps_the_rest() -> None:
    lines = [
        json.dumps({"url": "https://x.example.org/1", "title": "One", "publisher": "P",
                    "published": "2024-04-01T19:05:00+00:00", "text": BODY}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Second report body.", "published": "2024-13-01"}),
        json.dumps({"text": "Third report body.", "published": "2024-04"}),
    ]
    records = list(read_jsonl("\n".join(lines).encode(), "batch.jsonl"))
    docs = docs_of(records)
    assert [(d.title, d.published, d.source) for d in docs] == [
        ("One", "2024-04-01", "batch.jsonl:1"), (None, "2024-04", "batch.jsonl:7")]
    assert docs[0].text == f"One\n{BODY}" and docs[0].url == "https://x.example.org/1"
    rejected = [(r.code, r.source) for r in records if isinstance(r, InputRejected)]
    assert rejected == [("AW108", "batch.jsonl:2"), ("AW108", "batch.jsonl:3"),
                        ("AW108", "batch.jsonl:4"), ("AW108", "batch.jsonl:6")]


@pytest.mark.parametrize(("data", "name", "ctype", "expected"), [
    (b"%PDF-1.7 ...", "x.bin", None, "pdf"),
    (b"anything", "report.pdf", None, "pdf"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed", None, "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "x.txt", None, "feed"),
    (b"<!DOCTYPE html><html><body>", "x", None, "html"),
    (b"  <p>hello</p>", "x.txt", None, "html"),
    (b"Plain words <b>", "page.htm", None, "html"),
    (b'{"text": "a"}\n{"text": "b"}', "dump.data", None, "jsonl"),
    (b'{"text": "' + b"long " * 2000 + b'"}\n', "<stdin>", None, "jsonl"),
    (b'{"text": "a", broken', "notes", None, "txt"),
    (b"{not json", "dump.jsonl", None, "jsonl"),
    (b"Plain report text.", "report", None, "txt"),
    (b"Plain report text.", "https://x.org/a", "text/html; charset=utf-8", "html"),
    (b"<rss version='2.0'>", "https://x.org/feed", "application/rss+xml", "feed"),
])
def test_sniff_format(data: bytes, name: str, ctype: str | None, expected: str) -> None:
    assert sniff_format(data, name, ctype) == expected


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_byte_order_mark_is_decoded(encoding: str) -> None:
    text = "Kata’ib Hezbollah — “Islamic Resistance in Iraq” claimed the attack."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (raw,) = docs_of(list(read_text(data, "bom.txt")))
    assert raw.text == text


def test_html_declaring_a_legacy_charset_is_decoded_by_it() -> None:
    page = ("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 attack</title></head>"
            "<body><article><p>Gunmen attacked a caf\u00e9 in the capital on Sunday, "
            "\u201cofficials\u201d said, and two people were wounded.</p></article></body></html>")
    (raw,) = docs_of(list(read_html(page.encode("windows-1252"), "legacy.html")))
    assert "caf\u00e9" in raw.text and "\u201cofficials\u201d" in raw.text


def test_undeclared_legacy_text_is_rejected_not_guessed() -> None:
    data = "Gunmen attacked a caf\u00e9, \u201cofficials\u201d said.".encode("windows-1252")
    with pytest.raises(InputRejected) as info:
        list(read_text(data, "legacy.txt"))
    assert info.value.code == "AW103" and "legacy.txt" in str(info.value)


def test_multi_page_pdf_drops_page_numbers_and_keeps_paragraphs() -> None:
    from reportlab.pdfgen.canvas import Canvas

    styles = getSampleStyleSheet()
    buf = io.BytesIO()

    def number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.drawString(290, 20, str(doc.page))

    doc = SimpleDocTemplate(buf, pagesize=A4)
    paragraphs = [f"Paragraph {i}. {BODY}" for i in range(40)]
    doc.build([Paragraph(p, styles["Normal"]) for p in paragraphs],
              onFirstPage=number, onLaterPages=number)
    (raw,) = docs_of(list(read_pdf(buf.getvalue(), "long.pdf")))
    lines = raw.text.split("\n")
    assert not any(line.strip().isdigit() for line in lines)
    assert [line.replace(" ", "") for line in lines] == [p.replace(" ", "") for p in paragraphs]

"""Briefings: footnotes that resolve to stored sources, escaping, chart, map and PDF."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.fuse import fuse_store
from axiswatch.ids import document_id, event_id
from axiswatch.model import Document, Event, Evidence, Extraction
from axiswatch.report.mapsvg import atlas_path, render_map
from axiswatch.report.pdf import chromium_path
from axiswatch.report.render import md_escape
from axiswatch.report.wording import chain_phrase, event_sentences, theatre_of
from axiswatch.store import Store
from axiswatch.store.documents import add_document
from axiswatch.store.schema import documents, event_sources
from tests.fixtures.multisource.build import load_into, write_extraction

HOSTILE = "<script>alert('x')</script>"


def _add_hostile_report(store: Store) -> None:
    sentence = f"Gunmen attacked a checkpoint in Erbil on Sunday {HOSTILE} and fled."
    text = f"{HOSTILE} headline\n\n{sentence}"
    doc = Document(id=document_id(text), text=text, title=f"{HOSTILE} & more",
                   publisher="<b>Bold</b> Press", published="2024-01-29",
                   url="javascript:alert(1)")
    start = text.index(sentence)
    ev = Event(id=event_id(doc.id, "attack", start, start + len(sentence)), doc_id=doc.id,
               type="attack", subtype="gunfire",
               evidence=Evidence(doc.id, start, start + len(sentence), sentence, "fixture/1"),
               date="2024-01-28", date_precision="day", location="erbil",
               location_name=f"Erbil {HOSTILE}", country="IQ", lat=36.19, lon=44.01,
               geo_precision="town", target=HOSTILE, certainty="reported")
    with store.begin() as conn:
        add_document(conn, doc)
        write_extraction(conn, Extraction(doc_id=doc.id, extractor="fixture/1", events=[ev]))


@pytest.fixture
def briefed(sqlite_url: str, tmp_path: Path) -> tuple[str, Path, str]:
    with Store(sqlite_url) as store:
        load_into(store)
        _add_hostile_report(store)
        fuse_store(store)
    out = tmp_path / "brief"
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "report", "--date", "2024-01-28",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    return sqlite_url, out, result.output


def test_footnotes_resolve_to_stored_sources(briefed: tuple[str, Path, str]) -> None:
    url, out, _ = briefed
    html = (out / "briefing.html").read_text(encoding="utf-8")
    cited = re.findall(r'<li id="fn-(\d+)" value="\d+" data-source="([^"]+)">([^<]*)', html)
    refs = set(re.findall(r'href="#fn-(\d+)"', html))
    assert cited and refs == {n for n, _, _ in cited}
    with Store(url) as store, store.connect() as conn:
        for _n, source_id, text in cited:
            row = conn.execute(sa.select(documents.c.publisher, documents.c.title)
                               .select_from(event_sources.join(
                                   documents, documents.c.id == event_sources.c.doc_id))
                               .where(event_sources.c.id == source_id)).first()
            assert row is not None, source_id
            if row.publisher.startswith("<"):
                continue  # checked escaped below
            assert text.startswith(f"{row.publisher}, “{row.title}”")
    md = (out / "briefing.md").read_text(encoding="utf-8")
    md_refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    md_notes = set(re.findall(r"^\[\^(\d+)\]:", md, flags=re.M))
    assert md_refs == md_notes == {n for n, _, _ in cited}


def test_takeaways_are_grouped_by_theatre_and_worded(briefed: tuple[str, Path, str]) -> None:
    _, out, output = briefed
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert md.index("### Iraq") < md.index("### Elsewhere")
    assert "killing 2 (reports range from 2 to 3" in md
    assert "responsibility is attributed to Kata'ib Hezbollah" in md
    assert "reportedly took place at Tower 22 (Jordan)" in md
    assert "Daily update: 28 January 2024" in output


def test_report_strings_are_escaped(briefed: tuple[str, Path, str]) -> None:
    _, out, _ = briefed
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(" in html
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "<script>" not in md and r"\<script\>" in md
    svg = (out / "map.svg").read_text(encoding="utf-8")
    assert "<script" not in svg


def test_chart_map_and_pdf_are_written(briefed: tuple[str, Path, str]) -> None:
    _, out, _ = briefed
    assert (out / "tempo.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (out / "tempo.svg").read_bytes()[:2000]
    svg = (out / "map.svg").read_text(encoding="utf-8")
    assert svg.count("<circle") == 5  # four attacks and a protest that day, all located
    if atlas_path() is not None:
        assert "<path" in svg and "Natural Earth" in svg
    if chromium_path() is not None:
        assert (out / "briefing.pdf").read_bytes()[:5] == b"%PDF-"


def test_map_without_basemap_falls_back_to_a_graticule(tmp_path: Path) -> None:
    svg = render_map([{"lat": 33.3, "lon": 44.4, "type": "attack", "label": "1"}],
                     atlas=tmp_path / "missing.json")
    assert "<circle" in svg and "<line" in svg and "<path" not in svg
    assert "No basemap" in svg


def test_wording_units() -> None:
    names = {"a": "Group A", "b": "Group B"}.get
    ev = {"type": "strike", "subtype": "airstrike", "date_start": "2024-02-07",
          "date_precision": "day", "location_name": "Al-Qa'im", "country": "IQ",
          "actors": ["a"], "claimed_by": [], "attributed_to": [], "killed": None,
          "certainty": "assessed"}
    text = " ".join(event_sentences(ev, lambda i: names(i) or i, {}))
    assert text.startswith("On 7 February 2024, an air strike likely took place at Al-Qa'im")
    assert "It was likely carried out by Group A." in text
    steps = [{"predicate": "front_for", "depth": 1, "path_certainty": "confirmed",
              "object_name": "Group B"},
             {"predicate": "sponsored_by", "depth": 2, "path_certainty": "alleged",
              "object_name": "State C"}]
    assert chain_phrase(steps) == "a front for Group B and allegedly backed by State C"
    assert theatre_of({"country": "YE"}) == "Yemen and the Red Sea"
    assert theatre_of({"country": None, "location": "red-sea"}) == "Yemen and the Red Sea"
    assert theatre_of({"country": "FR"}) == "Elsewhere"
    assert md_escape("[x](javascript:y) <b>") == r"\[x\](javascript:y) \<b\>"


def test_report_needs_a_period(sqlite_url: str, tmp_path: Path) -> None:
    with Store(sqlite_url):
        pass
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "report", "--from", "2024-01-02",
                                      "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "AW501" in result.output
    assert date(2024, 1, 2)  # the period check precedes any rendering
    assert not (tmp_path / "x").exists()


def test_actor_led_types_are_worded_with_the_actor_as_subject() -> None:
    ev = {"type": "statement", "subtype": "suspension", "date_start": "2024-01-30",
          "date_precision": "day", "country": "IQ", "actors": ["kh"], "claimed_by": [],
          "attributed_to": [], "certainty": "reported", "location_name": "Iraq",
          "geo_precision": "country"}
    text = " ".join(event_sentences(ev, lambda i: {"kh": "Group K"}.get(i, i), {}))
    assert text == "On 30 January 2024, Group K reportedly announced a suspension in Iraq."
    ev["subtype"] = "threat"
    assert "Group K reportedly issued a threat in Iraq." in event_sentences(
        ev, lambda i: {"kh": "Group K"}.get(i, i), {})[0]


def test_map_frames_the_cluster_and_counts_outliers() -> None:
    points = [{"lat": 33.3 + i / 10, "lon": 44.4 + i / 10, "type": "attack", "label": str(i)}
              for i in range(4)]
    points.append({"lat": 38.9, "lon": -77.0, "type": "strike", "label": "far"})
    svg = render_map(points)
    assert svg.count("<circle") == 4
    assert "1 event outside this view" in svg


def test_the_briefing_compares_with_the_preceding_period(briefed: tuple[str, Path, str]) -> None:
    _, out, _ = briefed
    md = (out / "briefing.md").read_text(encoding="utf-8")
    # five events on 28 January against none on the 27th (the off-by-one report joined)
    assert "Against the preceding 1 day: daily average rose from 0.0 to 5.0." in md


def test_long_periods_are_charted_by_week() -> None:
    from axiswatch.report.chart import by_week

    days = [date(2024, 1, 1) + timedelta(days=i) for i in range(10)]  # Monday 1 January
    weeks, series = by_week(days, {"attack": [1] * 10})
    assert weeks == [date(2024, 1, 1), date(2024, 1, 8)]
    assert series == {"attack": [7, 3]}


def test_chains_continue_only_from_the_entity_and_claimants_speak() -> None:
    steps = [{"subject": "p", "predicate": "member_of", "depth": 1, "object": "g",
              "path_certainty": "confirmed", "object_name": "Group G"},
             {"subject": "g", "predicate": "sponsored_by", "depth": 2, "object": "s",
              "path_certainty": "assessed", "object_name": "State S"},
             {"subject": "x", "predicate": "sponsored_by", "depth": 2, "object": "t",
              "path_certainty": "confirmed", "object_name": "State T"}]
    assert chain_phrase(steps, "p") == "a member of Group G and likely backed by State S"
    ev = {"type": "statement", "subtype": "suspension", "date_start": "2024-01-30",
          "date_precision": "day", "country": "IQ", "claimed_by": ["g"], "actors": [],
          "attributed_to": [], "certainty": "claimed"}
    text = " ".join(event_sentences(ev, lambda i: {"g": "Group G"}.get(i, i), {}))
    assert text == "On 30 January 2024, Group G announced a suspension in Iraq."

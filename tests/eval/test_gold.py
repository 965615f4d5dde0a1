"""Reading, validating and writing the gold format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from axiswatch.errors import AxiswatchError
from axiswatch.eval.gold import parse_lines, prediction_doc, read_gold, write_jsonl
from axiswatch.model import (
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Relation,
    Section,
)

GOOD = {
    "doc": "a.txt",
    "published": "2024-02-14",
    "sections": [{"heading": "Update", "date": "2024-02"}],
    "entities": [{"id": "kh", "name": "Kata'ib Hezbollah", "type": "armed_group",
                  "aliases": ["KH"], "country": "IQ"}],
    "events": [{"type": "attack", "evidence": "Rockets hit the base.", "date": "2024-02-13",
                "date_precision": "day", "lat": 33.0, "lon": 44.0, "actors": ["kh"],
                "killed": 1, "certainty": "reported"}],
    "relations": [{"subject": "kh", "predicate": "sponsored_by", "object": "iran",
                   "certainty": "confirmed", "evidence": "..."}],
}


def test_reads_a_valid_line_and_fills_defaults() -> None:
    (doc,) = parse_lines([json.dumps(GOOD)], "g.jsonl")
    assert doc.doc == "a.txt"
    assert doc.sections[0].date == "2024-02"
    ev = doc.events[0]
    assert ev.claimed_by == [] and ev.weapon is None and ev.killed == 1
    assert ev.all_actors() == ["kh"]
    assert doc.relations[0].predicate == "sponsored_by"


def _bad(**changes: object) -> str:
    data = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        target = data
        *parents, leaf = path.split("__")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[leaf] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        (_bad(doc=""), "'doc' is empty"),
        (_bad(published="14/02/2024"), "not an ISO date"),
        (_bad(events__0__type="bombing"), "expected one of"),
        (_bad(events__0__date="2024-02-30"), "not an ISO date"),
        (_bad(events__0__date_precision="week"), "date_precision"),
        (_bad(events__0__lat=None), "'lat' and 'lon'"),
        (_bad(events__0__lat=95.0), "out of range"),
        (_bad(events__0__killed="two"), "'killed'"),
        (_bad(events__0__certainty="maybe"), "certainty"),
        (_bad(events__0__evidence="  "), "'evidence' is empty"),
        (_bad(events__0__actors="kh"), "list of non-empty strings"),
        (_bad(entities__0__type="militia"), "expected one of"),
        (_bad(relations__0__predicate="funds"), "expected one of"),
        (_bad(relations__0__subject=None), "'subject'"),
    ],
)
def test_invalid_lines_are_rejected_with_file_line_and_reason(line: str, reason: str) -> None:
    with pytest.raises(AxiswatchError) as err:
        parse_lines([json.dumps(GOOD), "", line], "gold.jsonl")
    assert err.value.code == "AW401"
    assert "gold.jsonl:3:" in str(err.value)
    assert reason in str(err.value)


def test_every_bad_line_is_named_and_duplicates_are_refused() -> None:
    with pytest.raises(AxiswatchError) as err:
        parse_lines([json.dumps(GOOD), "oops", json.dumps(GOOD)], "g.jsonl")
    message = str(err.value)
    assert "g.jsonl:2: not JSON" in message
    assert "g.jsonl:3: document 'a.txt' is annotated twice" in message


def test_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(AxiswatchError, match=r"AW401 .*no such file"):
        read_gold(tmp_path / "none.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(AxiswatchError, match="no documents"):
        read_gold(tmp_path / "empty.jsonl")


def test_dev_gold_is_valid(gold_path: Path) -> None:
    docs = read_gold(gold_path)
    assert len(docs) >= 1
    assert all(d.events and d.entities for d in docs)


def _extraction() -> tuple[Document, Extraction]:
    text = "Kataib Hezbollah fired rockets at Erbil. KH denied it."
    doc = Document(id="d1", text=text, published="2024-02-14",
                   sections=[Section(heading="Update", start=0, end=len(text),
                                     ref_date="2024-02-14", date_precision="day")])
    ev = Event(id="ev1", doc_id="d1", type="attack",
               evidence=Evidence("d1", 0, 40, text[:40]), date="2024-02-13",
               date_precision="day", location="erbil", country="IQ", lat=36.19, lon=44.01,
               actors=["kataib-hezbollah"], weapon="rocket", certainty="confirmed")
    rel = Relation(id="r1", subject="kataib-hezbollah", predicate="sponsored_by", object="iran",
                   evidence=Evidence("d1", 0, 40, text[:40]))
    ext = Extraction(
        doc_id="d1", extractor="x/1",
        mentions=[Mention("d1", 0, 16, "Kataib Hezbollah", "ORG", "kataib-hezbollah"),
                  Mention("d1", 34, 39, "Erbil", "GPE", "erbil"),
                  Mention("d1", 41, 43, "KH", "ORG", "kataib-hezbollah"),
                  Mention("d1", 0, 6, "Kataib", "ORG", None)],
        events=[ev], relations=[rel],
        entities=[Entity("kataib-hezbollah", "Kata'ib Hezbollah", "armed_group", "IQ")],
    )
    return doc, ext


def test_prediction_writer_round_trips_through_the_reader(tmp_path: Path) -> None:
    document, extraction = _extraction()
    pack = {"erbil": Entity("erbil", "Erbil", "place", "IQ"),
            "iran": Entity("iran", "Iran", "place", "IR")}
    pred = prediction_doc(document, extraction, name="a.txt", entity_info=pack.get)
    out = tmp_path / "pred.jsonl"
    assert write_jsonl(out, [pred]) == 1
    (back,) = read_gold(out)
    ents = back.entity_map()
    assert ents["kataib-hezbollah"].aliases == ["Kataib Hezbollah", "KH"]
    assert ents["kataib-hezbollah"].name == "Kata'ib Hezbollah"
    assert ents["erbil"].type == "place" and ents["erbil"].aliases == ["Erbil"]
    assert ents["iran"].aliases == []  # referenced by a relation only
    (ev,) = back.events
    assert (ev.location, ev.lat, ev.date, ev.weapon) == ("erbil", 36.19, "2024-02-13", "rocket")
    assert back.relations[0].object == "iran"
    assert back.sections[0].date == "2024-02-14"

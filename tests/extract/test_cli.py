"""``axiswatch extract``, ``event`` and ``actor`` on a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from axiswatch.cli.main import cli

REPORT = (
    "Kataib Hezbollah fighters launched three rockets at Ain al-Asad air base on Tuesday, "
    "injuring two contractors. Saraya Awliya al-Dam, a front for Kataib Hezbollah, claimed "
    "the attack.\n\nPolice arrested two men in Basra on Monday.\n"
)


def _run(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.output


def test_extract_is_incremental_and_shows_events_and_actors(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "store.db"
    code, out = _run(db, "ingest", str(report), "--published", "2024-02-08")
    assert code == 0, out
    code, out = _run(db, "extract", "--json")
    assert code == 0, out
    stats = json.loads(out)
    assert stats["documents"] == 1 and stats["failed"] == 0
    assert stats["by_type"] == {"arrest": 1, "attack": 1}
    code, out = _run(db, "extract", "--json")
    assert json.loads(out)["documents"] == 0  # nothing new for this extractor version
    code, out = _run(db, "extract", "--all")
    assert code == 0 and "1 documents extracted" in out and "attack" in out

    code, out = _run(db, "actor", "Kataib Hizbollah", "--json")
    assert code == 0, out
    summary = json.loads(out)
    assert summary["entity"]["id"] == "kataib-hezbollah"
    [event] = [e for e in summary["events"] if e["type"] == "attack"]
    assert "actor" in event["roles"]
    assert any(r["predicate"] == "front_for" and r["evidence"] for r in summary["relations"])

    code, out = _run(db, "event", event["id"])
    assert code == 0, out
    assert "Ain al-Asad" in out and "2024-02-06" in out and "rocket" in out
    assert "launched three rockets" in out  # the evidence sentence
    assert "placed at Ain al-Asad" in out and "facility precision" in out
    code, out = _run(db, "event", "show", event["id"], "--json")
    assert json.loads(out)["sources"][0]["evidence"][0]["text"].startswith("Kataib Hezbollah")


def test_unknown_event_actor_and_document_are_clear_errors(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    code, out = _run(db, "event", "ev-0000000000000000")
    assert code == 1 and "AW202" in out
    code, out = _run(db, "actor", "Nobody At All Brigade")
    assert code == 1 and "AW202" in out
    code, out = _run(db, "extract", "--doc", "ffffffff")
    assert code == 1 and "AW202" in out

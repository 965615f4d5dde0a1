"""``axiswatch eval`` on bad input: clear errors with stable codes, before any extraction."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from axiswatch.cli.main import cli


def test_eval_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["eval", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("--gold", "--docs", "--json", "--predictions-out", "--no-baseline"):
        assert option in result.output


def test_invalid_gold_line_is_named(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    good = {"doc": "a.txt", "published": "2024-01-01", "entities": [], "events": [],
            "relations": []}
    gold.write_text(json.dumps(good) + "\n" + json.dumps({**good, "doc": "b.txt",
                    "events": [{"type": "riot", "evidence": "x"}]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), "--docs", str(tmp_path)])
    assert result.exit_code == 1
    assert "AW401" in result.output and f"{gold}:2:" in result.output
    assert "'riot'" in result.output


def test_gold_documents_not_in_the_folder(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "missing.txt", "published": "2024-01-01",
                                "entities": [], "events": [], "relations": []}) + "\n",
                    encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), "--docs", str(docs)])
    assert result.exit_code == 1
    assert "AW100" in result.output and "missing.txt" in result.output

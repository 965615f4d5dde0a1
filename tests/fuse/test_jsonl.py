"""``axiswatch fuse --jsonl``: extractions in, fused events out, no store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from axiswatch.cli.main import cli
from axiswatch.model import to_json
from tests.fixtures.multisource.build import extractions
from tests.fixtures.multisource.figures import pair_figures


def test_fuse_jsonl_partitions_like_the_store_and_reports_bad_lines(tmp_path: Path) -> None:
    exs, truth, _ = extractions()
    lines = [to_json(ex) for ex in exs.values()]
    lines.insert(3, '{"doc_id": "x", "oops": 1}')
    path = tmp_path / "extractions.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["fuse", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    fused = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(fused) == len(set(truth.values()))
    assigned = {m: row["id"] for row in fused for m in row["members"]}
    figures = pair_figures(truth, assigned)
    assert figures["false_merges"] == figures["missed_merges"] == 0
    assert f"AW504 {path}:4: not an extraction record" in result.stderr
    assert "16 event sources -> 10 events; 1 lines rejected" in result.stderr

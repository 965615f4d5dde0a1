"""The ingest, status, docs and doc commands, through click and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from axiswatch.cli.main import cli


def run(db: str, *args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", db, *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_corpus_then_status_docs_doc(sqlite_url: str, corpus_dir: Path) -> None:
    code, out, _ = run(sqlite_url, "ingest", str(corpus_dir))
    n = len(list(corpus_dir.glob("*.txt")))
    assert code == 0 and out.strip() == f"read {n}, new {n}, duplicate 0, rejected 0"
    code, out, _ = run(sqlite_url, "ingest", str(corpus_dir), "--json")
    assert code == 0 and json.loads(out)["duplicate"] == n
    code, out, _ = run(sqlite_url, "status")
    assert code == 0 and f"documents {n}" in out and "ingest" in out
    code, out, _ = run(sqlite_url, "docs", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == n
    code, out, _ = run(sqlite_url, "docs", "--limit", "1", "--offset", "1")
    assert code == 0 and len(out.strip().splitlines()) == 2  # header and one row
    first = rows[0]["id"]
    code, out, _ = run(sqlite_url, "doc", first[:6], "--text")
    assert code == 0 and first in out and rows[0]["title"] in out
    code, out, _ = run(sqlite_url, "doc", first, "--json")
    assert json.loads(out)["id"] == first and json.loads(out)["sections"]


def test_rejections_exit_1_and_are_reported_on_stderr(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A report about a rocket attack.")
    (folder / "empty.txt").write_text("")
    code, out, err = run(sqlite_url, "ingest", str(folder))
    assert code == 1
    assert "new 1" in out and "rejected 1" in out
    assert "AW101" in err and "empty.txt" in err
    code, out, _ = run(sqlite_url, "status")
    assert "AW101" in out and "empty.txt" in out


def test_usage_errors_exit_2(sqlite_url: str, tmp_path: Path) -> None:
    assert run(sqlite_url, "ingest")[0] == 2
    assert run(sqlite_url, "ingest", str(tmp_path), "--published", "someday")[0] == 2
    assert run(sqlite_url, "docs", "--limit", "0")[0] == 2


def test_unknown_document_is_an_error(sqlite_url: str) -> None:
    code, _, err = run(sqlite_url, "doc", "ffff")
    assert code == 1 and "AW202" in err


def test_real_process_reads_stdin(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    proc = subprocess.run(
        [sys.executable, "-m", "axiswatch.cli.main", "--db", db, "ingest", "-"],
        input="Iran Update, February 14, 2024\nMilitants fired rockets on Sunday.\n",
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "read 1, new 1, duplicate 0, rejected 0"
    docs = subprocess.run(
        [sys.executable, "-m", "axiswatch.cli.main", "--db", db, "docs", "--json"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert json.loads(docs.stdout)["n_sections"] == 1


def test_progress_bar_on_long_runs_only(sqlite_url: str, tmp_path: Path) -> None:
    many, few = tmp_path / "many", tmp_path / "few"
    many.mkdir()
    few.mkdir()
    for i in range(25):
        (many / f"r{i}.txt").write_text(f"Report number {i} about a drone attack.")
    (few / "one.txt").write_text("A single report.")
    code, _, err = run(sqlite_url, "ingest", str(many))
    assert code == 0 and "ingest:" in err and "25/25" in err
    code, _, err = run(sqlite_url, "ingest", str(few))
    assert code == 0 and err == ""
    code, _, err = run(sqlite_url, "ingest", str(many), "--no-progress")
    assert code == 0 and err == ""
    code, _, err = run(sqlite_url, "ingest", str(few), "--progress")
    assert code == 0 and "1/1" in err


def test_to_jsonl_writes_documents_that_ingest_reads_back_with_the_same_ids(
    sqlite_url: str, corpus_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "docs.jsonl"
    code, _, err = run(sqlite_url, "ingest", str(corpus_dir), "--to-jsonl", str(out))
    n = len(list(corpus_dir.glob("*.txt")))
    assert code == 0 and f"written {n}, rejected 0" in err
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(written) == n and all(d["sections"] for d in written)
    assert not Path(sqlite_url.removeprefix("sqlite:///")).exists()  # nothing stored
    code, out_text, _ = run(sqlite_url, "ingest", "-", "--json",
                            input=out.read_text(encoding="utf-8"))
    assert code == 0
    assert sorted(json.loads(out_text)["doc_ids"]) == sorted(d["id"] for d in written)


def test_a_folder_holding_the_store_itself_ingests_cleanly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'axiswatch.db'}"
    (tmp_path / "report.txt").write_text("A drone struck a base on Monday.")
    for _ in range(2):  # the second run finds the database and its WAL files in the folder
        code, out, err = run(db, "ingest", str(tmp_path))
        assert code == 0, err
    assert out.strip() == "read 1, new 0, duplicate 1, rejected 0"

"""The README's command table and the CLI agree, and every command answers --help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from axiswatch.cli.main import COMMANDS, cli

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_commands() -> set[str]:
    text = README.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `axiswatch ([a-z]+)", text, flags=re.MULTILINE))


def test_every_command_is_documented_in_the_readme() -> None:
    missing = set(COMMANDS) - _readme_commands()
    assert not missing, f"commands without a README row: {sorted(missing)}"


def test_every_documented_command_exists() -> None:
    unknown = _readme_commands() - set(COMMANDS)
    assert not unknown, f"README rows for commands that do not exist: {sorted(unknown)}"


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README.read_text(encoding="utf-8").splitlines()[:8]
    assert any(line.startswith("make demo") for line in head)
    assert any(line.startswith("make test") for line in head)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output

"""The ``axiswatch`` command: a thin adapter over the library, one module per command.

Commands load lazily, so ``axiswatch --help`` stays fast and a command pays
only for the libraries it uses.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from axiswatch import __version__
from axiswatch.errors import AxiswatchError

# name -> "module:attribute" of a click command; the order is the help's order.
COMMANDS: dict[str, str] = {
    "ingest": "axiswatch.cli.ingest:ingest",
    "status": "axiswatch.cli.ingest:status",
    "docs": "axiswatch.cli.ingest:docs",
    "doc": "axiswatch.cli.ingest:doc",
    "extract": "axiswatch.cli.extract:extract",
    "event": "axiswatch.cli.extract:event",
    "actor": "axiswatch.cli.extract:actor",
    "kb": "axiswatch.cli.kb:kb",
    "load": "axiswatch.cli.load:load",
    "bench": "axiswatch.cli.bench:bench",
    "eval": "axiswatch.cli.eval:eval_command",
    "serve": "axiswatch.cli.serve:serve",
    "fuse": "axiswatch.cli.fuse:fuse",
    "attribution": "axiswatch.cli.fuse:attribution",
    "stats": "axiswatch.cli.stats:stats",
    "report": "axiswatch.cli.report:report",
    "export": "axiswatch.cli.export:export",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AxiswatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="axiswatch")
@click.option("--db", envvar="AXISWATCH_DB", default=None,
              help="Store URL (SQLAlchemy) or SQLite file; default ./axiswatch.db.")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Turn open-source reporting on armed groups into a cited, queryable record."""
    ctx.obj = {"db": db}


def main() -> None:
    cli(prog_name="axiswatch")


if __name__ == "__main__":
    main()

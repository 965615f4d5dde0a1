"""``axiswatch eval``: score the extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Gold annotations, JSON Lines in the format of spec/ANNOTATION.md.")
@click.option("--docs", "docs", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the documents the gold file names.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--predictions-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the system's predictions in the gold format (JSON Lines).")
@click.option("--no-baseline", is_flag=True, help="Skip the spaCy-only baseline.")
@click.option("--details", is_flag=True,
              help="Also list missed and spurious events and relations and wrong arguments.")
def eval_command(gold: Path, docs: Path, as_json: bool, predictions_out: Path | None,
                 no_baseline: bool, details: bool) -> None:
    """Score the extraction against gold annotations.

    Events (precision, recall, F1 by type), their arguments, relations, entity
    linking and geocoding, with a spaCy-only baseline beside the system.

    The documents are ingested into a temporary store (the database of --db is
    not touched), each with the gold file's publication date.
    """
    from axiswatch.eval.report import format_result
    from axiswatch.eval.runner import run_eval

    def log(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    result = run_eval(gold, docs, baseline=not no_baseline, predictions_out=predictions_out,
                      details=details, log=log)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, sort_keys=False))
        return
    click.echo(format_result(result, title=str(gold)))
    if details:
        from axiswatch.eval.explain import format_details

        click.echo("")
        click.echo(format_details(result["details"]))

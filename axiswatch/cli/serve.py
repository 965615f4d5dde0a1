"""``axiswatch serve``: the API and the analyst's page over the store."""

from __future__ import annotations

import click

from axiswatch.cli.common import open_store


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default answers only this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the map, timeline, network, review queue and JSON API.

    Writes (review judgements, merges) need AXISWATCH_TOKEN set; without it the
    API is read-only.
    """
    import uvicorn

    from axiswatch.config import api_token
    from axiswatch.web.app import create_app
    from axiswatch.web.assets import missing_assets

    store = open_store(ctx)
    missing = missing_assets()
    if missing:
        click.echo(f"warning: front-end files missing ({', '.join(missing)}); "
                   "run `make web-deps`", err=True)
    mode = "read-write" if api_token() else "read-only (set AXISWATCH_TOKEN to allow reviews)"
    click.echo(f"axiswatch on http://{host}:{port}/ over {store.safe_url}, {mode}")
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")

"""`sitroom serve`: the dashboard and JSON API over a store."""

from __future__ import annotations

import os
from typing import Optional

import typer

from . import app, fail

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", envvar="SITROOM_DB", help="Database URL or SQLite path (default ./sitroom.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default keeps the app on this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    max_upload_mb: float = typer.Option(10.0, "--max-upload-mb", min=0.01, help="Largest upload or pasted text accepted, in megabytes."),
):
    """Serve the web dashboard and the JSON API (/api/, OpenAPI at /openapi.json).

    Ingest through the API needs the token in the environment variable SITROOM_TOKEN; without it the app is read-only.
    """
    import uvicorn

    from ..web import create_app
    from ._extract_cli import load_settings

    token = os.environ.get("SITROOM_TOKEN") or None
    settings = load_settings(db=db)  # documents ingested through the API use $SITROOM_ACTORS's catalogues
    web_app = create_app(settings.db, token, max_upload_bytes=int(max_upload_mb * 1024 * 1024), settings=settings)
    mode = "ingest enabled with SITROOM_TOKEN" if token else "read-only (set SITROOM_TOKEN to allow ingest)"
    typer.echo(f"sitroom serving {web_app.state.store.url} on http://{_url_host(host)}:{port}/ — {mode}", err=True)
    if host not in LOOPBACK:
        typer.echo(f"Warning: listening on {host}: anyone who can reach this address can read the store.", err=True)
    try:
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; try another --port")


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host

"""`sitroom reextract`: apply the current extractors to stored documents without re-ingesting."""

from __future__ import annotations

from typing import Optional

import typer

from ..lang.en.wording import count
from . import app
from ._extract_cli import ACTORS_OPTION, ADDRESS_OPTION, ENGINE_OPTION, JOBS_HELP, engine_options, load_settings
from ._store_cli import DB_OPTION


@app.command()
def reextract(
    db: Optional[str] = DB_OPTION,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help=JOBS_HELP),
    engine: str = ENGINE_OPTION,
    address: Optional[str] = ADDRESS_OPTION,
    actors: Optional[list[str]] = ACTORS_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
):
    """Re-extract stored documents made by another extractor version (or another set of --actors files)."""
    settings = load_settings(actors=actors, **engine_options(engine, address, jobs), db=db)
    from rich.console import Console

    from ..api import open_store
    from ..api import reextract as run

    err = Console(stderr=True)
    with open_store(settings.db, create=False) as store:
        with err.status("re-extracting") if not quiet else _null() as status:
            report = run(store, settings, progress=(lambda n: status.update(f"re-extracted {n}")) if status else None)
    for line in report.failed:
        typer.echo(f"Error: {line}", err=True)
    typer.echo(f"re-extracted {count(report.updated, 'document')} with {report.version}, {len(report.failed)} failed")
    if report.failed:
        raise typer.Exit(1)


class _null:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False

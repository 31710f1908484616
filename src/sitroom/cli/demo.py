"""`sitroom demo`: ingest the bundled sample reports into ./sitroom.db and summarise them."""

from __future__ import annotations

import shlex
from typing import Optional

import typer

from ..environment import ENV
from . import app


@app.command()
def demo(
    db: Optional[str] = typer.Option(None, "--db", envvar=ENV["db"], help="Database URL or SQLite path (default: ./sitroom.db)."),
    jobs: int = typer.Option(2, "--jobs", "-j", min=1, help="Worker processes for extraction."),
):
    """Ingest the bundled sample reports, extract, store, and print a summary."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from ..api import ingest, open_store
    from ..data import samples_path
    from ._extract_cli import load_settings

    out = Console()
    settings = load_settings(jobs=jobs, db=db)  # with the catalogues $SITROOM_ACTORS names, as `ingest`
    store = open_store(settings.db)
    try:
        out.print(f"Ingesting the bundled sample reports from {samples_path()} ...")
        report = ingest([str(samples_path())], store, settings=settings)
        summary = store.summary()
    finally:
        store.close()
    out.print(f"ingested {report.ingested}, already stored {report.already_stored}, duplicates skipped {report.duplicates}, "
              f"near-duplicates linked {report.near_duplicates}, failed {len(report.failed)}", soft_wrap=True)
    for source, reason in report.failed:
        out.print(f"  failed: {source}: {reason}", highlight=False)
    table = Table(title="sitroom store")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(summary.documents))
    for event_type, count in sorted(summary.events_by_type.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  events: {event_type}", str(count))
    table.add_row("places", str(summary.places))
    table.add_row("claims", str(summary.claims))
    table.add_row("failures", str(summary.failures))
    out.print(table)
    # Every command suggested reads the store just filled, not ./sitroom.db, when --db named another.
    where = f" --db {shlex.quote(db)}" if db else ""
    out.print(f"Open the dashboard: [bold].venv/bin/sitroom serve{escape(where)}[/bold], then visit http://127.0.0.1:8000/",
              highlight=False, soft_wrap=True)
    out.print(f"Query from the terminal: .venv/bin/sitroom events{where} --type Battles   |   "
              f".venv/bin/sitroom show{where} 1", highlight=False, markup=False, soft_wrap=True)

"""`sitroom stats`: what the store holds: documents, duplicates, events by type, places, claims, failures."""

from __future__ import annotations

import json
from typing import Optional

import typer

from . import app
from ._store_cli import DB_OPTION, checked, format_option, open_existing, safe


@app.command()
def stats(
    db: Optional[str] = DB_OPTION,
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
    failures: int = typer.Option(10, "--failures", help="List this many of the latest failures."),
):
    """Summarise the store."""
    from .. import validate

    format = format_option(format, ("table", "json"))
    failures = checked("--failures", validate.sql_int, failures)
    with open_existing(db) as store:
        summary = store.summary()
        failed = store.failures(limit=failures) if failures else []
        url = store.url
    if format == "json":
        typer.echo(json.dumps({**summary.model_dump(mode="json"), "store": url,
                               "latest_failures": [f.model_dump(mode="json") for f in failed]}, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"sitroom store: {url}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(summary.documents))
    table.add_row("  exact duplicates skipped", str(summary.duplicates))
    table.add_row("  near-duplicates linked", str(summary.near_duplicates))
    for lang, n in sorted(summary.languages.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  language {lang}", str(n))
    table.add_row("events", str(summary.events))
    for event_type, n in summary.events_by_type.items():
        table.add_row(f"  {event_type}", str(n))
    table.add_row("incidents (fused reports)", str(summary.incidents))
    if summary.date_range:
        table.add_row("event dates", f"{summary.date_range[0]} .. {summary.date_range[1]}")
    table.add_row("places", str(summary.places))
    table.add_row("actors", str(summary.actors))
    table.add_row("claims", str(summary.claims))
    table.add_row("failures", str(summary.failures))
    console = Console()
    console.print(table)
    for f in failed:
        console.print(f"[red]failed[/red] {safe(f.source)}: {safe(f.reason)}", markup=True, highlight=False)

"""`sitroom export`: stored events as ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import USAGE, app, fail
from ._store_cli import DB_OPTION, event_filter, filter_options, format_option, open_existing

_F = filter_options()


@app.command()
def export(
    format: str = typer.Option(..., "--format", "-f", help="acled-csv, geojson, jsonl or parquet."),
    output: str = typer.Option("-", "--output", "-o", help="File to write; - for stdout."),
    all_types: bool = typer.Option(False, "--all-types", help="ACLED CSV: keep events outside ACLED's six types."),
    since: Optional[str] = _F["since"],
    until: Optional[str] = _F["until"],
    types: Optional[list[str]] = _F["types"],
    actor: Optional[str] = _F["actor"],
    place: Optional[str] = _F["place"],
    country: Optional[str] = _F["country"],
    min_confidence: Optional[float] = _F["min_confidence"],
    db: Optional[str] = DB_OPTION,
):
    """Export events, oldest first; every row keeps its document and evidence span."""
    from ..export import FORMATS, export_events

    format = format_option(format, FORMATS)
    if format == "parquet" and output == "-" and sys.stdout.isatty():
        raise fail("parquet is binary; give a file with -o FILE", USAGE)
    f = event_filter(since, until, types, actor, place, country, min_confidence)
    with open_existing(db) as store:
        report = export_events(store, format, f, out=output, all_types=all_types)
    if output != "-":
        typer.echo(report.message(output), err=True)

"""`sitroom bench store`: filtered event queries over many stored events, against the 200 ms target."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Optional

import typer

from .bench import bench_app


@bench_app.command("store")
def bench_store(
    events: int = typer.Option(100_000, "--events", min=1, help="Synthetic events to store first."),
    db: Optional[str] = typer.Option(None, "--db", help="Database to fill (default: a temporary SQLite file). "
                                     "Use an empty one: synthetic rows are added to it."),
    repeats: int = typer.Option(5, "--repeats", min=1, help="Runs per query; the median is reported."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Store synthetic events, then time the queries the CLI and the dashboard make."""
    from ..api import open_store
    from ..store.bench import TARGET_MS, fill_synthetic, time_queries

    with tempfile.TemporaryDirectory() as tmp:
        with open_store(db or str(Path(tmp) / "bench.db")) as store:
            fill_synthetic(store, events)
            timings = time_queries(store, repeats)
            url = store.url
    slowest = max(t.median_ms for t in timings)
    if as_json:
        typer.echo(json.dumps({"store": url, "events": events, "target_ms": TARGET_MS, "slowest_ms": round(slowest, 1),
                               "queries": {t.label.strip(" ."): round(t.median_ms, 1) for t in timings}}))
        return
    typer.echo(f"{events:,} synthetic events in {url}; median of {repeats} runs")
    for t in timings:
        typer.echo(f"  {t.label:<48} {t.median_ms:8.1f} ms  ({t.rows} rows)")
    verdict = "within" if slowest <= TARGET_MS else "OVER"
    typer.echo(f"slowest {slowest:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")

"""`sitroom events`: list stored events with filters, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from typing import Optional

import typer

from ..lang.en.wording import count
from . import app
from ._store_cli import DB_OPTION, checked, event_filter, filter_options, format_option, open_existing, safe

_F = filter_options()
FORMATS = ("table", "csv", "json")


@app.command()
def events(
    since: Optional[str] = _F["since"],
    until: Optional[str] = _F["until"],
    types: Optional[list[str]] = _F["types"],
    actor: Optional[str] = _F["actor"],
    place: Optional[str] = _F["place"],
    country: Optional[str] = _F["country"],
    min_confidence: Optional[float] = _F["min_confidence"],
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many events."),
    sort: str = typer.Option("-date", "--sort", help="date, confidence, fatalities, type, country or id; - for descending."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    db: Optional[str] = DB_OPTION,
):
    """List stored events, newest first, with the sentence each came from."""
    from .. import validate
    from ..store.matches import unmatched_names
    from ..store.queries import EVENT_SORTS

    format = format_option(format, FORMATS)
    limit = checked("--limit", lambda v: validate.sql_int(v, 1), limit)
    sort = checked("--sort", lambda v: validate.sort_key(v, EVENT_SORTS), sort)
    f = event_filter(since, until, types, actor, place, country, min_confidence)
    with open_existing(db) as store:
        rows = store.events(f, limit=limit, sort=sort)
        total = store.count_events(f)
        notes = unmatched_names(store, f) if total == 0 else []
    for note in notes:  # a misspelt name, not "no events": say so, on stderr (stdout stays the data)
        typer.echo(f"note: {note}", err=True)
    if format == "json":
        typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=1))
    elif format == "csv":
        _write_csv(rows)
    else:
        _print_table(rows, total)


def _write_csv(rows) -> None:
    from ..store import EventRow

    fields = [*EventRow.model_fields, *EventRow.model_computed_fields]  # actor1_by_rule... too
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        d = r.model_dump(mode="json")
        d["hedges"] = "; ".join(d["hedges"])
        writer.writerow(d)


def _print_table(rows, total: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Few columns, each cell several lines: readable at 80 columns as on a wide screen.
    table = Table(title=f"{len(rows)} of {count(total, 'event')}", show_lines=True, expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=2)
    table.add_column("evidence", ratio=3)
    for r in rows:
        date = r.date_start or "undated"
        if r.date_end and r.date_end != r.date_start:
            date += f"\n..{r.date_end}"
        if r.date_from_publication:
            date += "\n(from publication)"
        event = Text()
        event.append(safe(r.sub_event_type), style="bold")
        event.append(f"\n{safe(r.event_type)}", style="dim")
        actors = r.actors_marked()
        if actors:
            event.append(f"\n{safe(actors)}")
        where = ", ".join(x for x in (r.location_name, r.admin1 if r.admin1 != r.location_name else None, r.country) if x)
        if where:
            event.append(f"\n@ {safe(where)}")
        facts = [f"{r.fatalities} killed"] if r.fatalities is not None else []
        facts += [r.modality, f"conf {r.confidence:.2f}"]
        event.append("\n" + ", ".join(facts), style="dim")
        table.add_row(str(r.id), date, event, Text(safe(r.evidence_text)))
    Console().print(table)

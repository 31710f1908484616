"""`sitroom control`, `sitroom ledger`, `sitroom incidents`: what fusion makes of the stored records.

Thin commands over :meth:`Store.control`, :meth:`Store.ledger` and :meth:`Store.incidents`,
each as a rich table (evidence under each row) or as JSON (the same row models the web API serves).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Optional

import typer

from ..lang.en.wording import count
from . import app
from ._store_cli import DB_OPTION, checked, event_filter, filter_options, format_option, open_existing, safe

FORMATS = ("table", "json")
FORMAT_OPTION = typer.Option("table", "--format", "-f", help="table or json.")
_F = filter_options()
# Evidence lines shown under a row in the table; JSON has them all.
EVIDENCE_SHOWN = 3


def _check_format(format: str) -> str:
    return format_option(format, FORMATS)


def _date_option(name: str, value: Optional[str]) -> Optional[str]:
    from ..validate import iso_date

    return checked(name, iso_date, value)


def _print_json(rows) -> None:
    typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=1))


def _print(table) -> None:
    from rich.console import Console

    Console().print(table)


@app.command()
def control(
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Control as of this date (YYYY-MM-DD); default today."),
    place: Optional[str] = typer.Option(None, "--place", help="Only places whose name, district or province contains this."),
    format: str = FORMAT_OPTION,
    db: Optional[str] = DB_OPTION,
):
    """Who controls which place as of a date, on what evidence, and whether it is contested or only claimed."""
    format = _check_format(format)
    day = _date_option("--as-of", as_of) or dt.date.today().isoformat()
    from ..api import control as control_as_of
    from ..validate import text

    place = checked("--place", text, place or None)
    with open_existing(db) as store:
        rows = control_as_of(store, day, place=place)
    if format == "json":
        _print_json(rows)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Control of {count(len(rows), 'place')} as of {day}", show_lines=True, expand=True)
    table.add_column("place", ratio=2)
    table.add_column("controller", ratio=2)
    table.add_column("since", no_wrap=True)
    table.add_column("evidence", ratio=4)
    for r in rows:
        where = Text(safe(r.place), style="bold")
        within = ", ".join(x for x in (r.admin1 if r.admin1 != r.place else None, r.country) if x)
        if within:
            where.append(f"\n{safe(within)}", style="dim")
        who = Text(safe(r.controller))
        if r.contested:
            who.append("\ncontested", style="bold red")
        if r.claimed_only:
            who.append("\nclaimed only", style="yellow")
        if r.partial:
            who.append("\nparts only", style="yellow")
        evidence = Text()
        for n, e in enumerate(r.evidence[:EVIDENCE_SHOWN]):
            if n:
                evidence.append("\n")
            when = (e.date or "undated") + (f"..{e.date_end}" if e.date_end else "") + (" (inferred)" if e.date_inferred else "")
            evidence.append(f"{when} {e.kind} #{e.id}" + (f", {e.source}" if e.source else "") + ": ", style="dim")
            evidence.append(safe(e.text))
            if e.controller != r.controller:
                evidence.append(f" ({safe(e.controller)})", style="dim")
        if len(r.evidence) > EVIDENCE_SHOWN:
            evidence.append(f"\n... {len(r.evidence) - EVIDENCE_SHOWN} more", style="dim")
        table.add_row(where, who, r.since_label or "", evidence)
    _print(table)


_STATUS_STYLE = {"kept": "green", "broken": "bold red", "open": "cyan", "undetermined": "dim"}


@app.command()
def ledger(
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Judge with the reports known up to this date; "
                                        "default everything stored."),
    status: Optional[str] = typer.Option(None, "--status", help="Only kept, broken, open or undetermined."),
    format: str = FORMAT_OPTION,
    db: Optional[str] = DB_OPTION,
):
    """Commitments and predictions with deadlines: who said what, and whether it was kept or broken."""
    format = _check_format(format)
    day = _date_option("--as-of", as_of)
    from ..api import ledger as mark_ledger
    from ..validate import choice

    status = checked("--status", lambda v: choice(v, _STATUS_STYLE), status)
    with open_existing(db) as store:
        rows = [r for r in mark_ledger(store, day) if status is None or r.status == status]
    if format == "json":
        _print_json(rows)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=count(len(rows), "commitment or prediction", "commitments and predictions"), show_lines=True, expand=True)
    table.add_column("speaker", ratio=2)
    table.add_column("quote", ratio=4)
    table.add_column("deadline", no_wrap=True)
    table.add_column("status", ratio=3)
    for r in rows:
        who = Text(safe(r.speaker or "unnamed"), style="bold")
        if r.speaker_organisation:
            who.append(f"\n{safe(r.speaker_organisation)}", style="dim")
        quote = Text(safe(r.quote))
        quote.append(f"\n{r.kind}, said {r.made_on or 'on an unknown date'}", style="dim")
        verdict = Text(r.status, style=_STATUS_STYLE[r.status])
        verdict.append(f"\n{safe(r.reason)}", style="dim")
        if r.evidence_event_ids:
            verdict.append("\nevents " + ", ".join(f"#{i}" for i in r.evidence_event_ids), style="dim")
        if r.evidence_claim_ids:
            verdict.append("\nclaims " + ", ".join(f"#{i}" for i in r.evidence_claim_ids), style="dim")
        table.add_row(who, quote, r.deadline or "", verdict)
    _print(table)


@app.command()
def incidents(
    min_sources: int = typer.Option(1, "--min-sources", help="Only incidents reported by at least this "
                                    "many independent sources (syndicated copies and one outlet's stories count once)."),
    since: Optional[str] = _F["since"],
    until: Optional[str] = _F["until"],
    types: Optional[list[str]] = _F["types"],
    actor: Optional[str] = _F["actor"],
    place: Optional[str] = _F["place"],
    country: Optional[str] = _F["country"],
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many incidents."),
    rebuild: bool = typer.Option(False, "--rebuild", help="First fuse every stored event again under the "
                                 "current rules (after an upgrade that changed them)."),
    format: str = FORMAT_OPTION,
    db: Optional[str] = DB_OPTION,
):
    """Incidents fused from several reports, newest first, with their independent sources and figures."""
    from ..validate import sql_int

    format = _check_format(format)
    min_sources = checked("--min-sources", lambda v: sql_int(v, 1), min_sources)
    limit = checked("--limit", lambda v: sql_int(v, 1), limit)
    f = event_filter(since, until, types, actor, place, country, None)
    with open_existing(db) as store:
        if rebuild:
            made = store.rebuild_incidents()
            typer.echo(f"fused {count(store.count_events(), 'event', grouped=True)} into {count(made, 'incident', grouped=True)}", err=True)
        rows = store.incidents(f, limit=limit, min_sources=min_sources)
    if format == "json":
        _print_json(rows)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{count(len(rows), 'incident')} with {min_sources}+ independent {'source' if min_sources == 1 else 'sources'}", show_lines=True, expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("incident", ratio=2)
    table.add_column("sources", ratio=1)
    table.add_column("reports", ratio=4)
    for r in rows:
        date = r.date_start or "undated"
        if r.date_end and r.date_end != r.date_start:
            date += f"\n..{r.date_end}"
        what = Text(safe(" / ".join(r.sub_event_types) or r.sub_event_type), style="bold")
        if r.actors:
            what.append(f"\n{safe(' vs '.join(r.actors))}")
        where = ", ".join(x for x in (r.location_name, r.admin1 if r.admin1 != r.location_name else None, r.country) if x)
        if where:
            what.append(f"\n@ {safe(where)}")
        counts = Text(f"{count(r.sources, 'source')}\n{count(r.reports, 'report')}")
        if r.fatalities:
            counts.append("\nkilled: " + " or ".join(str(n) for n in r.fatalities),
                          style="bold red" if r.fatalities_conflict else "")
        reports = Text()
        for n, d in enumerate(r.details[:EVIDENCE_SHOWN]):
            if n:
                reports.append("\n")
            reports.append(f"{safe(d.source or d.document_title or f'document {d.document_id}')}: ", style="dim")
            reports.append(safe(d.evidence_text))
        if len(r.details) > EVIDENCE_SHOWN:
            reports.append(f"\n... {len(r.details) - EVIDENCE_SHOWN} more", style="dim")
        table.add_row(str(r.id), date, what, counts, reports)
    _print(table)
